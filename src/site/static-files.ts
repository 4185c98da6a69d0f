/**
 * Files copied into the built site as they are: non-Markdown files of docs_dir, the theme's
 * custom_dir (minus templates, as MkDocs does), and the project's top-level `assets/` folder
 * served at `/assets/` (our convention for content that keeps its images beside mkdocs.yml).
 * Later sources do not override earlier ones: docs_dir wins, as in MkDocs.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface StaticFile {
  /** Absolute source path. */
  readonly from: string;
  /** Site-relative destination, POSIX. */
  readonly to: string;
}

/** MkDocs skips these when copying theme folders: templates and Python files. */
const THEME_SKIP = /(^|\/)(\.[^/]*|mkdocs_theme\.yml|[^/]*\.(html|py|pyc))$/;

function walk(root: string, prefix: string, skip: RegExp | undefined, out: Map<string, StaticFile>): void {
  if (!existsSync(root) || !statSync(root).isDirectory()) return;
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const rel = entry.split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.'))) continue;
    if (skip?.test(rel)) continue;
    const from = path.join(root, entry);
    if (!statSync(from).isFile()) continue;
    const to = prefix + rel;
    if (!out.has(to)) out.set(to, { from, to });
  }
}

export interface StaticSources {
  readonly docsDir: string;
  /** docs-relative non-Markdown files, from discovery. */
  readonly docsAssets: readonly string[];
  readonly customDir?: string | undefined;
  readonly projectDir: string;
}

export function collectStaticFiles(sources: StaticSources): StaticFile[] {
  const out = new Map<string, StaticFile>();
  for (const rel of sources.docsAssets) out.set(rel, { from: path.join(sources.docsDir, rel), to: rel });
  if (sources.customDir) walk(sources.customDir, '', THEME_SKIP, out);
  const projectAssets = path.join(sources.projectDir, 'assets');
  if (path.resolve(projectAssets) !== path.resolve(sources.docsDir, 'assets')) walk(projectAssets, 'assets/', undefined, out);
  return [...out.values()].sort((a, b) => a.to.localeCompare(b.to));
}
