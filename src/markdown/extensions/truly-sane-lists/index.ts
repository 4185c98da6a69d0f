/**
 * mdx_truly_sane_lists (radude/mdx_truly_sane_lists 1.3): Python-Markdown's list processors with
 * their own tab_length, `nested_indent` (2), so two spaces nest an item; indented code keeps its
 * 4 columns (6 in an item). Ordered and unordered lists do not mix, as with sane_lists, but an
 * ordered list's start number is not kept. With `truly_sane` (the default) an unordered list
 * ends at a blank line: the next items make a new tight list instead of loosening this one.
 *
 * ```md
 * - a            <ul>
 *   - b     ->   <li>a<ul><li>b</li></ul></li>
 *                </ul>
 * - c            <ul><li>c</li></ul>
 * ```
 * The indent reaches core's list construct through micromark extension fields (core/list-indent.ts);
 * the lists it parses are split by kind with sane_lists' pass.
 *
 * Python-Markdown registers extensions in mkdocs.yml's order, each replacing the processors of the
 * same name: sane_lists listed after this extension puts its own list processors (tab_length 4)
 * back, and then lists are read as sane_lists reads them; def_list listed before it gets the
 * indent for definitions too (not done here). Each is named in a warning.
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkSaneLists } from '../sane-lists/transform.ts';
import { trulySaneListsOptions } from './options.ts';

/** The names Python-Markdown loads it by: the package, or its module (it has no entry point). */
export const TRULY_SANE_LISTS_NAMES = ['mdx_truly_sane_lists', 'mdx_truly_sane_lists.mdx_truly_sane_lists'] as const;

const SANE_AFTER =
  'sane_lists is listed after mdx_truly_sane_lists, so its list processors (4-space nesting) replace this extension\'s, as in Python-Markdown; ' +
  'Python still reads blocks after a blank line in an item with 2 spaces, here with 4: list sane_lists before mdx_truly_sane_lists (or drop it)';

const DEF_LIST_BEFORE =
  'def_list is listed before mdx_truly_sane_lists, so Python-Markdown reads definitions with the nested_indent too; ' +
  'here definitions keep 4 spaces: list def_list after mdx_truly_sane_lists for the same HTML from both';

export const trulySaneLists: ExtensionFactory = (context) => {
  const { options, warnings } = trulySaneListsOptions(context.options);
  const position = Math.max(...TRULY_SANE_LISTS_NAMES.map((name) => context.indexOf(name)));
  if (context.indexOf('sane_lists') > position) {
    return { optionWarnings: [...warnings, SANE_AFTER] };
  }
  const defList = context.indexOf('def_list');
  return {
    optionWarnings: defList !== -1 && defList < position ? [...warnings, DEF_LIST_BEFORE] : warnings,
    micromark: [{ pythonListIndent: { null: [options.nestedIndent] }, pythonListsApart: { null: [options.trulySane] } }],
    remark: [[remarkSaneLists, { keepStart: false, indent: options.nestedIndent, lineBreaks: context.has('nl2br') }]],
  };
};
