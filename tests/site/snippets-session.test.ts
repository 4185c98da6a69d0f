/**
 * A snippet a page includes that is not there yet (pymdownx.snippets without check_paths, whose
 * default base path is the project folder): `serve` watches where it was looked for, and the save
 * that makes it renders again only the page that looked for it (src/site/stages/model.ts,
 * src/site/render-cache.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createSiteSession } from '../../src/site/session.ts';
import { htmlText } from '../../src/shared/page-html.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'snippets-session-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('a missing snippet under serve', () => {
  test('should be watched where it was looked for, and its page rendered again, alone, once it is made', async () => {
    write('mkdocs.yml', 'site_name: Snippets\nmarkdown_extensions:\n  - pymdownx.snippets\n');
    write('docs/index.md', '# Home\n\n--8<-- "includes/members.md"\n');
    write('docs/other.md', '# Other\n');
    write('includes/glossary.md', '*[HTML]: Hyper Text Markup Language\n');
    const session = createSiteSession({ configFile: path.join(root, 'mkdocs.yml'), serve: true, threads: 1 });
    const first = await session.update();
    const missing = path.join(root, 'includes/members.md');
    assert.ok(first.watch.includes(missing), first.watch.join('\n'));
    const updated = await session.update([write('includes/members.md', 'The members.\n')]);
    assert.deepEqual(updated.rendered, ['index.md']);
    assert.match(htmlText(updated.model.pages.find((page) => page.src === 'index.md')?.html ?? ''), /The members\./);
  });
});
