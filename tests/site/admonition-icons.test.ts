/**
 * theme.icon.admonition: each type's icon resolved through the theme's icon lookup (custom_dir
 * `.icons/`, custom_icons, the bundled sets), unknown icons named, and the CSS the theme writes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createIconIndex } from '../../src/markdown/index.ts';
import { admonitionIcons } from '../../src/site/admonition-icons.ts';
import { admonitionIconCss } from '../../src/theme/icon-masks.ts';

const icons = createIconIndex([]);

function customDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mkdocs-admonition-icons-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('admonitionIcons', () => {
  test('should resolve octicons, fontawesome, material and simple names to their SVG', () => {
    const found = admonitionIcons({ admonition: { note: 'octicons/tag-16', bug: 'fontawesome/solid/robot', tip: 'material/lightbulb', quote: 'simple/github' } }, icons, undefined);
    assert.deepEqual(found.problems, []);
    assert.deepEqual(found.icons.map((icon) => icon.type), ['note', 'bug', 'tip', 'quote']);
    for (const icon of found.icons) assert.match(icon.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d .]+">/);
  });

  test("should read the custom_dir's .icons folder first, and never a file outside it", () => {
    const dir = customDir({ '.icons/brand/logo.svg': '<svg id="ours"/>', 'secret.svg': '<svg id="secret"/>' });
    const found = admonitionIcons({ admonition: { note: 'brand/logo', tip: '../secret' } }, icons, dir);
    assert.deepEqual(found.icons, [{ type: 'note', svg: '<svg id="ours"/>' }]);
    assert.equal(found.problems.length, 1);
    assert.match(found.problems[0]?.message ?? '', /^theme\.icon\.admonition\.tip: unknown icon '\.\.\/secret'/);
  });

  test('should name an unknown icon, a non-string value and a type that is no CSS name, keeping the rest', () => {
    const found = admonitionIcons({ admonition: { note: 'material/no-such-icon-here', tip: 3, 'a b': 'material/check', info: 'material/check' } }, icons, undefined);
    assert.deepEqual(found.icons.map((icon) => icon.type), ['info']);
    assert.deepEqual(found.problems.map((problem) => problem.type), ['note', 'tip', 'a b']);
    assert.match(found.problems[0]?.message ?? '', /unknown icon 'material\/no-such-icon-here'.*the default icon is kept/);
  });

  test('should do nothing without the setting, and name a mapping that is not one', () => {
    assert.deepEqual(admonitionIcons(undefined, icons, undefined), { icons: [], problems: [] });
    assert.deepEqual(admonitionIcons({ logo: 'material/library' }, icons, undefined), { icons: [], problems: [] });
    assert.equal(admonitionIcons({ admonition: 'octicons/tag-16' }, icons, undefined).problems[0]?.type, undefined);
  });
});

describe('admonitionIconCss', () => {
  test('should redefine a built-in type\'s custom property and add no selector for it', () => {
    const css = admonitionIconCss([{ type: 'note', svg: '<svg a="#"/>' }]);
    assert.equal(css, `:root {\n  --md-admonition-icon--note: url("data:image/svg+xml;charset=utf-8,<svg a='%23'/>");\n}\n`);
  });

  test("should give a type of the site's own the rule that draws its icon", () => {
    const css = admonitionIconCss([{ type: 'pied-piper', svg: '<svg/>' }]);
    assert.match(css, /--md-admonition-icon--pied-piper: url\(/);
    assert.match(css, /:root \.md-typeset :is\(\.admonition, details\)\.pied-piper \{\n {2}--md-admonition-mask: var\(--md-admonition-icon--pied-piper\);\n\}/);
  });

  test('should write nothing without icons', () => {
    assert.equal(admonitionIconCss([]), '');
  });
});
