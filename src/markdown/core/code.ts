/**
 * Code as Python-Markdown writes it, on micromark's parse:
 *
 * ```
 * `  a  `          ->  <code>a</code>        every edge space goes (CommonMark: one each side)
 * `a               ->  <code>a\nb</code>     a line ending in a span stays (CommonMark: a space)
 * b`
 *     a␠␠           ->  <pre><code>a\n       an indented block's chunks lose trailing spaces
 * ```
 */
import type { Element } from 'hast';
import type { Code, InlineCode } from 'mdast';
import type { Node } from 'unist';
import type { State } from 'mdast-util-to-hast';
import { FENCE_CONSTRUCT_NAMES } from './fence-close.ts';
import { isIndentedContainer } from './list-looseness.ts';
import { pythonRstrip, pythonStrip } from './python-space.ts';

/** micromark's fenced code, off: only the fenced_code and superfences extensions know fences. */
export const noFencedCode = { disable: { null: [...FENCE_CONSTRUCT_NAMES] } };

/**
 * The `inlineCode` handler: `<code>` with the span's text as written. mdast-util-to-hast's own
 * turns each line ending into a space, as CommonMark does; Python-Markdown's backtick pattern
 * keeps the text whole (browsers show the line ending as a space all the same).
 */
export function pythonInlineCode(state: State, node: InlineCode): Element {
  const text = { type: 'text' as const, value: node.value };
  state.patch(node, text);
  const result: Element = { type: 'element', tagName: 'code', properties: {}, children: [text] };
  state.patch(node, result);
  return state.applyData(node, result);
}

/** BacktickInlineProcessor strips the span's text (`m.group(3).strip()`). */
export function stripCodeSpan(node: InlineCode): void {
  node.value = pythonStrip(node.value);
}

/**
 * CodeBlockProcessor rstrips each blank-line-separated chunk of an indented block, so the line
 * before a blank line (and the last) loses its trailing spaces. Fenced code keeps them.
 *
 * Blank lines between chunks: CodeBlockProcessor joins a chunk to the code block before it with
 * one blank line, and EmptyBlockProcessor adds the others only when that code block is the last
 * child of the element the blank lines are parsed in. In a list item, definition, admonition,
 * details or tab, each chunk is handed down on its own (detabbed) while the blank lines stay
 * with the parent, whose last child is the container: there, any run of them is one.
 *
 * ```
 * !!! note
 *
 *         a           <pre><code>a
 *                                    <- one blank line, not two
 *                     b
 *         b           </code></pre>
 * ```
 */
export function stripIndentedCodeChunks(node: Code, source: string, parent?: Node): void {
  const start = node.position?.start.offset;
  // Indented code starts with its 4-space indent (tabs are expanded before parsing); a fence
  // has at most 3 spaces before it.
  if (node.lang != null || start === undefined || source.slice(start, start + 4) !== '    ') return;
  const collapse = parent !== undefined && detabsChunks(parent, source);
  const lines = node.value.split('\n');
  node.value = lines
    .map((line, index) => (index === lines.length - 1 || lines[index + 1] === '' ? pythonRstrip(line) : line))
    .filter((line, index) => !(collapse && line === '' && lines[index - 1] === ''))
    .join('\n');
}

/**
 * Containers whose processors take each blank-line-separated block on its own: list items,
 * and what starts with an admonition, details or tab header or a definition's `:` (a quote or
 * a `markdown` block parses its whole text again, blank lines included).
 */
function detabsChunks(parent: Node, source: string): boolean {
  const offset = parent.position?.start.offset;
  return parent.type === 'listItem' || isIndentedContainer(parent, source) || (parent.type !== 'root' && offset !== undefined && source[offset] === ':');
}

/** Python-Markdown's BACKTICK_RE: even backslashes before backticks, or a code span. */
const BACKTICK = /(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)(`+)(.+?)(?<!`)\2(?!`)/gsu;

/**
 * Code spans inside an inline HTML tag or comment: Python-Markdown's backtick pattern runs
 * before its HTML pattern, so the tag's text already holds the span, which is written into the
 * raw HTML as `<code>…</code>`; a pair of backslashes before backticks is one backslash there.
 *
 * `<span title="`t`">` -> `<span title="<code>t</code>">`
 */
export function codeSpansInInlineHtml(value: string): string {
  if (!value.includes('`')) return value;
  return value.replace(BACKTICK, (_match, backslashes: string | undefined, _ticks: string | undefined, code: string | undefined) =>
    backslashes !== undefined ? backslashes.slice(0, backslashes.length / 2) : `<code>${escapeCode(pythonStrip(code ?? ''))}</code>`,
  );
}

/** Python-Markdown's `code_escape`. */
function escapeCode(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
