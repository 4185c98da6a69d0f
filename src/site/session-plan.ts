/**
 * Which pipeline stages a change of some files makes stale, for `serve` (src/site/session.ts
 * runs them): a pure decision over what the last run knew about the site. Each changed file
 * names the first stage that reads it; the earliest named wins and every stage after it runs
 * again. Where a file's role is not known for sure, the answer is to re-run more, never less:
 *
 *   mkdocs.yml or an INHERIT parent, a `watch:` entry, anything unknown,
 *     a file the plugins read with the config (include_yaml, a
 *     markdownextradata data folder's file, even inside docs_dir)        → load (everything)
 *   a page added, removed or renamed; any new file under docs_dir,
 *     a blog post (its URL comes from its front matter and title),
 *     custom_dir or assets/ (the file list, hence the link index);
 *     an awesome-pages `.pages` file (listed by discover, read by nav)   → discover
 *   a custom icon (its SVG is drawn in pages and theme)                   → render, new icon index, no cache
 *   a page's content; a file a page included (snippet, glossary);
 *     an unknown file under a snippets base_path                           → render (the render cache
 *                                                                            re-renders exactly the pages whose
 *                                                                            own bytes or reads changed)
 *   a `.meta.yml` whose content changed                                    → meta
 *   a custom_dir template or partial (`*.html`): read by the model stage  → model
 *   a static file whose content changed (CSS, image, JS)                   → nothing: it is served from disk
 *
 *   planUpdate(['/p/docs/a.md'], view)  // { from: 'render', freshIcons: false }
 */
import path from 'node:path';
import { contains } from './output-dir.ts';

/** The stages `serve` can re-run from, in pipeline order. */
export const STAGES = ['load', 'discover', 'render', 'meta', 'nav', 'tags', 'blog', 'links', 'model'] as const;
export type StageName = (typeof STAGES)[number];

/** What the last run knew, as absolute paths. */
export interface SiteView {
  /** mkdocs.yml and its INHERIT parents. */
  readonly configFiles: readonly string[];
  readonly docsDir: string;
  /** Every page's file. */
  readonly pages: ReadonlySet<string>;
  /** The blog plugin's posts folder (`docs/blog/posts`), when the plugin is on. */
  readonly postsDir?: string | undefined;
  /** The meta plugin's file name (`.meta.yml`) when the plugin is on. */
  readonly metaFile: string | undefined;
  /** Every meta file found. */
  readonly metaFiles: ReadonlySet<string>;
  /** The source of every static file. */
  readonly staticFiles: ReadonlySet<string>;
  readonly customDir: string | undefined;
  /** The project's `assets/` folder (static files served at `/assets/`). */
  readonly assetsDir: string;
  readonly iconDirs: readonly string[];
  /** Every file some page included when it was rendered. */
  readonly includes: ReadonlySet<string>;
  /** Every snippets base_path. */
  readonly snippetBases: readonly string[];
  /** Files and folders the plugins read with the config (macros' include_yaml, markdownextradata's data folders). */
  readonly dataInputs?: readonly string[] | undefined;
}

export interface UpdatePlan {
  /** The first stage to run again; undefined: no stage (reload the browser only). */
  readonly from: StageName | undefined;
  /** The icon index (and every page drawn with it) must be made anew. */
  readonly freshIcons: boolean;
}

/** Stages re-run for a change of `changed` (absolute paths); `exists` is asked whether a file is still there. */
export function planUpdate(changed: readonly string[], view: SiteView, exists: (file: string) => boolean): UpdatePlan {
  let from: StageName | undefined;
  let freshIcons = false;
  for (const file of changed) {
    for (const need of needsOf(path.resolve(file), view, exists)) {
      if (need === undefined) continue;
      if (need === 'icons') freshIcons = true;
      const stage = need === 'icons' ? 'render' : need;
      if (from === undefined || STAGES.indexOf(stage) < STAGES.indexOf(from)) from = stage;
    }
  }
  return { from, freshIcons };
}

type Need = StageName | 'icons' | undefined;

/** The first stage that reads `file` in each role it has (a page may be a snippet too). */
function needsOf(file: string, view: SiteView, exists: (file: string) => boolean): Need[] {
  const needs: Need[] = [];
  if (view.configFiles.includes(file)) needs.push('load');
  if (view.dataInputs?.some((input) => contains(input, file))) needs.push('load');
  if (view.iconDirs.some((dir) => contains(dir, file))) needs.push('icons');
  if (view.includes.has(file)) needs.push('render');
  const known = (set: ReadonlySet<string>) => set.has(file) && exists(file);
  let placed = false;
  if (contains(view.docsDir, file)) {
    placed = true;
    // A post's date, slug or title may move it to another URL: discover reads them.
    if (view.postsDir !== undefined && contains(view.postsDir, file)) needs.push('discover');
    else if (view.pages.has(file)) needs.push(exists(file) ? 'render' : 'discover');
    else if (view.metaFile !== undefined && path.basename(file) === view.metaFile) needs.push(known(view.metaFiles) ? 'meta' : 'discover');
    else needs.push(known(view.staticFiles) ? undefined : 'discover');
  }
  if (view.customDir !== undefined && contains(view.customDir, file)) {
    placed = true;
    // Templates are not static files (MkDocs does not copy them); the model stage lists and reads them anew.
    if (file.endsWith('.html')) needs.push('model');
    else needs.push(known(view.staticFiles) ? undefined : 'discover');
  }
  if (contains(view.assetsDir, file)) {
    placed = true;
    needs.push(known(view.staticFiles) ? undefined : 'discover');
  }
  // Not a page, template or static file: a snippet no page has read yet (a page that could not
  // find it warned, and warned pages are always rendered again), or something we do not know.
  if (!placed && needs.length === 0) needs.push(view.snippetBases.some((base) => contains(base, file)) ? 'render' : 'load');
  return needs;
}

