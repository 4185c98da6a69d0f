/**
 * A build never destroys or loses anything: it refuses output folders that hold sources, keeps
 * what MkDocs keeps in the output folder, turns every Markdown file into exactly one page
 * whatever its name, runs from any working directory through the package bin, and two builds
 * at once each produce exactly their own site.
 */
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { REPO } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { GUIDE_UNDER_SUBPATH } from '../helpers/sites.ts';
import { discoverFiles } from '../../src/site/discover.ts';

const exec = promisify(execFile);
const CLI = path.join(REPO, 'src/cli.ts');
const BIN = path.join(REPO, 'bin/mkdocs-astro.js');
/** Debian's Node 20, when the machine has it: older than the package needs. */
const OLD_NODE = '/usr/bin/node';
const oldNode = existsSync(OLD_NODE) && Number(/^v(\d+)/.exec(String(spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout))?.[1] ?? 99) < 22;
const CORPUS = path.resolve(REPO, '../shared/corpus/privacyguides');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(command: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'number' && 'stdout' in error && 'stderr' in error) {
      return { code: error.code, stdout: String(error.stdout), stderr: String(error.stderr) };
    }
    throw error;
  }
}

/** A project folder with the given pages (docs-relative name -> Markdown). */
function project(pages: Record<string, string>, config = 'site_name: Test\n'): string {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-safety-')), 'project');
  for (const [name, text] of Object.entries(pages)) {
    const file = path.join(root, 'docs', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  writeFileSync(path.join(root, 'mkdocs.yml'), config);
  return root;
}

/** Every file under `dir`, relative, `/`-separated. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function indexed(stdout: string): number {
  const match = /search: (\d+) pages indexed/.exec(stdout);
  return match ? Number(match[1]) : -1;
}

/** Pages in = pages written = search entries, for a project built into `site`. */
function assertEveryPageOnce(docsDir: string, site: string, result: Run): void {
  const pages = discoverFiles(docsDir, { useDirectoryUrls: true }).pages;
  const files = new Set(listFiles(site));
  for (const page of pages) assert.ok(files.has(page.dest), `${page.src} should be written at ${page.dest}`);
  assert.match(result.stdout, new RegExp(`built ${pages.length} pages, `));
  assert.equal(indexed(result.stdout), pages.length, 'one search entry per page');
}

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

describe('the package installed under node_modules (npm i, npx)', () => {
  test('should build the project in the working directory through its bin', async () => {
    // As npm installs it: bin/, src/ and package.json under node_modules/mkdocs-astro, where Node
    // refuses to strip TypeScript types by itself. Its dependencies resolve through a link.
    const root = project({ 'index.md': '# Installed home\n', 'Über uns.md': '# About\n' });
    const installed = path.join(root, 'node_modules', 'mkdocs-astro');
    mkdirSync(installed, { recursive: true });
    for (const part of ['bin', 'src', 'package.json', 'tsconfig.json']) cpSync(path.join(REPO, part), path.join(installed, part), { recursive: true });
    symlinkSync(path.join(REPO, 'node_modules'), path.join(installed, 'node_modules'), 'junction');
    const result = await run(process.execPath, [path.join(installed, 'bin', 'mkdocs-astro.js'), 'build'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /ExperimentalWarning/);
    assert.match(readFileSync(path.join(root, 'site', 'Über uns', 'index.html'), 'utf8'), /About/);
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

describe('pages in = pages out = search entries on real sites', () => {
  test('the guide', async () => {
    // The run's shared build of mkdocs.yml under /guide/ (the browser tests read it too); it rejects with the
    // CLI's output on a non-zero exit.
    const site = await sharedSite(GUIDE_UNDER_SUBPATH);
    assertEveryPageOnce(path.join(REPO, 'content'), site.dir, { code: 0, stdout: site.stdout, stderr: site.stderr });
  });

  test('the Privacy Guides corpus', { skip: existsSync(CORPUS) ? false : `${CORPUS} is not there` }, async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-corpus-'));
    const result = await run(process.execPath, [CLI, 'build', '-f', path.join(CORPUS, 'mkdocs.yml'), '-d', out], os.tmpdir());
    assert.equal(result.code, 0, result.stderr);
    assertEveryPageOnce(path.join(CORPUS, 'docs'), out, result);
  });
});

/** Running as root with setpriv at hand: a build can be run as `nobody`, who may not write into this checkout. */
const asNobody = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');

describe('an installation its user may not write to', () => {
  test('should build a project all the same, writing nothing into the package', { skip: asNobody ? false : 'needs root (to run the build as nobody) and /usr/bin/setpriv' }, async () => {
    const root = project({ 'index.md': '# Home\n' });
    const owner = ['--reuid=65534', '--regid=65534', '--clear-groups'];
    spawnSync('chown', ['-R', '65534:65534', path.dirname(root)]);
    const result = await run('/usr/bin/setpriv', [...owner, 'env', `HOME=${root}`, 'NODE_DISABLE_COMPILE_CACHE=1', process.execPath, BIN, 'build'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /built 1 pages, 0 warnings, 0 errors/);
    // Astro used to write its .astro/ type files into this package: as nobody, that failed (EACCES).
    assert.ok(existsSync(path.join(root, 'site', 'index.html')));
  });
  test('should serve a project all the same, and remove its scratch folder when stopped', { skip: asNobody ? false : 'needs root (to run the server as nobody) and /usr/bin/setpriv' }, async () => {
    const root = project({ 'index.md': '# Served home\n' });
    spawnSync('chown', ['-R', '65534:65534', path.dirname(root)]);
    const port = 19000 + Math.floor(Math.random() * 1000);
    const server = spawn('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'env', `HOME=${root}`, 'NODE_DISABLE_COMPILE_CACHE=1', process.execPath, BIN, 'serve', '-a', `127.0.0.1:${port}`], { cwd: root, stdio: 'ignore' });
    try {
      let body = '';
      for (let tries = 0; tries < 600 && !body.includes('Served home'); tries++) {
        body = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.text(), () => '');
        if (!body.includes('Served home')) await sleep(100);
      }
      assert.match(body, /Served home/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    // Its Astro root was a scratch folder of nobody's in /tmp (not this package): gone now.
    const left = readdirSync('/tmp').filter((name) => name.startsWith('mkdocs-astro-root-') && statSync(path.join('/tmp', name)).uid === 65534);
    assert.deepEqual(left, []);
  });
});

describe('an old Node.js', () => {
  test('should get one line saying which Node.js is needed from the package command, not a stack trace', { skip: oldNode ? false : `no Node.js older than 22 at ${OLD_NODE}` }, async () => {
    const result = await run(OLD_NODE, [BIN, 'build'], os.tmpdir());
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^mkdocs-astro needs Node\.js 22\.12 or newer .*this is Node\.js 20\./);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  test('should be refused by npm ci at once (engine-strict)', { skip: oldNode && existsSync('/usr/bin/npm') ? false : 'no old Node.js with npm' }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-engine-'));
    for (const file of ['package.json', 'package-lock.json', '.npmrc']) writeFileSync(path.join(dir, file), readFileSync(path.join(REPO, file)));
    const result = await run(OLD_NODE, ['/usr/bin/npm', 'ci', '--dry-run', '--no-audit', '--no-fund'], dir);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /notsup Required: \{"node":">=22\.12"\}/);
  });
});
