/**
 * Setext headings as Python-Markdown has them, replacing CommonMark's `setextUnderline`: only a
 * one-line paragraph takes an underline (SetextHeaderProcessor matches the first line of a
 * block). Under a longer paragraph, `---` is a thematic break and `===` paragraph text.
 *
 * ```
 * Title        ->  <h1>Title</h1>
 * =====
 *
 * one
 * two          ->  <p>one\ntwo</p><hr />
 * ---
 * ```
 */
import { setextUnderline } from 'micromark-core-commonmark';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const DASH = 45;
const EQUALS = 61;

const pythonSetextUnderline: Construct = {
  // Not `setextUnderline`: that name is disabled so CommonMark's construct never runs.
  name: 'pythonMarkdownSetextUnderline',
  // Before thematic breaks, as CommonMark's own: `Title\n---` is a heading, not a rule.
  add: 'before',
  tokenize: tokenizeUnderline,
  ...(setextUnderline.resolveTo ? { resolveTo: setextUnderline.resolveTo } : {}),
};

export const pythonSetextExtension: Extension = {
  disable: { null: ['setextUnderline'] },
  flow: { [DASH]: pythonSetextUnderline, [EQUALS]: pythonSetextUnderline },
};

/** The line the paragraph above this underline starts on, if there is one. */
function paragraphStartLine(context: TokenizeContext): number | undefined {
  for (let index = context.events.length - 1; index >= 0; index--) {
    const token = context.events[index]?.[1];
    if (!token) break;
    if (token.type === 'content' || token.type === 'paragraph') return token.start.line;
    if (token.type !== 'lineEnding' && token.type !== 'linePrefix' && token.type !== 'chunkContent' && token.type !== 'chunkText') return undefined;
  }
  return undefined;
}

function tokenizeUnderline(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const start = paragraphStartLine(this);
  if (start !== undefined && this.now().line - start > 1) return (code: Code) => nok(code);
  return setextUnderline.tokenize.call(this, effects, ok, nok);
}
