/**
 * Code as Python-Markdown writes it, on micromark's parse:
 *
 * ```
 * `  a  `          ->  <code>a</code>        every edge space goes (CommonMark: one each side)
 *     a␠␠           ->  <pre><code>a\n       an indented block's chunks lose trailing spaces
 * ```
 */
import type { Code, InlineCode } from 'mdast';
import { pythonRstrip, pythonStrip } from './python-space.ts';

/** BacktickInlineProcessor strips the span's text (`m.group(3).strip()`). */
export function stripCodeSpan(node: InlineCode): void {
  node.value = pythonStrip(node.value);
}

/**
 * CodeBlockProcessor rstrips each blank-line-separated chunk of an indented block, so the line
 * before a blank line (and the last) loses its trailing spaces. Fenced code keeps them.
 */
export function stripIndentedCodeChunks(node: Code, source: string): void {
  const start = node.position?.start.offset;
  // Indented code starts with its 4-space indent (tabs are expanded before parsing); a fence
  // has at most 3 spaces before it.
  if (node.lang != null || start === undefined || source.slice(start, start + 4) !== '    ') return;
  const lines = node.value.split('\n');
  node.value = lines.map((line, index) => (index === lines.length - 1 || lines[index + 1] === '' ? pythonRstrip(line) : line)).join('\n');
}
