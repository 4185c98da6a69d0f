/**
 * guessLanguage, loaded the first time a page guesses. guess.ts compiles about seventy patterns
 * (Pygments' `analyse_text` rules) as it loads, which cost ~0.15 s of every build's start-up;
 * `guess_lang` is off by default in pymdownx.highlight, so most sites never need them.
 * require() loads the ES module synchronously (Node ≥ 22.12), as rendering is synchronous.
 *
 *     guessLanguage('import os\nos.getcwd()', known)   ->  'python'   (guess.ts loaded now)
 */
import { createRequire } from 'node:module';
import type * as Guessing from './guess.ts';

type Guess = typeof Guessing.guessLanguage;

// The loaded module's function: code, like the module cache itself, not state of any build.
let loaded: Guess | undefined;

export function guessLanguage(text: string, known: (alias: string) => boolean): string | undefined {
  loaded ??= (createRequire(import.meta.url)('./guess.ts') as typeof Guessing).guessLanguage;
  return loaded(text, known);
}
