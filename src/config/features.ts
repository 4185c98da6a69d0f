/**
 * What the site implements of Material's theme features and of MkDocs plugins. Anything else in
 * mkdocs.yml is reported once per item and ignored.
 */
import type { ExtensionSpec } from '../shared/extension-specs.ts';

export const SUPPORTED_FEATURES = [
  'navigation.tabs',
  'navigation.sections',
  'navigation.indexes',
  'navigation.tracking',
  'navigation.path',
  'navigation.footer',
  'navigation.top',
  'navigation.prune',
  'navigation.expand',
  'navigation.tabs.sticky',
  'navigation.instant',
  'navigation.instant.progress',
  'navigation.instant.prefetch',
  'navigation.instant.preview',
  'toc.follow',
  'toc.integrate',
  'header.autohide',
  'search.highlight',
  'search.suggest',
  'search.share',
  'content.tooltips',
  'content.footnote.tooltips',
  'content.code.copy',
  'content.code.annotate',
  'content.code.select',
  // Material mounts code blocks only once they scroll into view; ours mount at once. Readers see
  // the same blocks either way (devenv lists it, under strict).
  'content.lazy',
  'content.action.edit',
  'content.action.view',
  'content.tabs.link',
  'announce.dismiss',
] as const;

export type SupportedFeature = (typeof SUPPORTED_FEATURES)[number];

const FEATURES: ReadonlySet<string> = new Set(SUPPORTED_FEATURES);

/**
 * Material 5's feature names, renamed in Material 6 (its upgrade guide): Material 9 finds neither
 * and draws the site without them, as we do, so a config that still lists one gets a note with
 * the new name, not a warning that would fail a `strict` build MkDocs passes.
 */
export const RENAMED_FEATURES: Readonly<Record<string, SupportedFeature>> = {
  instant: 'navigation.instant',
  tabs: 'navigation.tabs',
};

export function isSupportedFeature(name: string): name is SupportedFeature {
  return FEATURES.has(name);
}

/**
 * `search` is served by Pagefind; `tags` and `meta` are Material's (src/site/plugins.ts), and so
 * is `group`, which only holds other plugins: those run when it is enabled, the others are named
 * one by one. `material/search` is Material's spelling of the same plugin. `redirects` is
 * mkdocs-redirects (src/site/redirects.ts); `awesome-pages` is mkdocs-awesome-pages-plugin 2.x
 * (src/nav/awesome-pages.ts, its `.pages` files read by src/site/awesome-pages.ts), `awesome-nav` its
 * 3.x successor (src/nav/awesome-nav.ts, its `.nav.yml` files read by src/site/awesome-nav.ts);
 * `git-revision-date-localized` is mkdocs-git-revision-date-localized-plugin (src/site/revision-dates.ts);
 * `macros` is mkdocs-macros-plugin's templating, without its Python (src/site/macros.ts);
 * `glightbox` is mkdocs-glightbox's image lightbox (src/site/glightbox.ts);
 * `include-markdown` is mkdocs-include-markdown-plugin, without URLs (src/site/include-markdown.ts);
 * `blog` is Material's blog (src/site/blog*.ts), whose options it lacks are named one by one there;
 * `markdown-exec` registers its custom fences (src/site/markdown-exec.ts), whose code is shown, not run.
 * `exclude` is mkdocs-exclude (src/site/exclude-plugin.ts); `autorefs` is mkdocs-autorefs' heading
 * references (src/site/autorefs.ts); `mkdocs-jupyter` shows `.ipynb` notebooks as pages with their
 * saved outputs (src/site/jupyter.ts); `markdownextradata` renders pages as Jinja templates with
 * config.extra and its data files (src/site/extradata.ts, on the macros engine). `literate-nav` is
 * mkdocs-literate-nav 0.6, the nav written as Markdown lists in SUMMARY.md files
 * (src/nav/literate-nav.ts, its files read by src/site/literate-nav.ts); `section-index` is
 * mkdocs-section-index, a section led by an untitled page becoming that page (src/nav/section-index.ts).
 * `typeset` is Material's: headings' HTML in the ToC and the nav (src/markdown/extensions/toc/typeset.ts).
 * `rss` is mkdocs-rss-plugin 1.x: its RSS and JSON feeds of the pages (src/site/rss*.ts).
 * `social` is Material's social cards, drawn with its default layout (src/site/social*.ts).
 * `llmstxt` is mkdocs-llmstxt: /llms.txt and its pages' Markdown, converted from their HTML
 * (src/site/llmstxt*.ts, written with the plugins' files).
 * `git-revision-date` is mkdocs-git-revision-date-plugin: each page's `revision_date` and its
 * `git_revision_date` Jinja variable (src/site/git-revision-date.ts).
 * `table-reader` is mkdocs-table-reader-plugin: its `{{ read_csv(...) }}` tags become the pipe
 * tables pandas writes, without pandas (src/site/table-reader*.ts, src/site/tabulate.ts).
 * `privacy` is Material's: a build downloads the external assets the site loads and points the
 * pages, style sheets and scripts at the copies (src/site/privacy*.ts); `serve` leaves them as written.
 * `exclude-search` is mkdocs-exclude-search: the pages and sections its patterns name are left out
 * of the search index (src/site/exclude-search.ts, applied by src/search/exclude.ts).
 * `git-authors` is mkdocs-git-authors-plugin: each page's authors by `git blame` line counts, in
 * Material's source-file facts and its `{{ git_page_authors }}` / `{{ git_site_authors }}` tags
 * (src/site/git-authors*.ts, src/site/git-blame.ts).
 */
export const SUPPORTED_PLUGINS = ['search', 'tags', 'meta', 'group', 'redirects', 'awesome-pages', 'awesome-nav', 'git-revision-date-localized', 'macros', 'glightbox', 'include-markdown', 'blog', 'exclude', 'autorefs', 'markdown-exec', 'mkdocs-jupyter', 'markdownextradata', 'literate-nav', 'section-index', 'typeset', 'rss', 'i18n', 'social', 'table-reader', 'git-revision-date', 'llmstxt', 'privacy', 'exclude-search', 'git-authors'] as const;

/**
 * Plugins of which only a part runs, each with the one line that says which: reported as a note
 * at the plugin's entry instead of "not supported; ignored". What the part leaves out is warned
 * about where a page meets it.
 */
export const PARTLY_SUPPORTED_PLUGINS: Readonly<Record<string, string>> = {
  mkdocstrings:
    "its Python handler reads the source statically, without running Python (src/python): '::: identifier' blocks are drawn in mkdocstrings-python's markup with its common options; other handlers, and objects static analysis cannot find, are a note with a warning",
};

/**
 * Plugins whose whole work is on the written files' bytes, on a check, or on the deploy, never on
 * what a reader sees or can do: the site is the same without them, so each is a note at its entry
 * (with why), not a warning that would fail a `strict` build MkDocs passes. Keyed by bare name.
 */
export const OUTPUT_ONLY_PLUGINS: Readonly<Record<string, string>> = {
  minify: 'it only makes the written HTML, CSS and JavaScript smaller; they are written as they are',
  optimize: 'it only compresses images; they are copied as they are',
  // mike/mkdocs_plugin.py: it only moves site_url under the version `mike deploy` names.
  mike: "its work is done by 'mike deploy'; a build draws the version selector from extra.version, as Material does",
  htmlproofer: "it only checks the built pages' links; MkDocs' own link validation runs",
};

function bareName(name: string): string {
  return name.startsWith('material/') ? name.slice('material/'.length) : name;
}

export function isSupportedPlugin(name: string): boolean {
  const bare = bareName(name);
  return SUPPORTED_PLUGINS.some((plugin) => plugin === bare);
}

/**
 * mkdocs-mermaid2-plugin beside pymdownx.superfences' `mermaid` custom fence (class `mermaid`):
 * the fence already makes the diagrams' markup, which the theme draws as Material does, so the
 * plugin (its loader of mermaid.js) adds nothing the reader sees but its `arguments`. Without
 * that fence it is not supported.
 */
export function mermaid2Redundant(name: string, extensions: readonly ExtensionSpec[]): string | undefined {
  if (name !== 'mermaid2') return undefined;
  const fences = extensions.find((extension) => extension.name === 'pymdownx.superfences')?.options['custom_fences'];
  const drawn = Array.isArray(fences) && fences.some((fence: unknown) => typeof fence === 'object' && fence !== null && Reflect.get(fence, 'name') === 'mermaid' && Reflect.get(fence, 'class') === 'mermaid');
  return drawn ? "pymdownx.superfences' 'mermaid' fence already makes the diagrams, which the theme draws as Material does (mermaid2's 'arguments' are not applied)" : undefined;
}

/**
 * Plugins whose whole work is running the site's own Python: mkdocs-gen-files' scripts (which
 * write pages) and mkdocs-simple-hooks' functions (called on MkDocs' events). Named with what they
 * would run, which is what an owner has to look at; still warnings, as what that code makes is missing.
 *
 *   runsSitePython('gen-files', { scripts: ['scripts/gen_ref.py'] })
 *   // "it runs the site's Python scripts/gen_ref.py to write pages, which cannot run here: those pages are missing"
 */
export function runsSitePython(name: string, options: Readonly<Record<string, unknown>>): string | undefined {
  const listed = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' && value !== null ? Object.entries(value).map(([event, target]) => `${event}: ${String(target)}`).join(', ') : '');
  if (name === 'gen-files') {
    const scripts = listed(options['scripts']);
    return `it runs the site's Python${scripts === '' ? ' scripts' : ` ${scripts}`} to write pages, which cannot run here: those pages are missing`;
  }
  if (name === 'mkdocs-simple-hooks' || name === 'simple-hooks') {
    const hooks = listed(options['hooks']);
    return `it calls the site's Python functions on MkDocs' events${hooks === '' ? '' : ` (${hooks})`}, which cannot run here; ignored`;
  }
  return undefined;
}

/** Why an output-only plugin can be left out (OUTPUT_ONLY_PLUGINS); undefined for any other. */
export function outputOnly(name: string): string | undefined {
  const bare = bareName(name);
  return Object.hasOwn(OUTPUT_ONLY_PLUGINS, bare) ? OUTPUT_ONLY_PLUGINS[bare] : undefined;
}

/** The one-line note of a partly supported plugin; undefined for any other. */
export function partlySupported(name: string): string | undefined {
  return Object.hasOwn(PARTLY_SUPPORTED_PLUGINS, name) ? PARTLY_SUPPORTED_PLUGINS[name] : undefined;
}
