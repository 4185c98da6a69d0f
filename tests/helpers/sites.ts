/**
 * The builds several test files share (see shared-site.ts): spelled once here so every file
 * asks for exactly the same build and the run builds each of them once.
 */
import path from 'node:path';
import { REPO } from './build-site.ts';
import type { SharedBuild } from './shared-site.ts';

/**
 * The guide with site_url under /guide/, served from that sub-path: the one build of the guide
 * every test file reads (a site that works under a sub-path works at the root too, not the
 * reverse; the fixture sites are served from the root).
 */
export const GUIDE_UNDER_SUBPATH: SharedBuild = { config: path.join(REPO, 'mkdocs.yml'), inherit: 'site_url: http://127.0.0.1/guide/' };

/** tests/fixtures/basic-site, built without extra options. */
export const BASIC_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/basic-site/mkdocs.yml') };

/** tests/fixtures/theme-site. */
export const THEME_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/theme-site/mkdocs.yml') };

/** tests/fixtures/features-site: Material's optional features around the content (actions, sticky tabs, autohide, share, status). */
export const FEATURES_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/features-site/mkdocs.yml') };

/** tests/fixtures/nav-prune: navigation.prune and a page icon the nav repeats. */
export const NAV_PRUNE_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/nav-prune/mkdocs.yml') };

/** tests/fixtures/overrides-site: a custom_dir of Jinja template overrides. */
export const OVERRIDES_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/overrides-site/mkdocs.yml') };

/** tests/fixtures/overrides-partials: a custom_dir that replaces whole partials. */
export const OVERRIDES_PARTIALS: SharedBuild = { config: path.join(REPO, 'tests/fixtures/overrides-partials/mkdocs.yml') };

/** tests/fixtures/awesome-pages: a nav shaped by the awesome-pages plugin's .pages files. */
export const AWESOME_PAGES_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/awesome-pages/mkdocs.yml') };

/** tests/fixtures/awesome-nav: a nav made by the awesome-nav plugin (3.x) from .nav.yml files. */
export const AWESOME_NAV_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/awesome-nav/mkdocs.yml') };

/** tests/fixtures/macros-site: pages that are Jinja templates (mkdocs-macros-plugin). */
export const MACROS_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/macros-site/mkdocs.yml') };

/** tests/fixtures/extradata-site: pages rendered with config.extra and data files (mkdocs-markdownextradata-plugin), after macros. */
export const EXTRADATA_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/extradata-site/mkdocs.yml') };

/** tests/fixtures/include-markdown-site: pages that include files (mkdocs-include-markdown-plugin). */
export const INCLUDE_MARKDOWN_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/include-markdown-site/mkdocs.yml') };

/** tests/fixtures/tags-site: Material's tags and meta plugins. */
export const TAGS_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/tags-site/mkdocs.yml') };

/** tests/fixtures/blog-site: Material's blog plugin with its defaults. */
export const BLOG_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/blog-site/mkdocs.yml') };

/** tests/fixtures/instant-site: navigation.instant (with progress) and search.suggest. */
export const INSTANT_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/instant-site/mkdocs.yml') };

/** The instant fixture under /sub/ with .html page addresses (use_directory_urls: false). */
export const INSTANT_SITE_SUBPATH_FILES: SharedBuild = {
  config: path.join(REPO, 'tests/fixtures/instant-site/mkdocs.yml'),
  inherit: 'site_url: http://127.0.0.1/sub/\nuse_directory_urls: false',
};

/** tests/fixtures/globals-site: Material's globals for a site's scripts, footnote tooltips, instant prefetch. */
export const GLOBALS_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/globals-site/mkdocs.yml') };

/** tests/fixtures/glightbox-site: mkdocs-glightbox's lightbox, with navigation.instant. */
export const GLIGHTBOX_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/glightbox-site/mkdocs.yml') };

/** tests/fixtures/mermaid-site: Material's Mermaid fence, diagrams drawn in the browser, with navigation.instant. */
export const MERMAID_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/mermaid-site/mkdocs.yml') };
/** tests/fixtures/jupyter-site: two notebooks in the nav (mkdocs-jupyter). */
export const JUPYTER_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/jupyter-site/mkdocs.yml') };

/** tests/fixtures/literate-nav: a nav written in SUMMARY.md files (literate-nav) with section-index. */
export const LITERATE_NAV_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/literate-nav/mkdocs.yml') };

/** tests/fixtures/typeset-site: Material's typeset plugin (headings' HTML in the nav and the ToC). */
export const TYPESET_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/typeset-site/mkdocs.yml') };
/** tests/fixtures/overrides-nav: a custom_dir that overrides nav-item.html, tabs-item.html and actions.html (path-item, alternate and palette too). */
export const OVERRIDES_NAV: SharedBuild = { config: path.join(REPO, 'tests/fixtures/overrides-nav/mkdocs.yml') };
/** tests/fixtures/overrides-blog: a blog whose custom_dir overrides partials/post.html and blog-post.html. */
export const OVERRIDES_BLOG: SharedBuild = { config: path.join(REPO, 'tests/fixtures/overrides-blog/mkdocs.yml') };
/** tests/fixtures/preview-site: links material.extensions.preview marks, previewed in Material's tooltip. */
export const PREVIEW_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/preview-site/mkdocs.yml') };

/** The preview fixture with navigation.instant.preview: every link of the content to a page of the site is previewed. */
export const PREVIEW_SITE_ALL: SharedBuild = {
  config: path.join(REPO, 'tests/fixtures/preview-site/mkdocs.yml'),
  inherit: 'theme:\n  name: material\n  features:\n    - navigation.instant.preview',
};

/** tests/fixtures/mkdocstrings-site: mkdocstrings' Python handler over a small package under src/, read statically. */
export const MKDOCSTRINGS_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/mkdocstrings-site/mkdocs.yml') };

/** tests/fixtures/selectors-site: the version selector (mike's versions.json) and the language selector. */
export const SELECTORS_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/selectors-site/mkdocs.yml') };

/** tests/fixtures/plugin-gaps-site: the exclude plugin, mkdocstrings without its package, autorefs, theme.icon.admonition. */
export const PLUGIN_GAPS_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/plugin-gaps-site/mkdocs.yml') };

/** tests/fixtures/tables-llms-site: table-reader's tags (a data_path file, a page-relative YAML) and mkdocs-llmstxt's files. */
export const TABLES_LLMS_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/tables-llms-site/mkdocs.yml') };

/** tests/fixtures/i18n-fr: a French site whose custom_dir overrides one label. */
export const I18N_FR_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/i18n-fr/mkdocs.yml') };

/** tests/fixtures/i18n-ar: an Arabic site, right to left. */
export const I18N_AR_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/i18n-ar/mkdocs.yml') };

/** tests/fixtures/i18n-suffix: mkdocs-static-i18n with `page.fr.md` translations and mkdocs.yml's nav. */
export const I18N_SUFFIX_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/i18n-suffix/mkdocs.yml') };

/** tests/fixtures/i18n-folder: mkdocs-static-i18n with one folder per language and generated navs. */
export const I18N_FOLDER_SITE: SharedBuild = { config: path.join(REPO, 'tests/fixtures/i18n-folder/mkdocs.yml') };

/**
 * Every build above, in the order the run's files first read them (node --test starts files in
 * name order: browser/ before e2e/). The global setup starts them all at once, so the build
 * servers work through them while the unit files run instead of each file waiting for its
 * site when its turn comes.
 */
export const PREBUILT: readonly SharedBuild[] = [
  GUIDE_UNDER_SUBPATH, BLOG_SITE, FEATURES_SITE, GLIGHTBOX_SITE, GLOBALS_SITE, I18N_FR_SITE, I18N_AR_SITE, I18N_SUFFIX_SITE, INSTANT_SITE, INSTANT_SITE_SUBPATH_FILES,
  JUPYTER_SITE, MERMAID_SITE, NAV_PRUNE_SITE, OVERRIDES_SITE, OVERRIDES_PARTIALS, PREVIEW_SITE, PREVIEW_SITE_ALL,
  SELECTORS_SITE, TAGS_SITE, THEME_SITE, AWESOME_NAV_SITE, AWESOME_PAGES_SITE, BASIC_SITE, EXTRADATA_SITE, I18N_FOLDER_SITE, INCLUDE_MARKDOWN_SITE, LITERATE_NAV_SITE,
  MACROS_SITE, MKDOCSTRINGS_SITE, OVERRIDES_NAV, PLUGIN_GAPS_SITE, TABLES_LLMS_SITE, TYPESET_SITE,
];
