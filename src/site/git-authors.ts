/**
 * mkdocs-git-authors-plugin (`git-authors`, 1.x): each page's authors by the lines `git blame`
 * gives them (src/site/git-blame.ts), as its git/repo.py, page.py and author.py count them, and
 * what it writes: `{{ git_page_authors }}` and `{{ git_site_authors }}` in a page's HTML become
 * its util.py summaries (the plugin replaces them in on_page_content, after the Markdown), and
 * the page's authors go to Material's `partials/source-file.html` (SourceFile.astro) as its
 * `git_info.page_authors`.
 *
 *   <span class='git-page-authors git-authors'><a href='mailto:ada@x.org'>Ada</a>, <a href='mailto:bo@x.org'>Bo</a></span>
 */
import path from 'node:path';
import { rewriteHtml } from '../shared/page-html.ts';
import type { BlameRead, BlamedLine } from './git-blame.ts';
import { GIT_AUTHORS_PLUGIN, type GitAuthorsOptions } from './git-authors-options.ts';
import type { SiteMessage } from './messages.ts';
import type { PageResult } from './render-pages.ts';

/** A page's author as the plugin's `git_info.page_authors` gives it to templates (util.page_authors, without `last_datetime`). */
export interface PageAuthor {
  readonly name: string;
  readonly email: string;
  readonly lines: number;
  readonly lines_all_pages: number;
  readonly contribution: string;
  readonly contribution_all_pages: string;
}

/** What Material's source-file partial draws of a page's authors, and the template variables the plugin sets. */
export interface PageAuthors {
  readonly authors: readonly PageAuthor[];
  /** Names are `mailto:` links (the plugin's `show_email_address`). */
  readonly showEmail: boolean;
  /** `git_page_authors`, HTML. */
  readonly pageSummary: string;
  /** `git_site_authors`, HTML. */
  readonly siteSummary: string;
}

interface Author {
  /** The first name met for the email, in the pages' order (the plugin keys authors by email). */
  readonly name: string;
  readonly email: string;
  /** Counted lines by page. */
  readonly pages: Map<string, number>;
  lines: number;
}

/** The counts of the whole site, as the plugin's Repo holds them. */
export interface AuthorTally {
  /** In the order first met, every author git blamed a line to (ignored or not, as the plugin registers them). */
  readonly authors: readonly Author[];
  /** Counted lines by page. */
  readonly pageLines: ReadonlyMap<string, number>;
  readonly total: number;
}

/** The counts of the blamed pages: a line counts unless its author is ignored or it is empty without `count_empty_lines`. */
export function tallyAuthors(pages: ReadonlyMap<string, readonly BlamedLine[] | undefined>, options: Pick<GitAuthorsOptions, 'countEmptyLines' | 'ignoreAuthors'>): AuthorTally {
  const byEmail = new Map<string, Author>();
  const pageLines = new Map<string, number>();
  let total = 0;
  for (const [src, lines] of pages) {
    let counted = 0;
    for (const line of lines ?? []) {
      let author = byEmail.get(line.email);
      if (!author) {
        author = { name: line.name, email: line.email, pages: new Map(), lines: 0 };
        byEmail.set(line.email, author);
      }
      if (options.ignoreAuthors.includes(line.email) || (line.empty && !options.countEmptyLines)) continue;
      author.pages.set(src, (author.pages.get(src) ?? 0) + 1);
      author.lines += 1;
      counted += 1;
    }
    pageLines.set(src, counted);
    total += counted;
  }
  return { authors: [...byEmail.values()], pageLines, total };
}

/** An author's share of a page's lines (or the site's, without `src`); 0 where there are none. */
function share(tally: AuthorTally, author: Author, src?: string): number {
  const total = src === undefined ? tally.total : (tally.pageLines.get(src) ?? 0);
  const lines = src === undefined ? author.lines : (author.pages.get(src) ?? 0);
  return total === 0 ? 0 : lines / total;
}

/** An author's share as the plugin writes it (Author.contribution with `str`). */
function shareText(tally: AuthorTally, author: Author, src?: string): string {
  // Python's int 0 where there are no lines at all (`0%`), a float's `0.0%` otherwise.
  const total = src === undefined ? tally.total : (tally.pageLines.get(src) ?? 0);
  return total === 0 ? '0%' : percent(share(tally, author, src));
}

/** Python's `str(round(value * 100, 2)) + '%'` for a float (round half to even on an exact tie; a whole number keeps its `.0`). */
export function percent(value: number): string {
  const scaled = value * 100;
  const three = scaled.toFixed(3);
  let rounded = Number(scaled.toFixed(2));
  // toFixed rounds an exact tie up; Python's round goes to the even digit.
  if (Number(three) === scaled && three.endsWith('5')) {
    const down = Number(three.slice(0, -1));
    rounded = Math.round(down * 100) % 2 === 0 ? down : rounded;
  }
  const text = String(rounded);
  return `${text.includes('.') || text.includes('e') ? text : `${text}.0`}%`;
}

const byName = (a: Author, b: Author) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The plugin's sort: by site-wide contribution when one is shown or `sort_authors_by:
 * contribution`, else by name. `descending`: a page sorts so whenever contribution is the key;
 * the site list only when a number is shown (the plugin's Repo.get_authors).
 */
function sorted(tally: AuthorTally, authors: readonly Author[], options: GitAuthorsOptions, descending: boolean): Author[] {
  const compare = byContribution(options) ? (a: Author, b: Author) => share(tally, a) - share(tally, b) : byName;
  // Python's sorted(reverse=True) keeps equal keys in their order, as this comparison does.
  return [...authors].sort(descending ? (a, b) => compare(b, a) : compare);
}

/** Whether authors sort by their site-wide contribution (a number shown, or asked for), not by name. */
function byContribution(options: GitAuthorsOptions): boolean {
  return options.showLineCount || options.showContribution || options.sortBy === 'contribution';
}

/** A page's authors as the plugin lists them: sorted, and those at or under `authorship_threshold_percent` left out. */
export function pageAuthorsOf(tally: AuthorTally, src: string, options: GitAuthorsOptions): Author[] {
  const own = tally.authors.filter((author) => author.pages.has(src));
  const authors = sorted(tally, own, options, byContribution(options));
  if (options.threshold > 0 && authors.length > 1) return authors.filter((author) => share(tally, author, src) * 100 > options.threshold);
  return authors;
}

/** `href` with Python's str.format fields `{email}` and `{name}` filled in (`{{`/`}}` are braces). */
function hrefOf(template: string, author: Author): string {
  return template.replace(/\{\{|\}\}|\{(email|name)\}/g, (whole, field?: string) => (field === 'email' ? author.email : field === 'name' ? author.name : whole[0] ?? ''));
}

/** `{{ git_page_authors }}`: util.page_authors_summary (`authors`: the page's, when taken already). */
export function pageAuthorsSummary(tally: AuthorTally, src: string, options: GitAuthorsOptions, authors: readonly Author[] = pageAuthorsOf(tally, src, options)): string {
  const items = authors.map((author) => {
    const contribution = options.showContribution && authors.length > 1 ? ` (${shareText(tally, author, src)})` : '';
    const name = options.showEmailAddress ? `<a href='${hrefOf(options.href, author)}'>${author.name}</a>` : author.name;
    return `${name}${contribution}`;
  });
  return `<span class='git-page-authors git-authors'>${items.join(', ')}</span>`;
}

/** `{{ git_site_authors }}`: util.site_authors_summary, its whitespace (and its `</span>` inside the list) as it writes them. */
export function siteAuthorsSummary(tally: AuthorTally, options: GitAuthorsOptions): string {
  const descending = options.showLineCount || options.showContribution;
  let result = "\n<span class='git-authors'>\n    <ul>\n        ";
  for (const author of sorted(tally, tally.authors, options, descending)) {
    const contribution = options.showContribution ? ` (${shareText(tally, author)})` : '';
    const lines = options.showLineCount ? `: ${String(author.lines)} lines` : '';
    const name = options.showEmailAddress ? `<a href="${hrefOf(options.href, author)}">${author.name}</a>` : author.name;
    result += `\n    <li>${name}${lines}${contribution}</li>\n    `;
  }
  return `${result}\n    </span>\n</ul>\n    `;
}

const PAGE_TAG = /\{\{\s*git_page_authors\s*\}\}/gi;
const SITE_TAG = /\{\{\s*git_site_authors\s*\}\}/gi;

/**
 * The plugin on the rendered pages (`rendered` is changed in place): each page but the excluded
 * gets its authors (`gitAuthors`, for the source-file partial) and its tags replaced; messages
 * as the plugin logs them. `readFrom`: the file a page is read from when not its `src`. `place`:
 * the plugin's entry in mkdocs.yml, where a message about git itself is located (else docs_dir).
 */
export function applyGitAuthors(rendered: Map<string, PageResult>, docsDir: string, options: GitAuthorsOptions, read: BlameRead, readFrom: ReadonlyMap<string, string> = new Map(), place?: { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined }): SiteMessage[] {
  const messages: SiteMessage[] = [];
  const excluded = (src: string) => options.exclude.some((pattern) => pattern.test(src));
  let tally: AuthorTally | undefined;
  if (read.kind === 'unavailable') {
    // The plugin raises unless `fallback_to_empty`: then its tags are emptied and no authors drawn.
    if (!options.fallbackToEmpty) {
      messages.push({ severity: 'error', message: `${GIT_AUTHORS_PLUGIN} plugin: unable to read git blame of ${docsDir} (${read.reason}); to build without authors, set its option 'fallback_to_empty: true'`, ...(place ?? { file: docsDir }) });
      return messages;
    }
    messages.push({ severity: 'warning', message: `${GIT_AUTHORS_PLUGIN} plugin: unable to find a git directory and/or git is not installed (${read.reason}); 'fallback_to_empty' is true: falling back to an empty authors list`, ...(place ?? { file: docsDir }) });
  } else {
    tally = tallyAuthors(read.pages, options);
    for (const [src, lines] of read.pages) {
      if (lines === undefined) messages.push({ severity: options.strict ? 'warning' : 'info', message: `${GIT_AUTHORS_PLUGIN} plugin: ${src} has not been committed yet; its lines are not counted`, file: path.join(docsDir, src) });
    }
  }
  const siteSummary = tally ? siteAuthorsSummary(tally, options) : '';
  for (const [page, result] of rendered) {
    const src = readFrom.get(page) ?? page;
    if (excluded(src)) continue;
    const authors = tally ? pageAuthorsOf(tally, src, options) : [];
    const pageSummary = tally ? pageAuthorsSummary(tally, src, options, authors) : '';
    const html = rewriteHtml(result.html, (slice) => slice.includes('{{'), (text) => text.replace(SITE_TAG, () => siteSummary).replace(PAGE_TAG, () => pageSummary));
    // With fallback_to_empty the plugin sets no template variables: no authors are drawn.
    const gitAuthors: PageAuthors | undefined = tally && { authors: authors.map((author) => pageAuthor(tally, author, src)), showEmail: options.showEmailAddress, pageSummary, siteSummary };
    rendered.set(page, { ...result, html, ...(gitAuthors ? { gitAuthors } : {}) });
  }
  return messages;
}

function pageAuthor(tally: AuthorTally, author: Author, src: string): PageAuthor {
  return { name: author.name, email: author.email, lines: author.pages.get(src) ?? 0, lines_all_pages: author.lines, contribution: shareText(tally, author, src), contribution_all_pages: shareText(tally, author) };
}
