/**
 * tables (MkDocs builtin, always on): pipe tables, parsed with GFM's table tokenizer and
 * rendered with Python-Markdown's markup (see to-hast.ts), held to Python-Markdown's own rules
 * for borders, one-column tables and pipes in code spans (remark-python-tables.ts).
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { ExtensionFactory } from '../../types.ts';
import { pythonTable } from './syntax.ts';
import { boolOption } from '../python-config.ts';
import { remarkPythonTables } from './remark-python-tables.ts';
import { tableHandler } from './to-hast.ts';

export const tables: ExtensionFactory = (context) => ({
  micromark: [pythonTable()],
  fromMarkdown: [gfmTableFromMarkdown()],
  // Python-Markdown's own table test, border rule and cell splitting (remark-python-tables.ts).
  remark: [remarkPythonTables],
  handlers: { table: tableHandler(boolOption(context.options['use_align_attribute'], false)) },
});
