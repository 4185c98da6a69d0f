/**
 * A cold build copies its static files while its pages render (src/integration/publish-build.ts
 * copyStaticEarly): the site must hold what a build that copies them after Astro holds. A static
 * file at a page's file name is the static file, as it has always been; files at the top and
 * under `_astro/` are copied after Astro; a build that prepares its pages before Astro starts
 * (no early copies) gives the same files.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { listFiles, project, runBuildCommand } from '../helpers/cli-run.ts';

const STATIC: Record<string, string> = {
  // At the file name of the page guide.md.
  'guide/index.html': '<p>the static guide</p>',
  'img/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'img/deep/b.txt': 'b',
  'robots.txt': 'User-agent: *',
  '_astro/own.js': 'console.log(1);',
};

describe('static files copied while the pages render', () => {
  let root = '';
  let site = '';
  before(async () => {
    // more/page.md's link is written for the source tree (`img/` beside docs/), so the page's URL
    // needs a copy at more/page/img/a.svg: an asset alias, linked to the early copy.
    root = project({ 'index.md': '# Home\n\n![a](img/a.svg)\n', 'guide.md': '# Guide\n\nThe guide page.\n', 'more/page.md': '# More\n\n![a](img/a.svg)\n', ...STATIC });
    site = path.join(root, 'site');
    const built = await runBuildCommand(['build', '-q'], root);
    assert.equal(built.code, 0, built.stderr);
  });
  after(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  test('every static file is in the site with its bytes, the one at a page\'s file name over the page', () => {
    for (const [name, text] of Object.entries(STATIC)) assert.equal(readFileSync(path.join(site, name), 'utf8'), text, name);
    assert.match(readFileSync(path.join(site, 'more/page/index.html'), 'utf8'), /More/);
    assert.equal(readFileSync(path.join(site, 'more/page/img/a.svg'), 'utf8'), STATIC['img/a.svg']);
    // The alias is linked to the copy of its source (made early, here).
    assert.equal(statSync(path.join(site, 'more/page/img/a.svg')).ino, statSync(path.join(site, 'img/a.svg')).ino);
  });

  test('a build that copies them after Astro gives the same files', async () => {
    const cold = Object.fromEntries(listFiles(site).filter((name) => !name.startsWith('.')).map((name) => [name, readFileSync(path.join(site, name))]));
    // Another site name: every page is drawn again, by a build that prepared its site first.
    writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: Test again\n');
    const again = await runBuildCommand(['build', '-v'], root);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /pages look as they did/);
    const rebuilt = Object.fromEntries(listFiles(site).filter((name) => !name.startsWith('.')).map((name) => [name, readFileSync(path.join(site, name))]));
    assert.deepEqual(Object.keys(rebuilt).sort(), Object.keys(cold).sort());
    for (const name of [...Object.keys(STATIC), 'more/page/img/a.svg']) assert.deepEqual(rebuilt[name], cold[name], name);
  });
});
