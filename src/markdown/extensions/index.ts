/**
 * The registry: mkdocs.yml key -> extension factory. `ORDER` is the order in which the
 * layers of enabled extensions are combined (see pipeline.ts for why order matters).
 * Keys are Python-Markdown's names; `markdown.extensions.x` and `pymdownx.x` long forms are
 * normalized by `canonicalName`.
 */
import type { ExtensionFactory } from '../types.ts';
import { snippets } from './snippets/index.ts';
import { markdownInclude } from './markdown-include/index.ts';
import { mdxInclude } from './mdx-include/index.ts';
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
import { smartsymbols } from './smartsymbols/index.ts';
import { progressbar } from './progressbar/index.ts';
import { magiclink } from './magiclink/index.ts';
import { saneheaders } from './saneheaders/index.ts';
import { escapeall } from './escapeall/index.ts';
import { striphtml } from './striphtml/index.ts';
import { pathconverter } from './pathconverter/index.ts';
import { b64 } from './b64/index.ts';
import { quotes } from './quotes/index.ts';
import { betterem } from './betterem/index.ts';
import { inlinehilite } from './inlinehilite/index.ts';
import { fancylists } from './fancylists/index.ts';
import { meta } from './meta/index.ts';
import { wikilinks } from './wikilinks/index.ts';
import { nl2br } from './nl2br/index.ts';
import { legacyAttrs } from './legacy-attrs/index.ts';
import { legacyEm } from './legacy-em/index.ts';
import { smarty } from './smarty/index.ts';
import { codehilite } from './codehilite/index.ts';
import { saneLists } from './sane-lists/index.ts';
import { TRULY_SANE_LISTS_NAMES, trulySaneLists } from './truly-sane-lists/index.ts';
import { mkdocstrings } from './mkdocstrings/index.ts';
import { autorefs } from './autorefs/index.ts';
import { githubCallouts } from './github-callouts/index.ts';
import { gfmAdmonition } from './gfm-admonition/index.ts';
import { preview } from './preview/index.ts';

/** Filled by each extension folder's index.ts; kept in one table so the order is visible. */
export const EXTENSIONS: ReadonlyMap<string, ExtensionFactory> = new Map<string, ExtensionFactory>([
  // `{!file!}` includes: Python-Markdown preprocessors at priority 101, above snippets' 32, so
  // they run first and a `--8<--` line in an included file is expanded by snippets afterwards.
  // Both register at 101; Python then runs them in mkdocs.yml order (their own READMEs say not to
  // enable both): here markdown_include comes first.
  ['markdown_include.include', markdownInclude()],
  ['mdx_include', mdxInclude()],
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
  // superfences claims its fences right after (fenced_code steps aside when it is enabled), as
  // PyMdown finds fences before any block is read: a fence it refuses is text that every pass
  // below then reads (emphasis, emoji... in an admonition's text after an unclosed fence).
  ['pymdownx.superfences', superfences],
  // Replaces core's ATX heading construct by name (micromark `disable`), so its place here is free.
  ['pymdownx.saneheaders', saneheaders],
  // More ordered markers for core's list construct (core/list-markers.ts); its remark pass splits
  // lists by marker type after core's list rules have run.
  ['pymdownx.fancylists', fancylists],
  // Blockquotes that never merge (core checks the enabled list) and callouts (a remark pass).
  ['pymdownx.quotes', quotes],
  // GitHub alerts (`> [!NOTE]`) as admonitions: remark passes over the quotes core parsed (and
  // merged across blank lines), before the containers below. markdown-callouts' entry point and
  // module names, and markdown-gfm-admonition's module and entry point names.
  ['github-callouts', githubCallouts],
  ['markdown_callouts.github_callouts', githubCallouts],
  ['markdown_gfm_admonition', gfmAdmonition],
  ['gfm_admonition', gfmAdmonition],
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
  // `++ctrl+c++`: a text construct on `+`, checked against the key map while tokenizing.
  ['pymdownx.keys', keys],
  // Replaces core's escape construct by name (micromark `disable`): any character can be escaped.
  ['pymdownx.escapeall', escapeall],
  // Math on `$` and `\`: before character escapes would turn `\(` into `(`.
  ['pymdownx.arithmatex', arithmatex],
  // Inline code with a language prefix (PyMdown's backtick pattern, priority 190): a remark pass
  // turning `inlineCode` into `inlineHilite` nodes; it reads pymdownx.highlight's options.
  ['pymdownx.inlinehilite', inlinehilite],
  // `[= 50%]`: PyMdown's pattern runs before links (priority 179); a text pass here, so attr_list
  // (later) reads a following `{: .class}`.
  ['pymdownx.progressbar', progressbar],
  // Bare URLs, emails and repository shorthands (PyMdown's patterns at priority 85..79.3, before
  // emoji's 75) over text nodes, then its link shortener.
  ['pymdownx.magiclink', magiclink],
  // Inline text transform: emoji (an inline pattern, priority 75). abbr comes later, see below.
  ['pymdownx.emoji', emoji],
  // PyMdown's pattern sequences (`==`, `^^`, `~~`; priority 65, after magiclink 85 and emoji 75):
  // remark passes over flattened phrasing children, each reading what the previous one built.
  ['pymdownx.mark', mark],
  ['pymdownx.caret', caret],
  ['pymdownx.tilde', tilde],
  // Emphasis after them (PyMdown: 50 for `*`, 40 for `_`); it switches micromark's off.
  ['pymdownx.betterem', betterem],
  // legacy_em: core's `_` emphasis pass takes Python-Markdown 2's patterns (core/emphasis.ts).
  ['legacy_em', legacyEm],
  // wikilinks (an inline pattern, priority 75, like emoji) and nl2br (priority 5, the last, so it
  // splits what every other pattern left as text): passes over text nodes.
  ['wikilinks', wikilinks],
  ['nl2br', nl2br],
  // mkdocstrings' block processor and autorefs' inline processor, which their plugins add (the
  // site lists them for those plugins): `::: id` paragraphs become notes, undefined references
  // `<autoref>` markers. After the inline patterns above, so a reference's label holds their nodes.
  ['mkdocstrings', mkdocstrings],
  ['autorefs', autorefs],
  // Python-Markdown block constructs that GFM's tokenizers parse (tables is an MkDocs builtin).
  ['tables', tables],
  // def_list before footnotes: footnote back-reference ids are counted in the order Python-Markdown's
  // inline pass reaches the text, which needs the `dl` built (footnotes/inline-order.ts).
  ['def_list', defList],
  ['footnotes', footnotes],
  // sane_lists regroups the lists core parsed (it runs after core's rules, like every remark pass).
  ['sane_lists', saneLists],
  // mdx_truly_sane_lists sets core's list indent (core/list-indent.ts) and regroups lists with
  // sane_lists' pass; after sane_lists, so when both run its lazy numbering wins (listed after
  // sane_lists it replaces sane_lists' processors in Python; listed before, it steps aside).
  ...TRULY_SANE_LISTS_NAMES.map((name) => [name, trulySaneLists] as const),
  // tasklist is a treeprocessor in PyMdown: it marks the lists as they finally are, after
  // sane_lists has regrouped them (its `<ul class="task-list">` stays on each list it makes).
  ['pymdownx.tasklist', tasklist],
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
  // smartsymbols is an inline processor that Python-Markdown runs as a treeprocessor (priority
  // 6.1): after attr_list (8) and abbr (7), over every text left.
  ['pymdownx.smartsymbols', smartsymbols],
  // smarty is its own InlineProcessor at treeprocessor priority 6: after attr_list (8), abbr (7)
  // and smartsymbols (6.1), before toc (5) reads heading text.
  ['smarty', smarty],
  // legacy_attrs (treeprocessor priority 15) sets `{@id=x}` ids before toc (5) reads them.
  ['legacy_attrs', legacyAttrs],
  // Last: toc's rehype pass slugs headings after every other pass has set (or not) their ids,
  // as Python-Markdown's toc treeprocessor runs after attr_list (priority 5, the end).
  ['toc', toc],
  // Material's preview treeprocessor (priority 0, below toc's 5): its pass is an after-toc one,
  // so it marks toc's permalinks too; links are still as written (MkDocs rewrites them last).
  ['material.extensions.preview', preview],
  // Postprocessors in PyMdown (priority 2, then striphtml at 1): after toc, on the final tree;
  // At equal priority PyMdown runs them in mkdocs.yml order; we always convert paths first.
  ['pymdownx.pathconverter', pathconverter],
  ['pymdownx.b64', b64],
  ['pymdownx.striphtml', striphtml],
]);

/**
 * The registry entry before which core's emphasis passes run (core/emphasis.ts): Python-Markdown's
 * `*` and `_` processors (priorities 60 and 50) come after every inline pattern above (wikilinks
 * 75, the PyMdown inlines 65 and up) and before nl2br (5).
 */
export const CORE_EMPHASIS_SLOT = 'nl2br';

/**
 * Extensions that need nothing from us (their behaviour is built in or has no output):
 * none at the moment (`meta` is an extension of its own: see meta/index.ts).
 */
export const BUILT_IN = new Set<string>([]);

/** What Python-Markdown's `extra` enables (markdown/extensions/extra.py); pipeline.ts expands it. */
export const EXTRA_MEMBERS = ['fenced_code', 'footnotes', 'attr_list', 'def_list', 'tables', 'abbr', 'md_in_html'] as const;

/** What PyMdown's `pymdownx.extra` enables (pymdownx/extra.py); pipeline.ts expands it. */
export const PYMDOWN_EXTRA_MEMBERS = ['pymdownx.betterem', 'pymdownx.superfences', 'footnotes', 'attr_list', 'def_list', 'tables', 'abbr', 'md_in_html'] as const;

/**
 * MkDocs enables these on every site whatever mkdocs.yml says (its `markdown_extensions`
 * default adds them); pipeline.ts adds them when the config does not list them.
 */
export const MKDOCS_BUILTINS = ['toc', 'tables', 'fenced_code'] as const;

/** `markdown.extensions.toc` -> `toc`; `pymdownx.details` stays; `material.extensions.x` stays. */
export function canonicalName(name: string): string {
  return name.startsWith('markdown.extensions.') ? name.slice('markdown.extensions.'.length) : name;
}
