/**
 * Link reference definitions as Python-Markdown's ReferenceProcessor finds them, replacing
 * CommonMark's `definition`: a definition line may interrupt a paragraph (the text before and
 * after it stay paragraphs), its title's quotes are greedy and the URL or title may sit on the
 * next line (see definition-match.ts).
 *
 * ```
 * [Text]                          <p><a href="http://x.org" title="a "b" c">Text</a></p>
 * [Text]: http://x.org "a "b" c"  ->
 * [Text]                          <p><a href="http://x.org" title="a "b" c">Text</a></p>
 * ```
 *
 * The tokens are CommonMark's (`definition`, `definitionLabelString`...), so the tree has plain
 * `definition` nodes; the identifier joins `parser.defined` for references as CommonMark's does.
 */
import { markdownLineEnding } from 'micromark-util-character';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Code, Construct, Effects, Extension, State, TokenizeContext, TokenType } from 'micromark-util-types';
import { matchDefinition, startsDefinition, type DefinitionMatch } from './definition-match.ts';
import { codes } from 'micromark-util-symbol';

const MAX_LINES = 3;

/** SetextHeaderProcessor's underline: a block's second line of only `=` or `-`, then spaces. */
const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;

export const pythonDefinition: Construct = { name: 'pythonMarkdownDefinition', tokenize: tokenizeDefinition };

export const pythonDefinitionExtension: Extension = {
  disable: { null: ['definition'] },
  flow: { [codes.leftSquareBracket]: pythonDefinition },
};

type Op =
  | { readonly kind: 'enter'; readonly type: TokenType; readonly chunk?: boolean }
  | { readonly kind: 'exit'; readonly type: TokenType }
  | { readonly kind: 'take'; readonly line: number; readonly to: number; readonly type?: TokenType };

/** The tokens of a match, in order; `take` consumes up to an offset of a line. */
function plan(match: DefinitionMatch, lines: readonly string[]): Op[] {
  const ops: Op[] = [{ kind: 'enter', type: 'definition' }, { kind: 'enter', type: 'definitionLabel' }];
  ops.push({ kind: 'take', line: 0, to: 1, type: 'definitionLabelMarker' });
  ops.push({ kind: 'enter', type: 'definitionLabelString' }, { kind: 'enter', type: 'chunkString', chunk: true });
  ops.push({ kind: 'take', line: 0, to: match.label.to }, { kind: 'exit', type: 'chunkString' }, { kind: 'exit', type: 'definitionLabelString' });
  ops.push({ kind: 'take', line: 0, to: match.label.to + 1, type: 'definitionLabelMarker' }, { kind: 'exit', type: 'definitionLabel' });
  ops.push({ kind: 'take', line: 0, to: match.label.to + 2, type: 'definitionMarker' });
  const { url, title } = match;
  ops.push({ kind: 'take', line: url.line, to: url.from, type: 'whitespace' });
  if (url.to > url.from) {
    ops.push({ kind: 'enter', type: 'definitionDestination' }, { kind: 'enter', type: 'definitionDestinationRaw' });
    // As written: ReferenceProcessor reads no backslash escape (entities are decoded later, core/urls.ts).
    ops.push({ kind: 'enter', type: 'definitionDestinationString' }, { kind: 'enter', type: 'data' });
    ops.push({ kind: 'take', line: url.line, to: url.to }, { kind: 'exit', type: 'data' }, { kind: 'exit', type: 'definitionDestinationString' });
    ops.push({ kind: 'exit', type: 'definitionDestinationRaw' }, { kind: 'exit', type: 'definitionDestination' });
  }
  if (title) {
    ops.push({ kind: 'take', line: title.line, to: title.from - 1, type: 'whitespace' });
    ops.push({ kind: 'enter', type: 'definitionTitle' }, { kind: 'take', line: title.line, to: title.from, type: 'definitionTitleMarker' });
    if (title.to > title.from) {
      ops.push({ kind: 'enter', type: 'definitionTitleString' }, { kind: 'enter', type: 'data' });
      ops.push({ kind: 'take', line: title.line, to: title.to }, { kind: 'exit', type: 'data' }, { kind: 'exit', type: 'definitionTitleString' });
    }
    ops.push({ kind: 'take', line: title.line, to: title.to + 1, type: 'definitionTitleMarker' }, { kind: 'exit', type: 'definitionTitle' });
  }
  const lastLine = match.lines - 1;
  ops.push({ kind: 'take', line: lastLine, to: (lines[lastLine] ?? '').length, type: 'whitespace' }, { kind: 'exit', type: 'definition' });
  return ops;
}

function tokenizeDefinition(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const scanned: string[] = [];
  const linesScan: Construct = { tokenize: tokenizeLinesScan, partial: true };
  let ops: Op[] = [];
  let step = 0;
  let line = 0;
  let offset = 0;
  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket || indentedTooFar(self)) return nok(code);
    return effects.check(linesScan, planned, nok)(code);
  }

  function planned(code: Code): State | undefined {
    const match = matchDefinition(scanned);
    if (!match) return nok(code);
    // SetextHeaderProcessor runs first: a block's first line with an underline below is a
    // heading (`[a]: x\n---` is `<h2>[a]: x</h2>`).
    if (blockStart(self) && SETEXT_UNDERLINE.test(scanned[1] ?? '')) return nok(code);
    ops = plan(match, scanned);
    self.parser.defined.push(normalizeIdentifier(scanned[0]?.slice(match.label.from, match.label.to) ?? ''));
    return run(code);
  }

  /** Walks the plan; between lines, the line ending and the next line's indent. */
  function run(code: Code): State | undefined {
    const op = ops[step];
    if (!op) return ok(code);
    if (op.kind === 'enter') {
      effects.enter(op.type, op.chunk ? { contentType: 'string' } : undefined);
      step++;
      return run(code);
    }
    if (op.kind === 'exit') {
      effects.exit(op.type);
      step++;
      return run(code);
    }
    if (line < op.line) {
      if (!markdownLineEnding(code)) return nok(code);
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      line++;
      offset = 0;
      return run;
    }
    if (offset >= op.to || code === null || markdownLineEnding(code)) {
      step++;
      return run(code);
    }
    if (op.type) effects.enter(op.type);
    return take(op.to, op.type)(code);
  }

  function take(to: number, type: TokenType | undefined): State {
    const inside = (code: Code): State | undefined => {
      if (offset < to && code !== null && !markdownLineEnding(code)) {
        effects.consume(code);
        offset++;
        return inside;
      }
      if (type) effects.exit(type);
      step++;
      return run(code);
    };
    return inside;
  }

  /** Reads up to three lines of the block into `scanned` (the caller's check rewinds). */
  function tokenizeLinesScan(this: TokenizeContext, scanEffects: Effects, scanOk: State): State {
    const context = this;
    scanned.length = 0;
    let current = '';
    const inside = (code: Code): State | undefined => {
      if (code === null || markdownLineEnding(code)) {
        scanned.push(current);
        current = '';
        // A first line that opens no definition ends the scan there: reading on into the next line
        // would leave the scan's tokens as the flow's last ones while the document tokenizer reads
        // that line's containers (core/list-lines.ts: a list after `[a` would see no paragraph).
        if (code === null || scanned.length >= MAX_LINES || !startsDefinition(scanned[0] ?? '')) return scanOk(code);
        scanEffects.enter('lineEnding');
        scanEffects.consume(code);
        scanEffects.exit('lineEnding');
        return lineStart;
      }
      current += code === -2 ? '\t' : code === -1 ? '' : String.fromCharCode(code);
      scanEffects.enter('whitespace');
      scanEffects.consume(code);
      scanEffects.exit('whitespace');
      return inside;
    };
    // A blank or lazy line ends the block.
    const lineStart = (code: Code): State | undefined =>
      code === null || markdownLineEnding(code) || context.parser.lazy[context.now().line] ? scanOk(code) : inside(code);
    return inside;
  }
}

/** `^[ ]{0,3}`: the line's indent (a flow line prefix before this construct) is at most 3. */
/** True when the line starts a block: the flow's last line was blank, or there is none. */
function blockStart(context: TokenizeContext): boolean {
  if (context.interrupt) return false;
  for (let index = context.events.length - 1; index >= 0; index--) {
    const type = context.events[index]?.[1].type;
    if (type === 'lineEnding' || type === 'linePrefix') continue;
    return type === 'lineEndingBlank';
  }
  return true;
}

function indentedTooFar(context: TokenizeContext): boolean {
  const tail = context.events[context.events.length - 1];
  if (!tail || tail[0] !== 'exit' || tail[1].type !== 'linePrefix' || tail[1].end.offset !== context.now().offset) return false;
  return tail[1].end.column - tail[1].start.column > 3;
}
