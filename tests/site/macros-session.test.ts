/**
 * The macros plugin under `serve` (src/site/session.ts): a file a page included from include_dir
 * re-renders that page only; an include_yaml file, unknown to the stages, runs them all (load
 * reads it again); both are watched; and what the session makes equals a fresh prepareSite.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite, type PreparedSite } from '../../src/site/prepare.ts';
import { createSiteSession, type StageName } from '../../src/site/session.ts';
import { htmlText } from '../../src/shared/page-html.ts';

const FILES: Record<string, string> = {
  'mkdocs.yml': ['site_name: Macros', 'extra:', '  product: Widget', 'plugins:', '  - macros:', '      include_dir: partials', '      include_yaml: [data.yml]', ''].join('\n'),
  'data.yml': 'release: one\n',
  'partials/note.md': 'Note one for {{ product }}.\n',
  'docs/index.md': '# Home\n\n{% include "note.md" %}\n',
  'docs/release.md': '# Release\n\nRelease {{ release }}.\n',
  'docs/plain.md': '# Plain\n\nNo macros.\n',
};

function write(root: string, name: string, content: string): string {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const html = (site: PreparedSite, src: string) => htmlText(site.model.pages.find((p) => p.src === src)?.html ?? '');

async function started() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'macros-session-'));
  for (const [name, content] of Object.entries(FILES)) write(root, name, content);
  const ran: StageName[] = [];
  const configFile = path.join(root, 'mkdocs.yml');
  const session = createSiteSession({ configFile, serve: true, threads: 1, onStage: (stage) => ran.push(stage) });
  const first = await session.update();
  ran.length = 0;
  return { root, configFile, session, ran, first };
}

async function assertFresh(site: PreparedSite, configFile: string): Promise<void> {
  const fresh = await prepareSite({ configFile, serve: true, threads: 1 });
  assert.deepEqual(site.model, fresh.model);
}

describe('the macros plugin under serve', () => {
  test('should watch include_dir and the include_yaml files', async () => {
    const { root, first } = await started();
    assert.ok(first.watch.includes(path.join(root, 'partials')), first.watch.join());
    assert.ok(first.watch.includes(path.join(root, 'data.yml')), first.watch.join());
    assert.match(html(first, 'index.md'), /Note one for Widget\./);
  });

  test('should re-render only the page that included a file when it changes', async () => {
    const { root, configFile, session, ran } = await started();
    const site = await session.update([write(root, 'partials/note.md', 'Note two for {{ product }}.\n')]);
    assert.deepEqual(ran, ['render', 'meta', 'nav', 'tags', 'blog', 'links', 'model']);
    assert.deepEqual(site.rendered, ['index.md']);
    assert.match(html(site, 'index.md'), /Note two for Widget\./);
    await assertFresh(site, configFile);
  });

  test('should read an include_yaml file again when it changes, and render the pages with its new values', async () => {
    const { root, configFile, session, ran } = await started();
    const site = await session.update([write(root, 'data.yml', 'release: two\n')]);
    assert.equal(ran[0], 'load');
    assert.match(html(site, 'release.md'), /Release two\./);
    await assertFresh(site, configFile);
  });
});
