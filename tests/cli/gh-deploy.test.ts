/**
 * gh-deploy's git part (src/cli/gh-deploy.ts) on a real repository with a bare remote, without
 * a build: a site folder made here is committed to the deploy branch byte for byte, with
 * `.nojekyll`, without our cache, on top of the last deployment; the user's working tree, index
 * and checked-out branch are never touched.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, test } from 'node:test';
import { deploySite, type DeployRequest } from '../../src/cli/gh-deploy.ts';

const IDENTITY = { GIT_AUTHOR_NAME: 'Tester', GIT_AUTHOR_EMAIL: 'tester@example.org', GIT_COMMITTER_NAME: 'Deployer', GIT_COMMITTER_EMAIL: 'deployer@example.org' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
}

let repo = '';
let remote = '';
let site = '';

/** A project with one commit, a bare remote `origin`, and a built site in `site/`. */
beforeEach(() => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-deploy-'));
  repo = path.join(root, 'project');
  remote = path.join(root, 'remote.git');
  site = path.join(repo, 'site');
  mkdirSync(repo);
  git(root, 'init', '-q', '--bare', remote);
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(repo, 'mkdocs.yml'), 'site_name: Deployed\n');
  writeFileSync(path.join(repo, '.gitignore'), 'site/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'source');
  git(repo, 'remote', 'add', 'origin', remote);
  mkdirSync(path.join(site, 'guide'), { recursive: true });
  mkdirSync(path.join(site, '.mkdocs-astro-cache'));
  writeFileSync(path.join(site, 'index.html'), '<p>home</p>\r\n');
  writeFileSync(path.join(site, 'guide', 'Getting Started über.html'), 'guide');
  writeFileSync(path.join(site, '"quoted".txt'), 'quote');
  writeFileSync(path.join(site, 'run.sh'), '#!/bin/sh\n');
  chmodSync(path.join(site, 'run.sh'), 0o755);
  writeFileSync(path.join(site, '.mkdocs-astro-cache', 'render.v8'), 'cache');
});

const request = (extra: Partial<DeployRequest> = {}): DeployRequest => ({
  siteDir: site, repoDir: repo, sourceDir: repo, branch: 'gh-pages', remote: 'origin',
  message: undefined, force: false, noHistory: false, ignoreVersion: false, version: '1.2.0', ...extra,
});

const deploy = (extra: Partial<DeployRequest> = {}) => deploySite(request({ env: { ...process.env, ...IDENTITY }, ...extra }));

describe('gh-deploy', () => {
  test('commits the site as it is to gh-pages, adds .nojekyll, leaves our cache out, and pushes it', async () => {
    const outcome = await deploy();
    assert.equal(outcome.ok, true, JSON.stringify(outcome));
    // With -z git writes names as they are: `<mode> <type> <object>\t<name>`.
    const listed = git(remote, 'ls-tree', '-r', '-z', 'gh-pages').split('\0').filter(Boolean).map((entry) => `${entry.split(' ')[0]} ${entry.split('\t')[1]}`).sort();
    assert.deepEqual(listed, ['100644 "quoted".txt', '100644 .nojekyll', '100644 guide/Getting Started über.html', '100644 index.html', '100755 run.sh']);
    // Bytes as they are: no line-ending filter.
    assert.equal(git(remote, 'show', 'gh-pages:index.html'), '<p>home</p>\r\n');
    const source = git(repo, 'rev-parse', '--short', 'HEAD').trim();
    assert.equal(git(remote, 'log', '-1', '--format=%s|%cn', 'gh-pages').trim(), `Deployed ${source} with mkdocs-astro version: 1.2.0|Deployer`);
    // The project itself: still on main, nothing staged or changed.
    assert.equal(git(repo, 'symbolic-ref', 'HEAD').trim(), 'refs/heads/main');
    assert.equal(git(repo, 'status', '--porcelain'), '');
  });

  test('builds on the last deployment, or replaces the history with --no-history', async () => {
    assert.equal((await deploy()).ok, true);
    writeFileSync(path.join(site, 'index.html'), 'changed');
    assert.equal((await deploy({ message: 'second {version}' })).ok, true);
    assert.deepEqual(git(repo, 'log', '--format=%s', 'gh-pages').trim().split('\n'), ['second 1.2.0', `Deployed ${git(repo, 'rev-parse', '--short', 'HEAD').trim()} with mkdocs-astro version: 1.2.0`]);
    const refused = await deploy({ noHistory: true });
    assert.equal(refused.ok, false, 'a push that drops the remote history needs --force');
    assert.equal((await deploy({ noHistory: true, force: true })).ok, true);
    assert.equal(git(remote, 'rev-list', '--count', 'gh-pages').trim(), '1');
  });

  test('refuses to replace a deployment made by a newer version, unless --ignore-version', async () => {
    assert.equal((await deploy({ version: '2.0.0' })).ok, true);
    const older = await deploy({ version: '1.10.0' });
    assert.equal(older.ok, false);
    assert.match(older.ok ? '' : older.error, /made with mkdocs-astro 2\.0\.0; you are deploying with an older version \(1\.10\.0\)\. Use --ignore-version/);
    assert.equal((await deploy({ version: '1.10.0', ignoreVersion: true })).ok, true);
  });

  test('refuses the branch that is checked out, a folder outside git, and says why a push failed', async () => {
    git(repo, 'branch', 'gh-pages');
    git(repo, 'checkout', '-q', 'gh-pages');
    const checkedOut = await deploy();
    assert.match(checkedOut.ok ? '' : checkedOut.error, /it is the branch checked out/);
    git(repo, 'checkout', '-q', 'main');
    const outside = await deploy({ repoDir: os.tmpdir() });
    assert.match(outside.ok ? '' : outside.error, /is not inside a git repository/);
    const noRemote = await deploy({ remote: 'nowhere' });
    assert.match(noRemote.ok ? '' : noRemote.error, /failed to push "gh-pages" to "nowhere"/);
  });

  test('says where the pages will be served: the CNAME\'s host, else github.io from the remote', async () => {
    git(repo, 'remote', 'set-url', '--push', 'origin', remote);
    git(repo, 'config', 'remote.origin.url', 'git@github.com:owner/project.git');
    git(repo, 'config', 'remote.origin.pushurl', remote);
    const github = await deploy();
    assert.deepEqual(github.notes.map((note) => note.message), ['your documentation should shortly be available at: https://owner.github.io/project/']);
    writeFileSync(path.join(site, 'CNAME'), 'docs.example.org\n');
    const cname = await deploy();
    assert.match(cname.notes.at(-1)?.message ?? '', /at: http:\/\/docs\.example\.org/);
  });
});
