/**
 * mkdocstrings' AutoDocProcessor's blocks: a paragraph whose first line matches
 * `^::: ?(?P<name>.+?) *$`, its indented lines the YAML options, or, after a blank line, an
 * indented block starting `handler:` or `options:` (an indented code block to the parser).
 *
 * ```md
 * ::: pkg.Client                 ->  { identifier: 'pkg.Client', config: { options: { show_root_heading: true } }, remove: 1 }
 *     options:
 *       show_root_heading: true
 * ```
 * A paragraph is a block here (as in Python-Markdown), so code and fences are never read. Not
 * read: the `## ::: name` heading form (it stays a heading) and a `:::` line in the middle of a
 * paragraph (mkdocstrings splits the paragraph there).
 */
import { load } from 'js-yaml';
import type { Nodes, Paragraph, RootContent } from 'mdast';
import { yamlTooLarge } from '../../../shared/yaml-size.ts';

const AUTODOC_LINE = /^::: ?(\S(?:.*[^ ])?) *$/;

export interface AutodocBlock {
  readonly identifier: string;
  readonly line: number | undefined;
  /** The block's YAML (`handler`, `options`), or undefined when it has none. */
  readonly config: Readonly<Record<string, unknown>> | undefined;
  /** Why its YAML could not be read. */
  readonly problem: string | undefined;
  /** How many nodes the block is (the paragraph, and the indented options after a blank line). */
  readonly remove: 1 | 2;
}

export function readBlock(node: Paragraph, next: RootContent | undefined, source: string): AutodocBlock | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const [first = '', ...rest] = source.slice(start, end).split('\n');
  const match = AUTODOC_LINE.exec(first);
  const identifier = match?.[1];
  if (identifier === undefined) return undefined;
  // YAML options after a blank line are an indented code block to the parser.
  // With superfences and pymdownx.highlight, that block is already a highlighted one (indented).
  const indentedCode = next?.type === 'code' ? next.lang == null : next?.type === 'superFence' && next.indented === true;
  const optionsBlock = next !== undefined && indentedCode && 'value' in next && /^(handler|options):/.test(next.value) && isIndented(next, source);
  const yaml = optionsBlock ? next.value : rest.join('\n');
  const { config, problem } = readYaml(yaml);
  return { identifier, line: node.position?.start.line, config, problem, remove: optionsBlock ? 2 : 1 };
}

function readYaml(text: string): { config: Record<string, unknown> | undefined; problem: string | undefined } {
  if (text.trim() === '') return { config: undefined, problem: undefined };
  try {
    const value: unknown = load(dedent(text));
    const tooLarge = yamlTooLarge(value, 10_000);
    if (tooLarge !== undefined) return { config: undefined, problem: `its options are refused: ${tooLarge}` };
    if (value === null || value === undefined) return { config: undefined, problem: undefined };
    if (typeof value !== 'object' || Array.isArray(value)) return { config: undefined, problem: 'its indented lines are not a YAML mapping (handler:, options:); they are ignored' };
    return { config: { ...value }, problem: undefined };
  } catch (cause) {
    return { config: undefined, problem: `its options are not valid YAML (${cause instanceof Error ? cause.message.split('\n')[0] ?? '' : String(cause)}); they are ignored` };
  }
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const margin = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return Number.isFinite(margin) ? lines.map((line) => line.slice(margin)).join('\n') : text;
}

function isIndented(node: Nodes, source: string): boolean {
  const start = node.position?.start.offset;
  if (start === undefined) return false;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return /^( {4}|\t)/.test(source.slice(lineStart, lineStart + 4));
}
