/**
 * Thematic breaks, except where Python-Markdown sees a setext heading: SetextHeaderProcessor runs
 * before HRProcessor and takes any first line of a block with an underline after it.
 *
 * ```
 * ***        ->  <h2>***</h2>      (CommonMark: two rules)
 * ---
 *
 * text
 * ***        ->  <p>text</p><hr /><hr />   not a block's first line: rules
 * ---
 * ```
 */
import { thematicBreak } from 'micromark-core-commonmark';
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';


const pythonThematicBreak: Construct = {
  // Not `thematicBreak`: that name is disabled so CommonMark's construct never runs.
  name: 'pythonMarkdownThematicBreak',
  // After setext underlines (micromark puts an extension's constructs first otherwise):
  // `Title\n---` is a heading.
  add: 'after',
  tokenize: tokenizeThematicBreak,
};

export const pythonThematicBreakExtension: Extension = {
  disable: { null: ['thematicBreak'] },
  flow: { [codes.asterisk]: pythonThematicBreak, [codes.dash]: pythonThematicBreak, [codes.underscore]: pythonThematicBreak },
};

/** The flow's last block is a paragraph that ended on the line before. */
function afterParagraphLine(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index >= 0; index--) {
    const token = context.events[index]?.[1];
    if (!token) return false;
    if (token.type === 'lineEnding' || token.type === 'linePrefix') continue;
    return (token.type === 'paragraph' || token.type === 'content') && token.end.line === context.now().line - 1;
  }
  return false;
}

/**
 * CommonMark's rule under no construct name, for the checks other core constructs make (a `* * *`
 * line is no list item): micromark skips a construct whose name is disabled even when asked for
 * it directly, and `thematicBreak` is disabled.
 */
export const plainThematicBreak: Construct = { tokenize: thematicBreak.tokenize };

/** `***|` then a next line of only `=` or only `-` (then spaces): an underline. */
const underlineNext: Construct = { tokenize: tokenizeUnderlineNext, partial: true };

function tokenizeThematicBreak(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const rule = thematicBreak.tokenize.call(this, effects, ok, nok);
  // Interrupting a paragraph (or right after the one it interrupted), the rule is not a block's
  // first line.
  if (this.interrupt || afterParagraphLine(this)) return rule;
  // The next line is read only for a line that is a rule: a lookahead into it leaves its tokens as
  // the flow's last ones while the document tokenizer reads that line's containers, and a list
  // there would see no paragraph before it (core/list-lines.ts: `*a*\n- b` is one paragraph).
  return (code: Code) => effects.check(plainThematicBreak, (next: Code) => effects.check(underlineNext, nok, rule)(next), nok)(code);
}

function tokenizeUnderlineNext(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let marker: Code = null;
  return rest;

  function rest(code: Code): State | undefined {
    if (code === null) return nok(code);
    effects.enter('data');
    return line(code);
  }

  function line(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) {
      effects.exit('data');
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return next;
    }
    effects.consume(code);
    return line;
  }

  /** `|---`: the underline starts the line (no indent), in the same containers. */
  function next(code: Code): State | undefined {
    if (self.parser.lazy[self.now().line] || (code !== codes.dash && code !== codes.equalsTo)) return nok(code);
    marker = code;
    effects.enter('data');
    return underline(code);
  }

  function underline(code: Code): State | undefined {
    if (code === marker) {
      effects.consume(code);
      return underline;
    }
    return spaces(code);
  }

  function spaces(code: Code): State | undefined {
    if (code === codes.space) {
      effects.consume(code);
      return spaces;
    }
    effects.exit('data');
    return code === null || markdownLineEnding(code) ? ok(code) : nok(code);
  }
}
