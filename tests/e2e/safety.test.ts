/**
 * A build never destroys or loses anything: it refuses output folders that hold sources, keeps
 * what MkDocs keeps in the output folder, turns every Markdown file into exactly one page
 * whatever its name, runs from its own folder through the package bin, and two builds at once
 * each produce exactly their own site. (Installed copies: install.test.ts; real sites' pages in
 * = pages out: pages-out.test.ts.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { REPO } from '../helpers/build-site.ts';
import { assertEveryPageOnce, BIN, CLI, indexed, listFiles, project, run, type Run } from '../helpers/cli-run.ts';

/** Debian's Node 20, when the machine has it: older than the package needs. */
const OLD_NODE = '/usr/bin/node';
const oldNode = existsSync(OLD_NODE) && Number(/^v(\d+)/.exec(String(spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout))?.[1] ?? 99) < 22;

const AWKWARD = ['index.md', 'Getting Started.md', 'über.md', '100%.md', 'a"b.md', "it's.md", 'a#b.md', 'a?b.md', '<x>.md', '404.md', 'sub/index.md', 'sub/ça va.md', 'mkdocs-astro-page/clash.md'];

describe('a site of awkward page names, built from its own folder through the package bin', () => {
  let root = '';
  let result: Run = { code: -1, stdout: '', stderr: '' };
  before(async () => {
    root = project(Object.fromEntries(AWKWARD.map((name) => [name, `# Title of ${name.replace(/\.md$/, '')}\n\nBack [home](${'../'.repeat(name.split('/').length - 1)}index.md).\n`])));
    mkdirSync(path.join(root, 'site', '.git'), { recursive: true });
    writeFileSync(path.join(root, 'site', '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    writeFileSync(path.join(root, 'site', '.nojekyll'), '');
    writeFileSync(path.join(root, 'site', 'stale.html'), 'from an older build');
    // The package's bin, as npm links it: a symlink to bin/mkdocs-astro.js, run by its shebang.
    const bin = path.join(root, 'node_modules', '.bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(BIN, path.join(bin, 'mkdocs-astro'));
    result = await run(path.join(bin, 'mkdocs-astro'), ['build'], root);
  });

  test('should build ./mkdocs.yml into ./site with exit status 0', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(path.join(root, 'site', 'index.html')));
  });

  test('should write every page exactly once at MkDocs\' file name and index each once', () => {
    assertEveryPageOnce(path.join(root, 'docs'), path.join(root, 'site'), result);
    const html = readFileSync(path.join(root, 'site', 'Getting Started', 'index.html'), 'utf8');
    assert.match(html, /<h1[^>]*>Title of Getting Started/);
  });

  test('should link every page from the generated nav with an href that reaches its file', () => {
    const home = readFileSync(path.join(root, 'site', 'index.html'), 'utf8');
    const hrefs = [...home.matchAll(/class="md-nav__link[^"]*"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*class="md-nav__link/g)].map((m) => m[1] ?? m[2] ?? '');
    const targets = new Set(hrefs.map((href) => decodeURIComponent(href).replace(/^\.?\//, '')));
    for (const name of AWKWARD) {
      const url = name.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/');
      assert.ok(targets.has(url), `the nav links ${name} (hrefs: ${hrefs.join(' ')})`);
    }
    for (const target of targets) {
      assert.ok(existsSync(path.join(root, 'site', target, 'index.html')), `${target} reaches a file`);
    }
  });

  test('should write docs/404.md at 404/ and use its body for 404.html', () => {
    assert.match(readFileSync(path.join(root, 'site', '404', 'index.html'), 'utf8'), /Title of 404/);
    assert.match(readFileSync(path.join(root, 'site', '404.html'), 'utf8'), /Title of 404/);
  });

  test('should keep .git and .nojekyll in the site folder and remove what an older build left', () => {
    assert.equal(readFileSync(path.join(root, 'site', '.git', 'HEAD'), 'utf8'), 'ref: refs/heads/gh-pages\n');
    assert.ok(existsSync(path.join(root, 'site', '.nojekyll')));
    assert.ok(!existsSync(path.join(root, 'site', 'stale.html')));
  });

  test('should leave no workspace behind', () => {
    assert.deepEqual(readdirSync(path.join(root, 'site')).filter((name) => name.startsWith('.mkdocs-astro-build-')), []);
  });
});

describe('output folders that hold sources', () => {
  const cases: Array<[string, (root: string) => string[], RegExp]> = [
    ['-d . (the project folder)', () => ['-d', '.'], /it is the folder of the config file/],
    ['-d docs', () => ['-d', 'docs'], /it is docs_dir/],
    ['-d docs/site (inside docs_dir)', () => ['-d', 'docs/site'], /lies inside docs_dir/],
    ['-d .. (a folder holding the project)', () => ['-d', '..'], /it contains the folder of the config file/],
  ];
  for (const [name, args, message] of cases) {
    test(`should refuse ${name} with a message and exit 1, leaving every file in place`, async () => {
      const root = project({ 'index.md': '# Home\n', 'guide.md': '# Guide\n' });
      mkdirSync(path.join(root, '.git'));
      writeFileSync(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
      const before = listFiles(path.dirname(root)).sort();
      const result = await run(process.execPath, [CLI, 'build', ...args(root)], root);
      assert.equal(result.code, 1);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
      assert.deepEqual(listFiles(path.dirname(root)).sort(), before);
    });
  }

  test('should refuse site_dir: docs from mkdocs.yml too', async () => {
    const root = project({ 'index.md': '# Home\n' }, 'site_name: Test\nsite_dir: docs\n');
    const result = await run(process.execPath, [CLI, 'build'], root);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /mkdocs\.yml:2:\d+: .*site_dir/);
    assert.ok(existsSync(path.join(root, 'docs', 'index.md')));
  });
});

describe('two builds at once', () => {
  test('should each produce exactly their own site', async () => {
    const a = project({ 'index.md': '# Alpha home\n', 'only-alpha.md': '# Alpha page\n' }, 'site_name: Alpha\n');
    const b = project({ 'index.md': '# Beta home\n', 'only-beta.md': '# Beta page\n', 'beta-two.md': '# Beta two\n' }, 'site_name: Beta\n');
    const [ra, rb] = await Promise.all([run(process.execPath, [CLI, 'build'], a), run(process.execPath, [CLI, 'build'], b)]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    const pagesOf = (root: string) => listFiles(path.join(root, 'site')).filter((f) => f.endsWith('index.html')).sort();
    assert.deepEqual(pagesOf(a), ['index.html', 'only-alpha/index.html']);
    assert.deepEqual(pagesOf(b), ['beta-two/index.html', 'index.html', 'only-beta/index.html']);
    assert.match(readFileSync(path.join(a, 'site', 'index.html'), 'utf8'), /Alpha home/);
    assert.match(readFileSync(path.join(b, 'site', 'index.html'), 'utf8'), /Beta home/);
    assert.equal(indexed(ra.stdout), 2);
    assert.equal(indexed(rb.stdout), 3);
  });
});

describe('an old Node.js', () => {
  for (const [how, entry] of [['the package command', BIN], ['node src/cli.ts', path.join(REPO, 'src/cli.ts')]] as const) {
    test(`should get one line saying which Node.js is needed from ${how}, not a stack trace`, { skip: oldNode ? false : `no Node.js older than 22 at ${OLD_NODE}` }, async () => {
      const result = await run(OLD_NODE, [entry, 'build'], os.tmpdir());
      assert.equal(result.code, 1);
      assert.match(result.stderr, /^mkdocs-astro needs Node\.js 22\.12 or newer .*this is Node\.js 20\./);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    });
  }

  test('should be refused by npm ci at once (engine-strict)', { skip: oldNode && existsSync('/usr/bin/npm') ? false : 'no old Node.js with npm' }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-engine-'));
    for (const file of ['package.json', 'package-lock.json', '.npmrc']) writeFileSync(path.join(dir, file), readFileSync(path.join(REPO, file)));
    const result = await run(OLD_NODE, ['/usr/bin/npm', 'ci', '--dry-run', '--no-audit', '--no-fund'], dir);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /notsup Required: \{"node":">=22\.12"\}/);
  });
});
