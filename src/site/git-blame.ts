/**
 * Who wrote each line of the pages, from `git blame --porcelain`, as mkdocs-git-authors-plugin
 * reads it (its git/page.py): one git process per page file, as the plugin runs, but several at
 * once and asynchronously, so that the blame runs while the pages are rendered. A page git
 * cannot blame (not committed, or empty) has no lines; where git itself cannot answer (no git,
 * not a repository) the whole read is unavailable, with the reason.
 *
 *   await readBlame('/p/docs', ['index.md'], {}) // { kind: 'read', pages: Map { 'index.md' => [{ name: 'Ada', email: 'ada@x.org', empty: false }] }, ... }
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { GIT_MISSING, gitDirsAbove, gitEnvironment } from './git-history.ts';

export interface BlamedLine {
  readonly name: string;
  /** Without its `<>`, lower-cased (emails are not case-sensitive, as the plugin says). */
  readonly email: string;
  /** The line is empty (`count_empty_lines: false` leaves it out). */
  readonly empty: boolean;
}

export type BlameRead =
  | {
      readonly kind: 'read';
      /** By docs-relative path; undefined for a page git has no lines for (not committed, or empty). */
      readonly pages: ReadonlyMap<string, readonly BlamedLine[] | undefined>;
      /** HEAD and the branch refs, absolute: a commit changes the authors, not the sources. */
      readonly refFiles: readonly string[];
    }
  | {
      readonly kind: 'unavailable';
      readonly reason: string;
      /** The `.git` git would find in docs_dir or above: `git init` makes the next build read the blame. */
      readonly refFiles: readonly string[];
    };

type GitAnswer = { ok: true; out: string } | { ok: false; reason: string };

function git(args: readonly string[], cwd: string): Promise<GitAnswer> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: gitEnvironment() }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, out: stdout });
      const code = 'code' in error ? error.code : undefined;
      if (code === 'ENOENT') return resolve({ ok: false, reason: GIT_MISSING });
      resolve({ ok: false, reason: stderr.trim().split('\n')[0] || error.message });
    });
  });
}

/** Each blamed line's author from `git blame --porcelain` output (a commit's author is given once, at its first line). */
export function parseBlame(out: string): BlamedLine[] {
  const authors = new Map<string, { name: string; email: string }>();
  const lines: BlamedLine[] = [];
  let sha = '';
  let name = '';
  let email = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('\t')) {
      let author = authors.get(sha);
      if (!author) {
        author = { name, email: email.replace(/[<>]/g, '').toLowerCase() };
        authors.set(sha, author);
      }
      lines.push({ ...author, empty: line.length === 1 });
    } else if (/^[0-9a-f]{40} /.test(line)) {
      sha = line.slice(0, 40);
    } else if (line.startsWith('author ')) {
      name = line.slice('author '.length);
    } else if (line.startsWith('author-mail ')) {
      email = line.slice('author-mail '.length);
    }
  }
  return lines;
}

export interface BlameOptions {
  /** git's `--ignore-revs-file` (the plugin's `ignore_commits`). */
  readonly ignoreRevsFile?: string | undefined;
  /**
   * A last read of the same pages and only these of them blamed again: `serve` after a save,
   * which commits nothing, so only the pages whose text changed have other lines.
   */
  readonly again?: { readonly last: BlameRead; readonly pages: readonly string[] } | undefined;
}

/** Every page's blamed lines; the pages are blamed a few at a time, each from the docs_dir's real path. */
export async function readBlame(docsDir: string, pages: readonly string[], options: BlameOptions): Promise<BlameRead> {
  let cwd: string;
  try {
    cwd = realpathSync(docsDir);
  } catch {
    return { kind: 'unavailable', reason: `docs_dir ${docsDir} cannot be read`, refFiles: [] };
  }
  const where = await git(['rev-parse', '--absolute-git-dir', '--git-common-dir'], cwd);
  if (!where.ok) return { kind: 'unavailable', reason: where.reason, refFiles: gitDirsAbove(cwd) };
  const [gitDir = '', commonDir = ''] = where.out.trim().split('\n');
  const common = path.resolve(cwd, commonDir);
  const refFiles = [path.join(gitDir, 'HEAD'), path.join(common, 'packed-refs'), path.join(common, 'refs', 'heads')];
  const ignore = options.ignoreRevsFile ? ['--ignore-revs-file', options.ignoreRevsFile] : [];
  const found = new Map<string, readonly BlamedLine[] | undefined>();
  // Pages not blamed again keep the last read's lines.
  const last = options.again?.last.kind === 'read' ? options.again.last : undefined;
  const again = new Set(options.again?.pages);
  const todo = last ? pages.filter((src) => again.has(src) || !last.pages.has(src)) : pages;
  if (last) for (const src of pages) if (!again.has(src) && last.pages.has(src)) found.set(src, last.pages.get(src));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const src = todo[next++] ?? '';
      const blame = await git(['blame', ...ignore, '--porcelain', '--', path.join(cwd, src)], cwd);
      const lines = blame.ok ? parseBlame(blame.out) : [];
      found.set(src, lines.length > 0 ? lines : undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(todo.length, Math.max(2, availableParallelism())) }, worker));
  // In the pages' order, which decides an author's name (the first one met) as the plugin's does.
  return { kind: 'read', pages: new Map(pages.map((src) => [src, found.get(src)])), refFiles };
}
