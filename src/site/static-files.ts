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

/** A file that cannot be copied (a dangling symlink, a link loop): skipped, and said so. */
export interface StaticFileProblem {
  readonly file: string;
  readonly message: string;
}

function walk(root: string, prefix: string, skip: RegExp | undefined, out: Map<string, StaticFile>, problems: StaticFileProblem[]): void {
  if (!existsSync(root) || !statSync(root).isDirectory()) return;
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const rel = entry.split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.'))) continue;
    if (skip?.test(rel)) continue;
    const from = path.join(root, entry);
    const kind = fileKind(from);
    if (typeof kind === 'object') {
      problems.push({ file: from, message: kind.problem });
      continue;
    }
    if (kind !== 'file') continue;
    const to = prefix + rel;
    if (!out.has(to)) out.set(to, { from, to });
  }
}

/** `file`, `other` (a folder...), or why the entry cannot be read through. */
function fileKind(file: string): 'file' | 'other' | { problem: string } {
  try {
    return statSync(file).isFile() ? 'file' : 'other';
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') return { problem: 'broken symbolic link: its target does not exist; the file is not copied' };
    if (code === 'ELOOP') return { problem: 'symbolic link loop; the file is not copied' };
    return { problem: `cannot read: ${error instanceof Error ? error.message : String(error)}; the file is not copied` };
  }
}

export interface StaticSources {
  readonly docsDir: string;
  /** docs-relative non-Markdown files, from discovery. */
  readonly docsAssets: readonly string[];
  /** Where a docs asset is written when not at its own path (the i18n plugin's languages); undefined: not written. */
  readonly placeAsset?: ((rel: string) => string | undefined) | undefined;
  readonly customDir?: string | undefined;
  readonly projectDir: string;
}

export function collectStaticFiles(sources: StaticSources): { files: StaticFile[]; problems: StaticFileProblem[] } {
  const out = new Map<string, StaticFile>();
  const problems: StaticFileProblem[] = [];
  for (const rel of sources.docsAssets) {
    const to = sources.placeAsset ? sources.placeAsset(rel) : rel;
    if (to !== undefined) out.set(to, { from: path.join(sources.docsDir, rel), to });
  }
  if (sources.customDir) walk(sources.customDir, '', THEME_SKIP, out, problems);
  const projectAssets = path.join(sources.projectDir, 'assets');
  if (path.resolve(projectAssets) !== path.resolve(sources.docsDir, 'assets')) walk(projectAssets, 'assets/', undefined, out, problems);
  return { files: [...out.values()].sort((a, b) => a.to.localeCompare(b.to)), problems };
}
