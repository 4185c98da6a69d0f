/**
 * The package as users get it: installed under node_modules (npm i, npx) and run through its
 * bin, and installed where its user may not write (a build and `serve` as `nobody`).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers/build-site.ts';
import { BIN, project, run } from '../helpers/cli-run.ts';

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

  test('should render in worker processes from there too, stripping types through its own hook', async () => {
    // Node strips types itself outside node_modules (nodeStripsTypes): a worker started from an
    // installed copy must register the hook, or it cannot load the renderer and its pages fall
    // back to the main thread with an info message.
    const root = project({ 'a.md': '# A\n\n!!! note\n    In a worker.\n', 'b.md': '# B\n' });
    const installed = path.join(root, 'node_modules', 'mkdocs-astro');
    mkdirSync(installed, { recursive: true });
    for (const part of ['bin', 'src', 'package.json']) cpSync(path.join(REPO, part), path.join(installed, part), { recursive: true });
    symlinkSync(path.join(REPO, 'node_modules'), path.join(installed, 'node_modules'), 'junction');
    const hooks = path.join(installed, 'bin', 'strip-types.js');
    const script = [
      `const { nodeStripsTypes, stripOwnTypes } = await import(${JSON.stringify(pathToFileURL(hooks).href)});`,
      `const sources = ${JSON.stringify(pathToFileURL(path.join(installed, 'src')).href + '/')};`,
      'if (nodeStripsTypes(sources)) throw new Error("Node should not strip types under node_modules");',
      'stripOwnTypes(sources);',
      `const { renderPages, rendererFor } = await import(${JSON.stringify(pathToFileURL(path.join(installed, 'src/site/render-pages.ts')).href)});`,
      `const docsDir = ${JSON.stringify(path.join(root, 'docs'))};`,
      "const settings = { extensions: [{ name: 'admonition', options: {} }], projectDir: docsDir, docsDir, iconDirs: [], links: { pages: new Map(), docsFiles: new Set(), files: new Set() } };",
      // This thread renders nothing: both pages must come from the worker.
      "const refusing = Object.assign(Object.create(rendererFor(settings)), { render: () => { throw new Error('rendered here'); } });",
      "const done = await renderPages(settings, refusing, ['a.md', 'b.md'], { offMainBytes: 1 });",
      'console.log(JSON.stringify({ messages: done.messages, html: [...done.pages.values()].map((page) => page.result.html) }));',
    ].join('\n');
    const result = await run(process.execPath, ['--input-type=module', '-e', script], root);
    assert.equal(result.code, 0, result.stderr);
    const { messages, html } = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as { messages: unknown[]; html: string[] };
    assert.deepEqual(messages, []);
    assert.match(html[0] ?? '', /<div class="admonition note">\n<p class="admonition-title">Note<\/p>\n<p>In a worker\.<\/p>/);
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
    // Only this server's folder counts: one left by an earlier, killed run is not this test's.
    const before = new Set(scratchFolders());
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
      // A server that could not start has exited already: no 'exit' event would come.
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
    }
    // Its Astro root was a scratch folder of nobody's in the temp folder (not this package): gone now.
    assert.deepEqual(scratchFolders().filter((name) => !before.has(name)), []);
  });
});

/** nobody's scratch Astro roots in the temp folder (npm test gives its files one of the run's own). */
function scratchFolders(): string[] {
  const temp = os.tmpdir();
  return readdirSync(temp).filter((name) => name.startsWith('mkdocs-astro-root-') && statSync(path.join(temp, name)).uid === 65534);
}
