/**
 * Markdown-in / HTML-out fixtures, one folder per extension:
 *   tests/markdown/fixtures/<extension>/config.yml   (shaped like mkdocs.yml: markdown_extensions)
 *   tests/markdown/fixtures/<extension>/<case>.md     input
 *   tests/markdown/fixtures/<extension>/<case>.html   Python-Markdown + PyMdown's output (reference.py)
 * Regenerate the expected HTML from the reference renderer with `UPDATE_FIXTURES=1 npm test`
 * (needs Debian's python3-markdown stack, see ../shared/conformance/README.md), then review the diff.
 * A folder whose config.yml starts with `# expected HTML:` is skipped (see `byHand` below).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRenderer } from '../../src/markdown/index.ts';
import { fixtureFolders } from '../helpers/fixture-configs.ts';
import { normalizeCache } from '../helpers/normalize-cache.ts';

const root = path.join(import.meta.dirname, 'fixtures');
// ../shared next to the checkout, or next to its parent folder for a git worktree.
const reference = [path.resolve(import.meta.dirname, '../../../shared'), path.resolve(import.meta.dirname, '../../../../shared')]
  .map((shared) => path.join(shared, 'conformance/reference.py'))
  .find((file) => existsSync(file)) ?? path.resolve(import.meta.dirname, '../../../shared/conformance/reference.py');
const update = process.env['UPDATE_FIXTURES'] === '1';
// Both sides of every comparison are mostly the strings of the last run: normalized once, remembered.
const normalized = normalizeCache();
after(() => normalized.save());

for (const { name: extension, folder, configFile, extensions, pages } of fixtureFolders(root)) {
  const renderer = createRenderer({ extensions, projectDir: folder, docsDir: folder });
  // Extensions the reference's Python stack lacks: their expected HTML is written by hand from the
  // Python source (`# expected HTML: written by hand`, the `{!file!}` includes) or made by
  // reference.py with the package's source on PYTHONPATH (`# expected HTML: made by reference.py
  // with ...`, mdx_truly_sane_lists), as the first line of config.yml says; never regenerated here.
  const byHand = readFileSync(configFile, 'utf8').startsWith('# expected HTML:');
  describe(`${extension} fixtures`, () => {
    for (const name of pages) {
      const input = path.join(folder, name);
      const expectedFile = input.replace(/\.md$/, '.html');
      test(`${extension}/${name.replace(/\.md$/, '')} renders as Python-Markdown does`, () => {
        const source = readFileSync(input, 'utf8');
        if (update && !byHand) {
          const html = execFileSync('/usr/bin/python3', [reference, configFile, '--stdin', '--keep-svg'], { input: source, cwd: folder, encoding: 'utf8' });
          writeFileSync(expectedFile, html);
        }
        const actual = renderer.render({ path: name, value: source }).html;
        assert.equal(normalized.normalize(actual), normalized.normalize(readFileSync(expectedFile, 'utf8')));
      });
    }
  });
}
