/**
 * Stage 3b, meta: what plugins add to the rendered pages' meta, without rendering them again.
 * Material's meta plugin (when it is on) merges each folder's `.meta.yml` into the front matter
 * of the pages in and below it (src/site/meta-files.ts has the rules); then the
 * git-revision-date-localized plugin (when it is on) writes each page's dates from git
 * (src/site/revision-dates.ts), after the defaults because a `.meta.yml` may set `locale`.
 * mkdocs-git-authors-plugin (when it is on) gives each page its authors from the blame
 * readAuthors started while the pages rendered (src/site/git-authors.ts).
 * Last, mkdocs-glightbox (when it is on) wraps the pages' images in their lightbox links
 * (src/site/glightbox.ts), after the defaults because a `.meta.yml` may set `glightbox: false`.
 * Then mkdocs-autorefs' markers become links to the headings of any page (src/site/autorefs.ts).
 * A stage of its own so that `serve` applies an edited `.meta.yml` to the pages as they were
 * rendered: the defaults change meta, and only the glightbox pass changes HTML from it.
 */
import { applyAutorefs } from '../autorefs.ts';
import { applyGlightbox } from '../glightbox-wrap.ts';
import { readGitHistory, type GitHistory } from '../git-history.ts';
import type { SiteMessage } from '../messages.ts';
import { applyMetaFiles } from '../plugins.ts';
import { applyRevisionDates } from '../revision-dates.ts';
import { applyGitAuthors } from '../git-authors.ts';
import { readBlame, type BlameOptions, type BlameRead } from '../git-blame.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';
import type { PageResult } from '../render-pages.ts';

export interface MetaPages {
  /** The render stage's results with the folder defaults merged in (a new map; the same objects where none applies). */
  readonly results: ReadonlyMap<string, PageResult>;
  /** The git history the dates came from (the revision date plugin); undefined without the plugin. */
  readonly history: GitHistory | undefined;
  /** The git-authors plugin's blame the authors came from; undefined without the plugin. */
  readonly blame?: BlameRead | undefined;
  /** The build's time (unix seconds), the date of pages git has none for. */
  readonly builtAt: number;
  readonly messages: SiteMessage[];
}

export interface MetaStageOptions {
  /**
   * The history (and build time) a last run read, for the same pages: `serve` passes it when
   * only pages' content changed, since saving a page commits nothing, so each save does not
   * run `git log` over the whole docs_dir again.
   */
  readonly history?: { readonly history: GitHistory; readonly builtAt: number } | undefined;
  /** The git-authors plugin's blame of the pages (readAuthors), read while they rendered. */
  readonly blame?: BlameRead | undefined;
}

/**
 * The git-authors plugin's blame of the site's Markdown pages but the excluded (the plugin's
 * on_files), one git process per page, started before the pages render so git works meanwhile;
 * undefined without the plugin. A page is blamed in the file it is read from (an i18n fallback's).
 */
export function readAuthors(site: Pick<LoadedSite, 'config' | 'plugins'>, files: Pick<DiscoveredSite, 'pages'>, again?: BlameOptions['again']): Promise<BlameRead> | undefined {
  const options = site.plugins.gitAuthors;
  if (!options) return undefined;
  const sources = [...new Set(files.pages.map((page) => page.file ?? page.src))].filter((src) => src.endsWith('.md') && !options.exclude.some((pattern) => pattern.test(src)));
  return readBlame(site.config.docs_dir, sources, { ignoreRevsFile: options.ignoreCommits, again });
}

export function metaStage(site: Pick<LoadedSite, 'config' | 'plugins'> & Partial<Pick<LoadedSite, 'pluginPlace'>>, files: Pick<DiscoveredSite, 'metaFiles'> & Partial<Pick<DiscoveredSite, 'pages'>>, results: ReadonlyMap<string, PageResult>, options: MetaStageOptions = {}): MetaPages {
  // The plugins write into the map they are given: a copy, so the render stage's output stays as it was.
  const copy = new Map(results);
  const docsDir = site.config.docs_dir;
  const messages = applyMetaFiles(copy, docsDir, files.metaFiles);
  const dates = site.plugins.revisionDates;
  const builtAt = options.history?.builtAt ?? Math.floor(Date.now() / 1000);
  let history: GitHistory | undefined;
  if (dates) {
    history = options.history?.history ?? readGitHistory(docsDir, { follow: dates.follow, ignored: dates.ignored });
    // The i18n plugin's fallback copies are read from the default language's file.
    messages.push(...applyRevisionDates(copy, docsDir, dates, history, builtAt, onCi(), readFromOf(files)));
  }
  const authors = site.plugins.gitAuthors;
  if (authors && options.blame) messages.push(...applyGitAuthors(copy, docsDir, authors, options.blame, readFromOf(files), site.pluginPlace?.('git-authors')));
  const glightbox = site.plugins.glightbox;
  if (glightbox) applyGlightbox(copy, glightbox.wrap);
  // autorefs reads every page's headings, so it runs once all pages are rendered.
  if (site.plugins.autorefs && files.pages) messages.push(...applyAutorefs(copy, files.pages, docsDir));
  return { results: copy, history, builtAt, blame: options.blame, messages };
}

/** The i18n plugin's fallback copies are read from the default language's file. */
function readFromOf(files: Partial<Pick<DiscoveredSite, 'pages'>>): Map<string, string> {
  return new Map((files.pages ?? []).flatMap((page) => (page.file === undefined ? [] : [[page.src, page.file] as const])));
}

/** The CI runners whose shallow clones the plugin warns of (its ci.py): GitHub, GitLab, Bitbucket, Azure. */
function onCi(): boolean {
  return ['GITHUB_ACTIONS', 'GITLAB_CI', 'BITBUCKET_BUILD_NUMBER', 'TF_BUILD'].some((name) => process.env[name] !== undefined);
}
