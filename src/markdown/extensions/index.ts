/**
 * The registry: mkdocs.yml key -> extension factory. `ORDER` is the order in which the
 * layers of enabled extensions are combined (see pipeline.ts for why order matters).
 * Keys are Python-Markdown's names; `markdown.extensions.x` and `pymdownx.x` long forms are
 * normalized by `canonicalName`.
 */
import type { ExtensionFactory } from '../types.ts';
import { snippets } from './snippets/index.ts';
import { mdInHtml } from './md-in-html/index.ts';
import { toc } from './toc/index.ts';
import { tables } from './tables/index.ts';
import { tasklist } from './tasklist/index.ts';
import { footnotes } from './footnotes/index.ts';
import { defList } from './def-list/index.ts';
import { superfences } from './superfences/index.ts';
import { highlight } from './highlight/index.ts';
import { fencedCode } from './fenced-code/index.ts';
import { emoji } from './emoji/index.ts';
import { mark } from './mark/index.ts';
import { caret } from './caret/index.ts';
import { tilde } from './tilde/index.ts';
import { keys } from './keys/index.ts';
import { arithmatex } from './arithmatex/index.ts';
import { critic } from './critic/index.ts';
import { abbr } from './abbr/index.ts';
import { attrList } from './attr-list/index.ts';
import { admonition } from './admonition/index.ts';
import { details } from './details/index.ts';
import { tabbed } from './tabbed/index.ts';
import { blocks } from './blocks/index.ts';
import { meta } from './meta/index.ts';
import { wikilinks } from './wikilinks/index.ts';
import { nl2br } from './nl2br/index.ts';
import { legacyAttrs } from './legacy-attrs/index.ts';
import { legacyEm } from './legacy-em/index.ts';
import { smarty } from './smarty/index.ts';
import { codehilite } from './codehilite/index.ts';
import { saneLists } from './sane-lists/index.ts';

/** Filled by each extension folder's index.ts; kept in one table so the order is visible. */
export const EXTENSIONS: ReadonlyMap<string, ExtensionFactory> = new Map<string, ExtensionFactory>([
  // Source pre-pass: runs before any parsing, so included text goes through every extension below.
  ['pymdownx.snippets', snippets()],
  // CriticMarkup is a pre-pass too (PyMdown's runs after snippets, and inside code); its rehype
  // pass turns the placeholders back into tags.
  ['pymdownx.critic', critic],
  // meta reads a `Key: value` block off the top (Python-Markdown's preprocessor, priority 27,
  // after snippets' 32), so included text is already there and wikilinks can read the values.
  ['meta', meta],
  // md_in_html has no tokenizer (core keeps `<div markdown>` blocks whole); its remark pass parses
  // their content and must run before every other remark pass so they see that content.
  ['md_in_html', mdInHtml()],
  // fenced_code claims its fences right after: an unclosed fence is no fence for Python-Markdown,
  // and the Markdown after it is parsed again here, before footnotes, abbr and the other passes
  // read the page (fenced_code is a preprocessor in Python-Markdown, so it comes first there too).
  ['fenced_code', fencedCode],
  // Block containers (`!!!`, `???`, `===`): document-level micromark constructs sharing one
  // laziness breaker (core/indented-container.ts). Tabbed numbers its sets in a remark pass,
  // after md_in_html's, so sets inside `<div markdown>` are counted in document order.
  ['admonition', admonition()],
  ['pymdownx.details', details()],
  ['pymdownx.tabbed', tabbed()],
  // PyMdown's Blocks (`/// name`): one shared container; the first enabled key brings it.
  ['pymdownx.blocks.admonition', blocks('pymdownx.blocks.admonition')],
  ['pymdownx.blocks.details', blocks('pymdownx.blocks.details')],
  ['pymdownx.blocks.tab', blocks('pymdownx.blocks.tab')],
  ['pymdownx.blocks.html', blocks('pymdownx.blocks.html')],
  ['pymdownx.blocks.definition', blocks('pymdownx.blocks.definition')],
  ['pymdownx.blocks.caption', blocks('pymdownx.blocks.caption')],
  // Paired inline delimiters: micromark text constructs, each on its own character.
  ['pymdownx.mark', mark],
  ['pymdownx.caret', caret],
  ['pymdownx.tilde', tilde],
  // `++ctrl+c++`: a text construct on `+`, checked against the key map while tokenizing.
  ['pymdownx.keys', keys],
  // legacy_em: `_` runs tokenized with `*`'s rule; micromark's attention resolver pairs them.
  ['legacy_em', legacyEm],
  // Math on `$` and `\`: before character escapes would turn `\(` into `(`.
  ['pymdownx.arithmatex', arithmatex],
  // Inline text transforms: emoji and wikilinks (inline patterns, priority 75); nl2br (priority
  // 5, the last, so it splits what every other pattern left as text). abbr comes later, see below.
  ['pymdownx.emoji', emoji],
  ['wikilinks', wikilinks],
  ['nl2br', nl2br],
  // Python-Markdown block constructs that GFM's tokenizers parse (tables is an MkDocs builtin).
  ['tables', tables],
  ['pymdownx.tasklist', tasklist],
  ['footnotes', footnotes],
  ['def_list', defList],
  // sane_lists regroups the lists core parsed (it runs after core's rules, like every remark pass).
  ['sane_lists', saneLists],
  // Claim fenced code blocks after parsing (remark passes), so containers need not know them.
  // fenced_code (an MkDocs builtin) steps aside when superfences is enabled.
  ['pymdownx.superfences', superfences],
  // pymdownx.highlight alone highlights indented code blocks (with superfences it adds nothing).
  ['pymdownx.highlight', highlight],
  // codehilite only supplies the `code` handler for indented blocks left after fenced_code's
  // pass (fenced_code highlights its own fences through codehilite's `hilite`).
  ['codehilite', codehilite],
  // attr_list is Python-Markdown's treeprocessor that runs after every inline pattern and block
  // processor: its remark pass reads `{...}` once emoji nodes exist (`:smile:{ .big }` puts
  // the class on the emoji) and def_list has made its terms (`Term { .x }` goes on the <dt>).
  ['attr_list', attrList],
  // abbr is a treeprocessor since Python-Markdown 3.10 (priority 7), right after attr_list (8):
  // `{title="HTML"}` is an attribute before any `HTML` in it could become an <abbr>.
  ['abbr', abbr],
  // smarty is its own InlineProcessor at treeprocessor priority 6: after attr_list (8) and abbr
  // (7), before toc (5) reads heading text.
  ['smarty', smarty],
  // legacy_attrs (treeprocessor priority 15) sets `{@id=x}` ids before toc (5) reads them.
  ['legacy_attrs', legacyAttrs],
  // Last: toc's rehype pass slugs headings after every other pass has set (or not) their ids,
  // as Python-Markdown's toc treeprocessor runs after attr_list (priority 5, the end).
  ['toc', toc],
]);

/**
 * Extensions that need nothing from us (their behaviour is built in or has no output):
 * none at the moment (`meta` is an extension of its own: see meta/index.ts).
 */
export const BUILT_IN = new Set<string>([]);

/** What Python-Markdown's `extra` enables (markdown/extensions/extra.py); pipeline.ts expands it. */
export const EXTRA_MEMBERS = ['fenced_code', 'footnotes', 'attr_list', 'def_list', 'tables', 'abbr', 'md_in_html'] as const;

/**
 * MkDocs enables these on every site whatever mkdocs.yml says (its `markdown_extensions`
 * default adds them); pipeline.ts adds them when the config does not list them.
 */
export const MKDOCS_BUILTINS = ['toc', 'tables', 'fenced_code'] as const;

/** `markdown.extensions.toc` -> `toc`; `pymdownx.details` stays; `material.extensions.x` stays. */
export function canonicalName(name: string): string {
  return name.startsWith('markdown.extensions.') ? name.slice('markdown.extensions.'.length) : name;
}
