/**
 * src/site/git-history.ts: each file's last update and creation from one `git log` over
 * docs_dir, renames followed (or not) as the plugin's `enable_git_follow` does; and a real
 * repository read with two git processes.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { datesFromLog, parseLog, readGitHistory } from '../../src/site/git-history.ts';

type Change = [status: string, file: string, to?: string];

/** `git log --name-status -z --format=%x01%H %at` output for commits given newest first. */
function log(...commits: Array<{ hash: string; time: number; changes: Change[] }>): string {
  return commits.map((c) => `\x01${c.hash} ${String(c.time)}\0\n${c.changes.map((change) => `${change.join('\0')}\0`).join('')}`).join('');
}

const follow = { follow: true };

describe('parseLog', () => {
  test('should read hashes, times, statuses and both names of a rename, NUL-separated names with spaces and accents as they are', () => {
    const commits = parseLog(log({ hash: 'c2', time: 20, changes: [['R100', 'old name.md', 'é x.md'], ['M', 'a.md']] }, { hash: 'c1', time: 10, changes: [['A', 'a.md']] }));
    assert.deepEqual(commits, [
      { hash: 'c2', time: 20, changes: [{ status: 'R', path: 'old name.md', to: 'é x.md' }, { status: 'M', path: 'a.md' }] },
      { hash: 'c1', time: 10, changes: [{ status: 'A', path: 'a.md' }] },
    ]);
  });

  test('should read a commit that changed nothing under docs_dir (a merge) as one without changes', () => {
    assert.deepEqual(parseLog(log({ hash: 'm', time: 5, changes: [] })), [{ hash: 'm', time: 5, changes: [] }]);
  });
});

describe('datesFromLog', () => {
  test('should take the newest change as the update and the oldest add as the creation', () => {
    const dates = datesFromLog(parseLog(log({ hash: 'c3', time: 30, changes: [['M', 'a.md']] }, { hash: 'c2', time: 20, changes: [['M', 'a.md'], ['A', 'b.md']] }, { hash: 'c1', time: 10, changes: [['A', 'a.md']] })), follow);
    assert.deepEqual(dates.get('a.md'), { updated: 30, updatedHash: 'c3', created: 10, createdHash: 'c1' });
    assert.deepEqual(dates.get('b.md'), { updated: 20, updatedHash: 'c2', created: 20, createdHash: 'c2' });
  });

  test('should follow a rename back to the older name with follow, the rename counting as an update', () => {
    const commits = parseLog(log({ hash: 'c3', time: 30, changes: [['R100', 'old.md', 'new.md']] }, { hash: 'c2', time: 20, changes: [['M', 'old.md']] }, { hash: 'c1', time: 10, changes: [['A', 'old.md']] }));
    assert.deepEqual(datesFromLog(commits, follow).get('new.md'), { updated: 30, updatedHash: 'c3', created: 10, createdHash: 'c1' });
    assert.equal(datesFromLog(commits, follow).has('old.md'), false, 'the old name is no file of the site now');
  });

  test('should not follow renames without follow: git lists them as a delete and an add (--no-renames), so the rename creates the page', () => {
    const commits = parseLog(log({ hash: 'c3', time: 30, changes: [['D', 'old.md'], ['A', 'new.md']] }, { hash: 'c1', time: 10, changes: [['A', 'old.md']] }));
    assert.deepEqual(datesFromLog(commits, { follow: false }).get('new.md'), { updated: 30, updatedHash: 'c3', created: 30, createdHash: 'c3' });
    assert.equal(datesFromLog(commits, { follow: false }).has('old.md'), false);
  });

  test('should give a new file at a name another file was renamed away from the oldest add of that name, as `git log --follow --diff-filter=A` does for the plugin', () => {
    const commits = parseLog(log({ hash: 'c3', time: 30, changes: [['A', 'a.md']] }, { hash: 'c2', time: 20, changes: [['R100', 'a.md', 'b.md']] }, { hash: 'c1', time: 10, changes: [['A', 'a.md']] }));
    const dates = datesFromLog(commits, follow);
    assert.deepEqual(dates.get('a.md'), { updated: 30, updatedHash: 'c3', created: 10, createdHash: 'c1' });
    assert.deepEqual(dates.get('b.md'), { updated: 20, updatedHash: 'c2', created: 10, createdHash: 'c1' });
  });

  test('should forget a file deleted in its newest change, and take the oldest add of one deleted and added again', () => {
    const commits = parseLog(log({ hash: 'c4', time: 40, changes: [['D', 'gone.md'], ['A', 'back.md']] }, { hash: 'c3', time: 30, changes: [['D', 'back.md']] }, { hash: 'c2', time: 20, changes: [['A', 'back.md']] }, { hash: 'c1', time: 10, changes: [['A', 'gone.md']] }));
    const dates = datesFromLog(commits, follow);
    assert.equal(dates.has('gone.md'), false);
    assert.deepEqual(dates.get('back.md'), { updated: 40, updatedHash: 'c4', created: 20, createdHash: 'c2' });
  });

  test('should skip ignored commits (hash prefixes) for the update, never for the creation', () => {
    const commits = parseLog(log({ hash: 'abc123', time: 30, changes: [['M', 'a.md']] }, { hash: 'def456', time: 10, changes: [['A', 'a.md']] }));
    assert.deepEqual(datesFromLog(commits, { follow: true, ignored: ['abc'] }).get('a.md'), { updated: 10, updatedHash: 'def456', created: 10, createdHash: 'def456' });
    assert.deepEqual(datesFromLog(commits, { follow: true, ignored: ['def'] }).get('a.md'), { updated: 30, updatedHash: 'abc123', created: 10, createdHash: 'def456' });
  });
});

/** `git args` in `cwd` at a fixed time (author and committer), as a user would commit. */
function git(cwd: string, args: string[], date = '2024-01-02T10:00:00Z'): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

describe('readGitHistory', () => {
  test('should read a repository whose docs_dir is a subfolder: docs-relative names, renames followed, uncommitted files missing', () => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-git-')));
    mkdirSync(path.join(root, 'docs', 'sub'), { recursive: true });
    writeFileSync(path.join(root, 'README.md'), 'outside docs_dir\n');
    writeFileSync(path.join(root, 'docs', 'index.md'), '# Home\n');
    writeFileSync(path.join(root, 'docs', 'sub', 'old.md'), '# Old\n');
    git(root, ['init', '-q']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'first'], '2024-01-02T10:00:00Z');
    git(root, ['mv', 'docs/sub/old.md', 'docs/sub/été.md']);
    git(root, ['commit', '-qm', 'rename'], '2024-03-04T10:00:00Z');
    writeFileSync(path.join(root, 'README.md'), 'changed outside docs_dir\n');
    git(root, ['commit', '-qam', 'outside'], '2024-05-06T10:00:00Z');
    writeFileSync(path.join(root, 'docs', 'new.md'), '# New\n');

    const history = readGitHistory(path.join(root, 'docs'), follow);
    assert.equal(history.kind, 'read');
    if (history.kind !== 'read') return;
    assert.deepEqual(history.refFiles, [path.join(root, '.git', 'HEAD'), path.join(root, '.git', 'packed-refs'), path.join(root, '.git', 'refs', 'heads')]);
    assert.equal(history.shallow, false);
    const seconds = (iso: string) => Date.parse(iso) / 1000;
    assert.equal(history.files.get('index.md')?.updated, seconds('2024-01-02T10:00:00Z'));
    assert.deepEqual([history.files.get('sub/été.md')?.updated, history.files.get('sub/été.md')?.created], [seconds('2024-03-04T10:00:00Z'), seconds('2024-01-02T10:00:00Z')]);
    assert.equal(history.files.has('new.md'), false, 'never committed');
    assert.equal(history.last?.time, seconds('2024-03-04T10:00:00Z'), 'the site revision: the newest commit under docs_dir, not the README change');
  });

  test("should give each update's day in its author's time zone, as `git log --date=short --format=%ad` does", () => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-gitday-')));
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs', 'late.md'), '# Late\n');
    git(root, ['init', '-q']);
    git(root, ['add', '-A']);
    // 23:30 in New York is the next day in UTC.
    git(root, ['commit', '-qm', 'late'], '2024-01-02T23:30:00-05:00');
    const history = readGitHistory(path.join(root, 'docs'), { follow: false });
    assert.equal(history.kind === 'read' ? history.files.get('late.md')?.updatedDay : undefined, '2024-01-02');
  });

  test('should say why there is no history outside a repository', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-nogit-'));
    // GIT_CEILING_DIRECTORIES is not ours to set here: the temporary folder must simply be outside any repository.
    const history = readGitHistory(root, follow);
    assert.equal(history.kind, 'unavailable');
    if (history.kind !== 'unavailable') return;
    assert.match(history.reason, /not a git repository/);
    // `git init` there or above makes the next build read the history, not replay this one's error.
    const real = realpathSync(root);
    assert.equal(history.refFiles[0], path.join(real, '.git'));
    assert.equal(history.refFiles.at(-1), path.join(path.parse(real).root, '.git'));
    assert.equal(history.refFiles.length, real.split(path.sep).filter(Boolean).length + 1);
  });

  test('should name the refs of a repository without commits, which its first commit changes', () => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-nocommit-')));
    git(root, ['init', '-q']);
    const history = readGitHistory(root, follow);
    assert.equal(history.kind, 'unavailable');
    if (history.kind === 'unavailable') assert.deepEqual(history.refFiles, [path.join(root, '.git', 'HEAD'), path.join(root, '.git', 'packed-refs'), path.join(root, '.git', 'refs', 'heads')]);
  });

  test('should say docs_dir cannot be read when it does not exist', () => {
    assert.deepEqual(readGitHistory(path.join(os.tmpdir(), 'mkdocs-astro-missing-docs-dir-x'), follow).kind, 'unavailable');
  });
});
