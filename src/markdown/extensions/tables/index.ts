/**
 * tables (MkDocs builtin, always on): pipe tables found as Python-Markdown's TableProcessor
 * finds them (syntax.ts; a pipe in a code span does not split a cell) and rendered with its
 * markup (to-hast.ts).
 *
 * ```md
 * | a | `b|c` |        <table><thead><tr><th>a</th><th><code>b|c</code></th></tr></thead>
 * | - | ----- |   ->   <tbody><tr><td></td><td></td></tr></tbody></table>
 * ```
 */
import { pythonTableFromMarkdown } from './from-markdown.ts';
import type { ExtensionFactory } from '../../types.ts';
import { pythonTable } from './syntax.ts';
import { boolOption } from '../python-config.ts';
import { tableHandler } from './to-hast.ts';

export const tables: ExtensionFactory = ({ options }) => ({
  pieces: true,
  micromark: [pythonTable()],
  fromMarkdown: [pythonTableFromMarkdown()],
  handlers: { table: tableHandler(boolOption(options['use_align_attribute'], false)) },
});
