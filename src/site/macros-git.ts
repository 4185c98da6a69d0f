/**
 * The macros plugin's `git` variable (its context.py get_git_info): the project's last commit,
 * read with git the first time a page reads any of it (one set of git commands per render
 * thread, none for a site whose pages never ask). Reading it tells `onRead`, so the page is
 * rendered again at the next build: a new commit changes no file the render cache hashes.
 *
 *   {{ git.short_commit }} on {{ git.branch }}, {{ git.date }}   -> 'a1b2c3d on main, 2026-12-03 09:25:00.000000'
 */
import { execFileSync } from 'node:child_process';
import { nowValue } from './macros-builtins.ts';

const LAST_COMMIT = ['log', '-1'];

/** The plugin's keys and the git command each comes from. */
const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  short_commit: ['rev-parse', '--short', 'HEAD'],
  commit: ['rev-parse', 'HEAD'],
  tag: ['describe', '--tags'],
  branch: ['rev-parse', '--abbrev-ref', 'HEAD'],
  short_tag: ['describe', '--tags', '--abbrev=0'],
  author: [...LAST_COMMIT, '--pretty=format:%an'],
  author_email: [...LAST_COMMIT, '--pretty=format:%ae'],
  committer: [...LAST_COMMIT, '--pretty=format:%cn'],
  committer_email: [...LAST_COMMIT, '--pretty=format:%ce'],
  date_ISO: [...LAST_COMMIT, '--pretty=format:%cd'],
  message: [...LAST_COMMIT, '--pretty=format:%B'],
  raw: LAST_COMMIT,
  root_dir: ['rev-parse', '--show-toplevel'],
};

/** Each value as the plugin has it: '' where git fails (no repository, no tag), `status` true when any command worked. */
function readGit(projectDir: string): Record<string, unknown> {
  const info: Record<string, unknown> = { status: false, date: null };
  for (const [key, args] of Object.entries(COMMANDS)) {
    try {
      info[key] = execFileSync('git', [...args], { cwd: projectDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
      info['status'] = true;
    } catch {
      info[key] = '';
    }
  }
  // `%ci` is ISO 8601, which Date reads; `date_ISO` stays git's default format, as the plugin's does.
  try {
    const iso = execFileSync('git', [...LAST_COMMIT, '--pretty=format:%cI'], { cwd: projectDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    if (iso !== '') info['date'] = nowValue(new Date(iso));
  } catch {
    // No commit: date stays None, as in the plugin.
  }
  return info;
}

/** The `git` variable: its values are read on first use, and each read calls `onRead`. */
export function lazyGitInfo(projectDir: string, onRead: () => void): Readonly<Record<string, unknown>> {
  let info: Record<string, unknown> | undefined;
  const git: Record<string, unknown> = {};
  for (const key of ['status', 'date', ...Object.keys(COMMANDS)]) {
    Object.defineProperty(git, key, {
      enumerable: true,
      get() {
        onRead();
        info ??= readGit(projectDir);
        return info[key];
      },
    });
  }
  return git;
}
