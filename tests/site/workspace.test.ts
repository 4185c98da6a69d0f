import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createWorkspace, OutputDirError, publishSite } from '../../src/integration/workspace.ts';
import { placePages, ROUTE_DIR, devRoutes } from '../../src/integration/routes.ts';

function outDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'mkdocs-ws-')), 'site');
}

describe('createWorkspace', () => {
  it('should create a private dot-folder inside the output folder and remove it on dispose', async () => {
    const out = outDir();
    const workspace = createWorkspace(out);
    assert.ok(workspace.out.startsWith(out + path.sep));
    assert.ok(existsSync(workspace.out) && existsSync(workspace.cache));
    const [entry] = readdirSync(out);
    assert.match(entry ?? '', /^\.mkdocs-astro-build-/);
    assert.ok(existsSync(path.join(out, entry ?? '', 'node_modules', 'astro', 'package.json')), 'node_modules links to the folder holding astro');
    await workspace.dispose();
    assert.deepEqual(readdirSync(out), []);
  });

  it('should give two builds into one folder two workspaces', async () => {
    const out = outDir();
    const a = createWorkspace(out);
    const b = createWorkspace(out);
    assert.notEqual(a.out, b.out);
    await a.dispose();
    assert.ok(existsSync(b.out));
    await b.dispose();
  });

  it('should remove the workspace of a killed build but not one of a live build', async () => {
    const out = outDir();
    mkdirSync(path.join(out, '.mkdocs-astro-build-999999999-dead'), { recursive: true });
    const live = createWorkspace(out);
    const other = createWorkspace(out);
    const names = readdirSync(out);
    assert.ok(!names.includes('.mkdocs-astro-build-999999999-dead'));
    assert.equal(names.length, 2);
    await live.dispose();
    await other.dispose();
  });

  it('should refuse an output path that is a file', () => {
    const out = outDir();
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, 'not a folder');
    assert.throws(() => createWorkspace(out), OutputDirError);
    assert.equal(readFileSync(out, 'utf8'), 'not a folder');
  });
});

describe('publishSite', () => {
  it('should empty the output folder as MkDocs does, keeping .git and .nojekyll, then move the site in', async () => {
    const out = outDir();
    mkdirSync(path.join(out, '.git', 'objects'), { recursive: true });
    writeFileSync(path.join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    writeFileSync(path.join(out, '.nojekyll'), '');
    writeFileSync(path.join(out, 'CNAME'), 'old.example.org');
    mkdirSync(path.join(out, 'old-page'));
    writeFileSync(path.join(out, 'old-page', 'index.html'), 'old');
    const workspace = createWorkspace(out);
    mkdirSync(path.join(workspace.out, 'new-page'));
    writeFileSync(path.join(workspace.out, 'new-page', 'index.html'), 'new');
    writeFileSync(path.join(workspace.out, 'index.html'), 'home');
    publishSite(workspace.out, out, workspace.previous);
    // The old site's entries wait in the workspace until it goes.
    assert.deepEqual(readdirSync(workspace.previous).sort(), ['CNAME', 'old-page']);
    assert.equal(readFileSync(path.join(out, 'new-page', 'index.html'), 'utf8'), 'new');
    await workspace.dispose();
    assert.deepEqual(readdirSync(out).sort(), ['.git', '.nojekyll', 'index.html', 'new-page']);
    assert.equal(readFileSync(path.join(out, '.git', 'HEAD'), 'utf8'), 'ref: refs/heads/gh-pages\n');
  });
});

describe('placePages', () => {
  it('should move each rendered route to its MkDocs file name, whatever characters it holds', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'mkdocs-place-'));
    const out = path.join(scratch, 'out');
    mkdirSync(path.join(out, ROUTE_DIR), { recursive: true });
    const pages = [
      { route: 'p0', dest: 'index.html' },
      { route: 'p1', dest: 'Getting Started/index.html' },
      { route: 'p2', dest: 'a?b#c/100%/index.html' },
      // A docs folder named like the route folder must not be confused with it.
      { route: 'p3', dest: `${ROUTE_DIR}/index.html` },
    ];
    for (const page of pages) writeFileSync(path.join(out, ROUTE_DIR, `${page.route}.html`), page.dest);
    assert.equal(placePages(out, scratch, pages), 4);
    for (const page of pages) assert.equal(readFileSync(path.join(out, page.dest), 'utf8'), page.dest);
    assert.deepEqual(readdirSync(path.join(out, ROUTE_DIR)), ['index.html']);
  });
});

describe('devRoutes', () => {
  const routeOf = devRoutes([
    { url: '', route: 'p0' },
    { url: 'Getting%20Started/', route: 'p1' },
    { url: 'os/linux.html', route: 'p2' },
  ]);

  it('should find a page by its URL as a browser sends it, with or without the trailing slash', () => {
    assert.equal(routeOf(''), 'p0');
    assert.equal(routeOf('index.html'), 'p0');
    assert.equal(routeOf('Getting%20Started/'), 'p1');
    assert.equal(routeOf('Getting Started'), 'p1');
    assert.equal(routeOf('Getting%20Started/index.html'), 'p1');
    assert.equal(routeOf('os/linux.html'), 'p2');
  });

  it('should not answer for other paths or malformed escapes', () => {
    assert.equal(routeOf('os/linux'), undefined);
    assert.equal(routeOf('assets/x.png'), undefined);
    assert.equal(routeOf('%E0%A4%A'), undefined);
  });
});
