/**
 * Pygments' GAPConsoleLexer (pygments/lexers/algebra.py) and PsyshConsoleLexer
 * (pygments/lexers/php.py), Pygments 2.20.0: sessions read line by line, prompt lines' code lexed
 * as one text by GAPLexer or PhpLexer (`startinline`), the prompts spliced back in
 * (`do_insertions`); other lines are output.
 *
 *     gap> 1 + 2;   ->   <gp>gap> </gp><mi>1</mi> <o>+</o> <mi>2</mi><p>;</p>
 *     3                  <go>3</go>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import type { Lexer, LexerFactory, Token } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

/** `line_re.finditer` (`.*?\n`): lines with their `\n`; a last line without one is dropped. */
const LINE = /[^\n]*\n/g;
/** str.splitlines(keepends=True): every line end Python knows. */
const SPLITLINE = /[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])|[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/g;

/**
 * `gap> ` and `brk> ` lines are code, and `> ` lines right after them; an `Error, ` line makes
 * the output errors up to the next prompt.
 */
function* gapSession(text: string, gap: Lexer): Generator<Token> {
  let start = 0;
  let code = '';
  let insertions: Insertion[] = [];
  let output = false;
  let error = false;
  for (const [line] of text.matchAll(SPLITLINE)) {
    if (line.startsWith('gap> ') || line.startsWith('brk> ')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 5)]]]);
      code += line.slice(5);
      output = false;
      error = false;
    } else if (!output && line.startsWith('> ')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 2)]]]);
      code += line.slice(2);
    } else {
      if (code !== '') {
        yield* doInsertions(insertions, gap.tokensUnprocessed(code));
        code = '';
        insertions = [];
      }
      if (line.startsWith('Error, ') || error) {
        yield [start, 'Generic.Error', line];
        error = true;
      } else {
        yield [start, 'Generic.Output', line];
      }
      output = true;
    }
    start += line.length;
  }
  if (code !== '') yield* doInsertions(insertions, gap.tokensUnprocessed(code));
}

export const gapConsoleLexer: LexerFactory = {
  name: 'GAP session',
  aliases: ['gap-console', 'gap-repl'],
  create(byName) {
    const gap = byName('gap') ?? textLexer(byName);
    return { name: 'GAP session', byName, tokensUnprocessed: (text) => gapSession(text, gap) };
  },
};

/** `>>> ` and `... ` lines (and a bare `...`) are PHP; others are output. */
function* psyshSession(text: string, php: Lexer): Generator<Token> {
  let code = '';
  let insertions: Insertion[] = [];
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    if (line.startsWith('>>> ') || line.startsWith('... ')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 4)]]]);
      code += line.slice(4);
    } else if (line.trimEnd() === '...') {
      insertions.push([code.length, [[0, 'Generic.Prompt', '...']]]);
      code += line.slice(3);
    } else {
      if (code !== '') {
        yield* doInsertions(insertions, php.tokensUnprocessed(code));
        code = '';
        insertions = [];
      }
      yield [match.index, 'Generic.Output', line];
    }
  }
  if (code !== '') yield* doInsertions(insertions, php.tokensUnprocessed(code));
}

/** PsySH sets `startinline` on top of the options it is given, for its PhpLexer. */
function createPsysh(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const base = byName('php');
  const php = base?.withOptions?.({ ...options, startinline: true }) ?? base ?? textLexer(byName);
  return {
    name: 'PsySH console session for PHP',
    byName,
    tokensUnprocessed: (text) => psyshSession(text, php),
    withOptions: (given) => createPsysh(byName, given),
  };
}

export const psyshConsoleLexer: LexerFactory = {
  name: 'PsySH console session for PHP',
  aliases: ['psysh'],
  create: (byName) => createPsysh(byName, {}),
};
