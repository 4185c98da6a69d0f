/**
 * When each page's Markdown file was last changed and first added, from git, for the
 * git-revision-date-localized plugin (src/site/revision-dates.ts). The plugin asks git once per
 * page (`git log -n 1 --follow -- page.md`); a site has thousands of pages, so here two
 * processes answer for the whole docs_dir: `git rev-parse` (is this a repository, where is its
 * git folder) and one `git log` over docs_dir, read newest first:
 *
 *   \x01<hash> <author time> <author day>\0\n M\0a.md\0 R100\0old.md\0new.md\0 ...
 *
 * A page's last update is the newest commit that changed it (a rename too, as the plugin 1.4's
 * `git log --follow` finds it); its creation is the oldest commit that added it. With `follow`
 * (the plugin's `enable_git_follow`, `--follow`) a rename hands the page's history over to its
 * older name; without it renames are not detected, so the rename is the commit that added it.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Unix seconds (git's `%at`, the author time, as the plugin reads it). */
export interface FileDates {
  readonly updated: number;
  readonly updatedHash: string;
  /** The update's day in its author's time zone (`%ad` with `--date=short`, as git-revision-date reads it). */
  readonly updatedDay?: string | undefined;
  readonly created: number;
  readonly createdHash: string;
}

export type GitHistory =
  | {
      readonly kind: 'read';
      /** By docs-relative path (`/`-separated); a file no commit touched is missing. */
      readonly files: ReadonlyMap<string, FileDates>;
      /**
       * The files a commit, pull or checkout changes (HEAD, the branch refs), absolute: a build
       * whose sources are unchanged is still not up to date after one (src/cli/up-to-date.ts).
       */
      readonly refFiles: readonly string[];
      readonly shallow: boolean;
      /** The newest commit that changed docs_dir (the plugin's site revision), if any did. */
      readonly last: { readonly time: number; readonly hash: string } | undefined;
    }
  | {
      readonly kind: 'unavailable';
      readonly reason: string;
      /**
       * The files whose change could make the history readable, absolute: outside a repository
       * the `.git` git would find in docs_dir or a folder above it, in a repository without
       * commits its refs. `git init` and a first commit then make the next build read it, not
       * say the last build's error again as up to date (src/cli/up-to-date.ts).
       */
      readonly refFiles: readonly string[];
    };

export interface HistoryOptions {
  /** Follow renames (`enable_git_follow`, the plugin's default). */
  readonly follow: boolean;
  /** Commits (hash prefixes) that do not count as an update (`ignored_commits_file`). */
  readonly ignored?: readonly string[] | undefined;
}

/** What a build says when there is no `git` to run. */
export const GIT_MISSING = 'git is not installed (no `git` command on the PATH)';

/** The environment git runs with: ours, and never a prompt for credentials on a terminal. */
export function gitEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0' };
}

/** Git's answer, or why there is none (git missing, not a repository, a failed command). */
function git(args: readonly string[], cwd: string): { ok: true; out: string } | { ok: false; reason: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: gitEnvironment() });
  if (result.error) {
    const code = 'code' in result.error ? result.error.code : undefined;
    return { ok: false, reason: code === 'ENOENT' ? GIT_MISSING : `git could not be run: ${result.error.message}` };
  }
  if (result.status !== 0) return { ok: false, reason: result.stderr.trim().split('\n')[0] ?? `git exited with ${String(result.status)}` };
  return { ok: true, out: result.stdout };
}

/**
 * The dates of every file under `docsDir` that git knows, in two git processes.
 *
 * @example readGitHistory('/p/docs', { follow: true }) // { kind: 'read', files: Map { 'index.md' => { updated: 1764720000, ... } }, ... }
 */
export function readGitHistory(docsDir: string, options: HistoryOptions): GitHistory {
  let cwd: string;
  try {
    // The plugin reads the real path: a docs_dir that is a link into a repository is that repository's.
    cwd = realpathSync(docsDir);
  } catch {
    return { kind: 'unavailable', reason: `docs_dir ${docsDir} cannot be read`, refFiles: [] };
  }
  const where = git(['rev-parse', '--absolute-git-dir', '--git-common-dir', '--is-shallow-repository'], cwd);
  if (!where.ok) return { kind: 'unavailable', reason: where.reason, refFiles: gitDirsAbove(cwd) };
  const [gitDir = '', commonDir = '', shallow = ''] = where.out.trim().split('\n');
  // A worktree has its own HEAD; the branches live in the common git folder.
  const common = path.resolve(cwd, commonDir);
  const refFiles = [path.join(gitDir, 'HEAD'), path.join(common, 'packed-refs'), path.join(common, 'refs', 'heads')];
  // -z: names as they are (no quoting of non-ASCII); --relative with `.`: only docs_dir, named from it.
  const log = git(['-c', 'core.quotepath=off', 'log', '--relative', options.follow ? '-M' : '--no-renames', '--name-status', '-z', '--no-show-signature', '--date=short', '--format=%x01%H %at %ad', '--', '.'], cwd);
  if (!log.ok) return { kind: 'unavailable', reason: log.reason, refFiles };
  const commits = parseLog(log.out);
  const last = commits[0] && { time: commits[0].time, hash: commits[0].hash };
  return { kind: 'read', files: datesFromLog(commits, options), refFiles, shallow: shallow === 'true', last };
}

/** `.git` in `dir` and in every folder above it, where git looks for a repository. */
export function gitDirsAbove(dir: string): string[] {
  const found: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    found.push(path.join(at, '.git'));
    if (path.dirname(at) === at) return found;
  }
}

interface Change {
  readonly status: string;
  readonly path: string;
  /** A rename's new name (`path` is the old one). */
  readonly to?: string | undefined;
}

export interface Commit {
  readonly hash: string;
  readonly time: number;
  /** `YYYY-MM-DD` in the author's time zone, when the log gives it. */
  readonly day?: string | undefined;
  readonly changes: Change[];
}

/** The `git log` output above as commits, newest first. */
export function parseLog(out: string): Commit[] {
  const commits: Commit[] = [];
  for (const chunk of out.split('\x01')) {
    if (chunk === '') continue;
    const fields = chunk.split('\0');
    const [hash = '', time = '', day] = (fields[0] ?? '').split(' ');
    const changes: Change[] = [];
    for (let i = 1; i < fields.length; i++) {
      const status = (fields[i] ?? '').trim();
      if (status === '') continue;
      if (/^[RC]/.test(status)) {
        changes.push({ status: status[0] ?? '', path: fields[i + 1] ?? '', to: fields[i + 2] ?? '' });
        i += 2;
      } else {
        changes.push({ status: status[0] ?? '', path: fields[i + 1] ?? '' });
        i += 1;
      }
    }
    commits.push({ hash, time: Number(time), ...(day ? { day } : {}), changes });
  }
  return commits;
}

/**
 * Each file's dates from the log, newest commit first. Every file alive now is followed back
 * through its older names (a rename `R old new` seen while following `new` follows `old` in the
 * older commits); two files may share an old name.
 */
export function datesFromLog(commits: readonly Commit[], options: HistoryOptions): Map<string, FileDates> {
  const ignored = options.ignored ?? [];
  const updated = new Map<string, { time: number; hash: string; day?: string | undefined }>();
  const created = new Map<string, { time: number; hash: string }>();
  // Which current files a name stands for at this point of history.
  const names = new Map<string, string[]>();
  const following = (name: string): string[] => {
    let files = names.get(name);
    if (!files) {
      // A name first met (newest first) is a file alive now, unless the newest change deleted it.
      files = [name];
      names.set(name, files);
    }
    return files;
  };
  for (const commit of commits) {
    const moves: Array<{ from: string; to: string }> = [];
    for (const change of commit.changes) {
      if (change.status === 'D' && !names.has(change.path)) {
        // Deleted in its newest change: no file of the site now, so the name follows none (an
        // add after the delete would have been met first, newest first, and made it a file).
        names.set(change.path, []);
        continue;
      }
      const renamed = change.status === 'R' && change.to !== undefined;
      // Only with follow: the older name carries the history on (a rename is not an add).
      if (renamed) moves.push({ from: change.path, to: change.to ?? '' });
      for (const file of following(renamed ? (change.to ?? '') : change.path)) {
        // A rename counts as an update, as in the plugin 1.4 (its newest non-ignored commit of `git log --follow`).
        if (!updated.has(file) && !ignored.some((prefix) => commit.hash.startsWith(prefix))) updated.set(file, { time: commit.time, hash: commit.hash, day: commit.day });
        // Oldest add wins: the log is read newest first.
        if (change.status === 'A') created.set(file, { time: commit.time, hash: commit.hash });
      }
    }
    for (const move of moves) {
      const files = following(move.to);
      names.set(move.to, []);
      names.set(move.from, [...(names.get(move.from) ?? []), ...files]);
    }
  }
  const dates = new Map<string, FileDates>();
  for (const [file, last] of updated) {
    const first = created.get(file) ?? last;
    dates.set(file, { updated: last.time, updatedHash: last.hash, ...(last.day ? { updatedDay: last.day } : {}), created: first.time, createdHash: first.hash });
  }
  return dates;
}
