/**
 * Setext headings as Python-Markdown has them, replacing CommonMark's `setextUnderline`: only a
 * one-line paragraph takes an underline (SetextHeaderProcessor matches the first line of a
 * block). Under a longer paragraph, `---` is a thematic break and `===` paragraph text; so
 * is an underline indented by a space or more (its pattern wants it at the line's start).
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
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';
import { prefixSize, quotePrefixes } from './line-prefix.ts';


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
  flow: { [codes.dash]: pythonSetextUnderline, [codes.equalsTo]: pythonSetextUnderline },
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
  // SetextHeaderProcessor's underline starts its line (`\n(?:=+|-+)`): an indented one is
  // paragraph text (`a\n  ===`), or a rule (`a\n ---`), after container prefixes alone.
  if (indented(this)) return (code: Code) => nok(code);
  return setextUnderline.tokenize.call(this, effects, ok, nok);
}

/** True when spaces come before this point on its line, after the containers' own prefixes. */
function indented(context: TokenizeContext): boolean {
  const tail = context.events[context.events.length - 1]?.[1];
  return tail?.type === 'linePrefix' && tail.end.line === context.now().line && tail.end.offset === context.now().offset;
}

/**
 * A line followed by a setext underline (only `=` and `-`, then spaces). At the start of a block,
 * Python-Markdown makes that a heading before its list and quote processors look at the line:
 * `- a\n---` is `<h2>- a</h2>`, `> q\n---` is `<h2>&gt; q</h2>`.
 */
export const underlinedLine: Construct = { tokenize: tokenizeUnderlinedLine, partial: true };

/**
 * The same inside a list item: the underline's line starts with the item's content indent
 * (`indent` spaces), which Python-Markdown has removed from the item's blocks by then, after
 * the `quotes` quote markers (`>` and a space) of the item's own line, which its blockquote
 * processor has removed before that: `> - a\n> ---` is `<blockquote><h2>- a</h2></blockquote>`.
 */
export function underlinedLineIn(indent: number, quotes = 0): Construct {
  return indent === 0 && quotes === 0 ? underlinedLine : { tokenize: (effects, ok, nok) => tokenizeUnderlinedLine(effects, ok, nok, indent, quotes), partial: true };
}

/**
 * {@link underlinedLineIn} for a block that starts at the current position. The indent is the
 * column less this line's quote markers and the spaces before the block (a list item's content
 * indent when nested in one). Nested quotes count the outer markers: `> > - a\n> ---` is
 * `<blockquote><h2>&gt; - a</h2></blockquote>`, as the outer quote's processor strips one level.
 * A block on a list item's marker line never takes the line below: Python-Markdown's list
 * processor hands the item its lines one at a time (`- - a\n    ---` is a nested item `a ---`).
 */
export function underlinedLineHere(context: TokenizeContext): Construct {
  const quotes = quotePrefixes(context);
  if (quotes.marker !== undefined) return noUnderline;
  return underlinedLineIn(context.now().column - quotes.end - prefixSize(context), quotes.count);
}

const noUnderline: Construct = { partial: true, tokenize: (_effects, _ok, nok) => nok };

function tokenizeUnderlinedLine(effects: Effects, ok: State, nok: State, indent = 0, quotes = 0): State {
  let skipped = 0;
  /** Quote markers still to read on the underline's line, and spaces before the next one. */
  let markers = quotes;
  let spaces = 0;
  return line;

  function line(code: Code): State | undefined {
    if (code === null) return nok(code);
    effects.enter('listItemPrefixWhitespace');
    return rest(code);
  }

  function rest(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) {
      effects.exit('listItemPrefixWhitespace');
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      effects.enter('listItemPrefixWhitespace');
      return underlineStart;
    }
    effects.consume(code);
    return rest;
  }

  /** `> |---`: `[ ]{0,3}>[ ]?` per quote; a line without markers is a lazy one. */
  function quotePrefix(code: Code): State | undefined {
    if (code === codes.space && spaces < 3) {
      spaces++;
      effects.consume(code);
      return quotePrefix;
    }
    if (code !== codes.greaterThan) return nok(code);
    effects.consume(code);
    markers--;
    spaces = 0;
    return (next: Code): State | undefined => {
      if (next !== codes.space) return underlineStart(next);
      effects.consume(next);
      return underlineStart;
    };
  }

  function underlineStart(code: Code): State | undefined {
    // All of the item line's markers, or none (a lazy line).
    if (markers > 0 && (markers < quotes || code === codes.greaterThan)) return quotePrefix(code);
    if (skipped < indent) {
      if (code !== codes.space) return nok(code);
      skipped++;
      effects.consume(code);
      return underlineStart;
    }
    return code === codes.dash || code === codes.equalsTo ? underline(code) : nok(code);
  }

  function underline(code: Code): State | undefined {
    if (code === codes.dash || code === codes.equalsTo) {
      effects.consume(code);
      return underline;
    }
    return trailing(code);
  }

  function trailing(code: Code): State | undefined {
    if (code === codes.space) {
      effects.consume(code);
      return trailing;
    }
    if (code !== null && !markdownLineEnding(code)) return nok(code);
    effects.exit('listItemPrefixWhitespace');
    return ok(code);
  }
}

