/**
 * The CLI's contract: exit status, `file:line:col` messages, --strict, use_directory_urls: false.
 * The first and last groups run it as a process; the groups that build one project several times
 * run the same command in a build server of the test run (tests/helpers/cli-run.ts runBuildCommand).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { REPO } from '../helpers/build-site.ts';
import { runBuildCommand as command, runCli as cli } from '../helpers/cli-run.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { BASIC_SITE } from '../helpers/sites.ts';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cli-'));

describe('the CLI', () => {
  test('should exit 1 and point at mkdocs.yml:line:col for an invalid value', async () => {
    const result = await cli(['build', '-f', 'tests/fixtures/broken-config/mkdocs.yml', '-d', temp()]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^error: tests\/fixtures\/broken-config\/mkdocs\.yml:2:21: invalid value for 'use_directory_urls': found "maybe" \(a string\), expected true or false$/m);
    assert.match(result.stdout, /^built 0 pages, 0 warnings, 1 errors in \d+\.\d+s$/m);
  });

  test('should fail with --strict when there are warnings, and say so', async () => {
    const result = await cli(['build', '-f', 'tests/fixtures/basic-site/mkdocs.yml', '-d', temp(), '--strict']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /aborted with 2 warning\(s\) and 0 error\(s\) in strict mode/);
  });

  test('should treat strict: true in mkdocs.yml as --strict and leave the previous site whole', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'index.html'), 'the previous build');
    const config = path.join(REPO, 'tests/fixtures/basic-site/.mkdocs-strict.yml');
    writeFileSync(config, 'INHERIT: mkdocs.yml\nstrict: true\n');
    try {
      const result = await cli(['build', '-f', config, '-d', dir]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /in strict mode/);
      assert.equal(readFileSync(path.join(dir, 'index.html'), 'utf8'), 'the previous build');
    } finally {
      rmSync(config, { force: true });
    }
  });

  test('should build in a process started again with less memory and one V8 thread, whose render workers leave its flags out', () => {
    const records = path.join(temp(), 'processes.jsonl');
    const hook = path.join(temp(), 'record.cjs');
    writeFileSync(hook, `require('node:fs').appendFileSync(${JSON.stringify(records)}, JSON.stringify({ execArgv: process.execArgv, arenas: process.env.MALLOC_ARENA_MAX ?? null }) + '\\n');\n`);
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${hook}`, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env['MKDOCS_ASTRO_TUNED_FLAGS'];
    delete env['MALLOC_ARENA_MAX'];
    execFileSync(process.execPath, [path.join(REPO, 'src/cli.ts'), 'build', '-f', 'tests/fixtures/basic-site/mkdocs.yml', '-d', temp(), '-q'], { cwd: REPO, env, stdio: 'ignore' });
    const started = readFileSync(records, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { execArgv: string[]; arenas: string | null });
    const [command, build, ...workers] = started;
    assert.deepEqual(command, { execArgv: [], arenas: null });
    assert.deepEqual(build, { execArgv: ['--max-semi-space-size=16', '--heap-growing-percent=100', '--v8-pool-size=1', '--expose-gc'], arenas: '2' });
    for (const worker of workers) assert.ok(!worker.execArgv.some((flag) => flag === '--max-semi-space-size=16' || flag.startsWith('--heap-growing-percent') || flag.startsWith('--v8-pool-size')), JSON.stringify(worker.execArgv));
  });

  test('should not fail without --strict on the same warnings', async () => {
    // The run's shared build of the same fixture (tests/e2e/build.test.ts reads it too); it
    // rejects with the CLI's output on a non-zero exit.
    const site = await sharedSite(BASIC_SITE);
    assert.match(site.stdout, /built \d+ pages, 2 warnings, 0 errors/);
    assert.doesNotMatch(site.stdout, /site_url is not set/, 'its mkdocs.yml sets site_url');
  });
});

// One project built several times (each build costs an Astro run): first from its own folder
// without -f, then again with -f from elsewhere.
describe('the CLI run in a project folder, building into a folder elsewhere, then building the same site again into it', () => {
  // A copy of the fixture whose files are an hour old, as a project's files usually are: a file
  // changed within two seconds of a build's start keeps that build from vouching for its inputs.
  const project = temp();
  const out = temp();
  const build = (...extra: string[]) => command(['build', '-f', path.join(project, 'mkdocs.yml'), '-d', out, ...extra]);
  const mtimeOf = (file: string) => statSync(path.join(out, file)).mtimeMs;
  let listed: string[] = [];
  let first = { code: -1, stdout: '', stderr: '' };
  before(() => {
    cpSync(path.join(REPO, 'tests/fixtures/basic-site'), project, { recursive: true });
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const entry of readdirSync(project, { recursive: true, encoding: 'utf8' })) utimesSync(path.join(project, entry), hourAgo, hourAgo);
    utimesSync(project, hourAgo, hourAgo);
    listed = readdirSync(project).sort();
  });

  test('should build in full the first time, and keep its cache and manifest in the output folder', async () => {
    first = await command(['build', '-d', out], project);
    assert.equal(first.code, 0, first.stderr);
    assert.doesNotMatch(first.stdout + first.stderr, /unchanged since the last build|nothing changed/);
    assert.ok(existsSync(path.join(out, '.mkdocs-astro-cache', 'render.v8')));
    assert.ok(existsSync(path.join(out, '.mkdocs-astro-cache', 'build.json')));
  });

  test('should write nothing into the project folder (Astro would put its server chunks in ./.astro/)', () => {
    assert.match(first.stdout, /built 4 pages/);
    assert.deepEqual(readdirSync(project).sort(), listed);
    assert.ok(existsSync(path.join(out, 'guide/index.html')));
  });

  test('should say nothing changed and write nothing when nothing did, repeating the warnings', async () => {
    const before = mtimeOf('guide/index.html');
    const again = await build();
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^nothing changed since the last build .*: the site is not built again$/m);
    assert.match(again.stdout, /^built 4 pages, 2 warnings, 0 errors in /m);
    assert.equal((again.stderr.match(/warning:/g) ?? []).length, 2, again.stderr);
    assert.equal(mtimeOf('guide/index.html'), before, 'not written again');
  });

  test('should still fail with --strict on the warnings of the site it did not build again', async () => {
    const strict = await build('--strict');
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /nothing changed since the last build/);
    assert.match(strict.stderr, /in strict mode/);
  });

  test('should build again, rendering every page, when a file of the site was removed and --no-cache is given', async () => {
    rmSync(path.join(out, 'guide/index.html'));
    const repaired = await build('--no-cache');
    assert.equal(repaired.code, 0, repaired.stderr);
    assert.doesNotMatch(repaired.stdout + repaired.stderr, /unchanged since the last build|nothing changed/);
    assert.ok(existsSync(path.join(out, 'guide/index.html')));
  });

  test('should build again after a page changed, rendering only that page', async () => {
    const fragments = path.join(out, 'pagefind/fragment');
    const before = new Map(readdirSync(fragments).map((name) => [name, statSync(path.join(fragments, name)).ino]));
    writeFileSync(path.join(project, 'docs/guide/setup.md'), `${readFileSync(path.join(project, 'docs/guide/setup.md'), 'utf8')}\nA sentence added later.\n`);
    const changed = await build();
    assert.equal(changed.code, 0, changed.stderr);
    assert.doesNotMatch(changed.stdout, /nothing changed/);
    assert.match(changed.stdout + changed.stderr, /3 of 4 pages are unchanged since the last build and were not rendered again/);
    assert.match(readFileSync(path.join(out, 'guide/setup/index.html'), 'utf8'), /A sentence added later/);
    // The other pages' files are the last build's (src/integration/page-reuse.ts): the same as a full build's.
    assert.match(changed.stdout + changed.stderr, /3 of 4 pages look as they did in the last build: their files were kept/);
    // Only a paragraph was added: the new content went into the last file, without Astro (src/integration/content-patch.ts).
    assert.match(changed.stdout + changed.stderr, /1 of 4 pages changed only in their content: it was written into their last files, and Astro was not started/);
    assert.match(changed.stdout, /search: 4 pages indexed/);
    // The kept pages' search fragments are the last build's files, not written again (src/search/bundle-reuse.ts).
    const kept = readdirSync(fragments).filter((name) => before.get(name) === statSync(path.join(fragments, name)).ino);
    assert.equal(kept.length, 3);
    await assertSameAsFullBuild();
  });

  test('should draw a page with Astro when more than its content changed (a heading: its ToC)', async () => {
    writeFileSync(path.join(project, 'docs/guide/setup.md'), `${readFileSync(path.join(project, 'docs/guide/setup.md'), 'utf8')}\n## A heading added later\n`);
    const changed = await build();
    assert.equal(changed.code, 0, changed.stderr);
    assert.doesNotMatch(changed.stdout + changed.stderr, /changed only in their content/);
    assert.match(readFileSync(path.join(out, 'guide/setup/index.html'), 'utf8'), /href="#a-heading-added-later"/);
    await assertSameAsFullBuild();
    // Its content's place is recorded again: the next edit of its content needs no Astro.
    writeFileSync(path.join(project, 'docs/guide/setup.md'), `${readFileSync(path.join(project, 'docs/guide/setup.md'), 'utf8')}\nAnd a sentence.\n`);
    const patched = await build();
    assert.match(patched.stdout + patched.stderr, /1 of 4 pages changed only in their content/);
    await assertSameAsFullBuild();
  });

  test('should keep the last search index whole when no page changed (a static file did): its files linked, not written again', async () => {
    // A file the site did not have changes what every page's links may find: all are rendered again.
    writeFileSync(path.join(project, 'docs/notes.txt'), 'A static file.\n');
    assert.equal((await build()).code, 0);
    const bundle = path.join(out, 'pagefind');
    const files = () => readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(bundle, name)).isFile()).sort();
    const before = new Map(files().map((name) => [name, statSync(path.join(bundle, name)).ino]));
    writeFileSync(path.join(project, 'docs/notes.txt'), 'A static file, edited.\n');
    const rebuilt = await build();
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.match(rebuilt.stdout + rebuilt.stderr, /4 of 4 pages look as they did in the last build/);
    assert.match(rebuilt.stdout, /search: 4 pages indexed/);
    assert.deepEqual(files(), [...before.keys()]);
    for (const name of files()) assert.equal(statSync(path.join(bundle, name)).ino, before.get(name), name);
    assert.equal(readFileSync(path.join(out, 'notes.txt'), 'utf8'), 'A static file, edited.\n');
    await assertSameAsFullBuild();
    // Only when the last build recorded that its index holds exactly these pages (not only as many).
    const views = path.join(out, '.mkdocs-astro-cache', 'views.json');
    writeFileSync(views, readFileSync(views, 'utf8').replace(/"search":\{"language":"en","pages":"[0-9a-f]+"\}/, '"search":{"language":"en","pages":"other pages"}'));
    writeFileSync(path.join(project, 'docs/notes.txt'), 'A static file, edited again.\n');
    assert.equal((await build()).code, 0);
    assert.notEqual(statSync(path.join(bundle, 'pagefind-entry.json')).ino, before.get('pagefind-entry.json'), 'written again');
    // Nor when docs_dir has files under pagefind/, whose last copies the last bundle holds.
    mkdirSync(path.join(project, 'docs/pagefind'));
    writeFileSync(path.join(project, 'docs/pagefind/extra.txt'), 'one');
    assert.equal((await build()).code, 0);
    writeFileSync(path.join(project, 'docs/pagefind/extra.txt'), 'two');
    const edited = await build();
    assert.match(edited.stdout, /search: 4 pages indexed/);
    assert.equal(readFileSync(path.join(bundle, 'extra.txt'), 'utf8'), 'two');
    rmSync(path.join(project, 'docs/pagefind'), { recursive: true });
  });

  /** Every page of the site in `out` is as a build of the same sources with nothing to reuse writes it. */
  async function assertSameAsFullBuild(): Promise<void> {
    const full = temp();
    const fresh = await command(['build', '--no-cache', '-f', path.join(project, 'mkdocs.yml'), '-d', full]);
    assert.equal(fresh.code, 0, fresh.stderr);
    const pages = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
    assert.deepEqual(pages(out), pages(full));
    for (const page of pages(full)) assert.equal(readFileSync(path.join(out, page), 'utf8'), readFileSync(path.join(full, page), 'utf8'), page);
    // The search index holds the same records (a fragment is named by its content's hash), the
    // kept pages' read from the last build's files while the changed one rendered (early-index.ts).
    const fragments = (dir: string) => readdirSync(path.join(dir, 'pagefind/fragment')).sort();
    assert.deepEqual(fragments(out), fragments(full));
    for (const name of fragments(full)) assert.deepEqual(readFileSync(path.join(out, 'pagefind/fragment', name)), readFileSync(path.join(full, 'pagefind/fragment', name)), name);
  }

  test('should draw every page again when the theme bundle is not the one the last build\'s pages link to', async () => {
    // As if the last build had bundled other assets: its pages' links would point at files now gone.
    const views = path.join(out, '.mkdocs-astro-cache', 'views.json');
    writeFileSync(views, readFileSync(views, 'utf8').replace(/"assets":\[[^\]]*\]/, '"assets":["Page.gone.css"]'));
    writeFileSync(path.join(project, 'docs/guide/setup.md'), `${readFileSync(path.join(project, 'docs/guide/setup.md'), 'utf8')}\nOne more.\n`);
    const redrawn = await build();
    assert.equal(redrawn.code, 0, redrawn.stderr);
    assert.doesNotMatch(redrawn.stdout + redrawn.stderr, /look as they did in the last build/);
    assert.match(redrawn.stdout, /search: 4 pages indexed/);
    assert.match(readFileSync(path.join(out, 'guide/setup/index.html'), 'utf8'), /One more/);
    assert.ok(existsSync(path.join(out, 'index.html')));
  });
});

describe('the CLI building again after a missing snippet was created', () => {
  test('should not take the site for up to date: the page includes the new file', async () => {
    const project = temp();
    mkdirSync(path.join(project, 'docs'));
    writeFileSync(path.join(project, 'mkdocs.yml'), 'site_name: Snippets\nmarkdown_extensions:\n  - pymdownx.snippets\n');
    writeFileSync(path.join(project, 'docs/index.md'), '# Home\n\n--8<-- "parts/note.md"\n');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of ['mkdocs.yml', 'docs/index.md', 'docs', '.']) utimesSync(path.join(project, file), hourAgo, hourAgo);
    const out = temp();
    // Without check_paths, a missing snippet is a note, printed with -v.
    const first = await command(['build', '-v', '-f', path.join(project, 'mkdocs.yml'), '-d', out]);
    assert.match(first.stdout + first.stderr, /parts\/note\.md/);
    mkdirSync(path.join(project, 'parts'));
    writeFileSync(path.join(project, 'parts/note.md'), 'Included later.\n');
    const second = await command(['build', '-f', path.join(project, 'mkdocs.yml'), '-d', out]);
    assert.doesNotMatch(second.stdout, /nothing changed/);
    assert.match(readFileSync(path.join(out, 'index.html'), 'utf8'), /Included later\./);
  });
});

describe('the CLI on tests/fixtures/file-urls, built once into a folder an older build left a file in', () => {
  const dir = temp();
  let result = { code: -1, stdout: '', stderr: '' };
  before(async () => {
    writeFileSync(path.join(dir, 'stale.html'), 'old');
    result = await command(['build', '-f', 'tests/fixtures/file-urls/mkdocs.yml', '-d', dir, '--clean']);
  });

  test('should write foo/bar.html and sub/index.html with use_directory_urls: false', () => {
    assert.equal(result.code, 0, result.stderr);
    for (const file of ['index.html', 'sub/index.html', 'sub/page.html']) assert.ok(existsSync(path.join(dir, file)), file);
    const home = readFileSync(path.join(dir, 'index.html'), 'utf8');
    assert.match(home, /href="sub\/page\.html"/);
    assert.match(home, /href="sub\/index\.html"/);
    assert.match(readFileSync(path.join(dir, 'sub/page.html'), 'utf8'), /href="\.\.\/index\.html"/);
  });

  test('should empty the site folder before building, as MkDocs does (with or without --clean)', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!existsSync(path.join(dir, 'stale.html')));
    assert.ok(existsSync(path.join(dir, 'index.html')));
  });
});

describe('the CLI given no site', () => {
  test('should print usage and exit 1 for an unknown command', async () => {
    const result = await cli(['frobnicate']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /unknown command "frobnicate"/);
  });
});

// A project page without site_url: GitHub's remote URL (git's insteadOf sends the push to a local
// repository), so gh-deploy builds for https://example.github.io/docs-project/.
describe('gh-deploy of a site without site_url to a GitHub project page', () => {
  const root = temp();
  const project = path.join(root, 'project');
  const remote = path.join(root, 'remote.git');
  const github = 'https://github.com/example/docs-project.git';
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
  before(() => {
    cpSync(path.join(REPO, 'tests/fixtures/basic-site'), project, { recursive: true });
    const config = path.join(project, 'mkdocs.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^site_url:.*\n/m, ''));
    git(root, 'init', '-q', '--bare', remote);
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'config', 'user.name', 'Tester');
    git(project, 'config', 'user.email', 'tester@example.org');
    git(project, 'config', `url.${remote}.insteadOf`, github);
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'docs');
    git(project, 'remote', 'add', 'origin', github);
  });

  test('should build for the address GitHub Pages serves it at, say so, and push pages whose links start there', async () => {
    const result = await command(['gh-deploy', '--force'], project);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^site_url is not set in mkdocs\.yml: building for https:\/\/example\.github\.io\/docs-project\/, where GitHub Pages serves the "origin" repository's pages/m);
    assert.doesNotMatch(result.stdout, /serve it from the root of its host/);
    assert.match(result.stdout, /your documentation should shortly be available at: https:\/\/example\.github\.io\/docs-project\//);
    const home = git(remote, 'show', 'gh-pages:guide/index.html');
    assert.match(home, /href="\/docs-project\/assets\/theme\/theme\.css"/);
    assert.doesNotMatch(home, /(?:href|src)="\/(?!docs-project\/|\/)[^"]/, 'every root-relative link and asset is under the project\'s path');
  });
});

// MkDocs' own command line on a project under git: what CI steps run (`mkdocs gh-deploy --force`,
// `mkdocs build --strict --verbose`), with our name in front. One copy of basic-site, three commands.
describe('MkDocs\' command line on a project in git: gh-deploy, -q, -v, --no-strict', () => {
  const root = temp();
  const project = path.join(root, 'project');
  const remote = path.join(root, 'remote.git');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
  before(() => {
    cpSync(path.join(REPO, 'tests/fixtures/basic-site'), project, { recursive: true });
    git(root, 'init', '-q', '--bare', remote);
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'config', 'user.name', 'Tester');
    git(project, 'config', 'user.email', 'tester@example.org');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'docs');
    git(project, 'remote', 'add', 'origin', remote);
  });

  test('gh-deploy --force -q builds the site, commits it to gh-pages and pushes it, saying nothing', async () => {
    const result = await command(['gh-deploy', '--force', '-q'], project);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const files = git(remote, 'ls-tree', '-r', '--name-only', 'gh-pages').split('\n');
    for (const file of ['index.html', 'guide/setup/index.html', '.nojekyll', 'sitemap.xml']) assert.ok(files.includes(file), file);
    assert.ok(!files.some((file) => file.startsWith('.mkdocs-astro')), 'the build cache stays out of the deployment');
    assert.match(git(remote, 'log', '-1', '--format=%s', 'gh-pages'), /^Deployed [0-9a-f]+ with mkdocs-astro version: \d+\.\d+\.\d+/);
    assert.equal(git(project, 'status', '--porcelain', '--untracked-files=no'), '');
  });

  test('--no-strict after --strict wins, and -v says each phase\'s time', async () => {
    const result = await command(['build', '--strict', '--no-strict', '-v', '--no-cache', '-d', temp()], project);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^phase render: \d+ ms$/m);
    assert.match(result.stdout, /^phase astro: \d+ ms$/m);
  });

  test('--strict -q fails on the warnings it does not print', async () => {
    const result = await command(['build', '--strict', '-q', '-d', temp()], project);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.doesNotMatch(result.stderr, /warning:/);
    assert.match(result.stderr, /aborted with 2 warning\(s\) and 0 error\(s\) in strict mode/);
  });
});
