/**
 * tables (MkDocs builtin, always on): pipe tables, parsed with GFM's table tokenizer and
 * rendered with Python-Markdown's markup (see to-hast.ts).
 *
 * Known difference with Python-Markdown, rare in real docs: a pipe inside a code span splits
 * the cell here (GFM) but not there (escape it as `\|`).
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { ExtensionFactory } from '../../types.ts';
import { pythonTable } from './syntax.ts';
import { boolOption } from '../python-config.ts';
import { remarkTableBorders } from './remark-borders.ts';
import { tableHandler } from './to-hast.ts';

export const tables: ExtensionFactory = (context) => ({
  micromark: [pythonTable()],
  fromMarkdown: [gfmTableFromMarkdown()],
  // Python-Markdown's own table test and border rule, on GFM's tables (see remark-borders.ts).
  remark: [remarkTableBorders],
  handlers: { table: tableHandler(boolOption(context.options['use_align_attribute'], false)) },
});
