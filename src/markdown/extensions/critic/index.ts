/**
 * pymdownx.critic: CriticMarkup, `mode: view` (default), `accept` or `reject`.
 *
 * ```md
 * {++new++} {--old--}  ->  <ins class="critic">new</ins> <del class="critic">old</del>
 * ```
 */
import type { VFile } from 'vfile';
import type { ExtensionFactory } from '../../types.ts';
import { preprocessCritic, type CriticMode } from './preprocess.ts';
import { rehypeCritic } from './rehype.ts';

const MODES = ['view', 'accept', 'reject'] as const satisfies readonly CriticMode[];

function isMode(value: unknown): value is CriticMode {
  return MODES.some((mode) => mode === value);
}

export const critic: ExtensionFactory = (context) => {
  const mode = isMode(context.options['mode']) ? context.options['mode'] : 'view';
  return {
    // The stash is the page's (file.data); each piece restores its own placeholders.
    pieces: true,
    preprocess(source: string, file: VFile): string {
      const result = preprocessCritic(source, mode);
      file.data.criticStash = result.stash;
      return result.source;
    },
    rehype: [rehypeCritic],
  };
};
