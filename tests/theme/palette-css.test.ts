/**
 * The palette's colour rules in the generated stylesheet (src/theme/palette-css.ts): only the
 * colours mkdocs.yml names, read from the theme's own colour tables.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { colourRules, paletteCss } from '../../src/theme/palette-css.ts';

const PALETTE = path.join(import.meta.dirname, '../../src/styles/palette');

/** The colour names of a table file, as its selectors spell them. */
function namesIn(file: string, role: string): string[] {
  const css = readFileSync(path.join(PALETTE, file), 'utf8');
  return [...css.matchAll(new RegExp(`\\[data-md-color-${role}="([a-z-]+)"\\]`, 'g'))].map((match) => match[1] ?? '');
}

describe('colourRules', () => {
  test('every rule of the theme\'s primary and accent tables is found, whole', () => {
    for (const role of ['primary', 'accent'] as const) {
      const file = `${role}.css`;
      const rules = colourRules(readFileSync(path.join(PALETTE, file), 'utf8'), role);
      assert.deepEqual([...rules.keys()], namesIn(file, role));
      assert.ok(rules.size >= 16, `${file} has Material's colours`);
      for (const rule of rules.values()) assert.match(rule, /\{\n(?:\s+--md-[\w-]+: [^;]+;\n)+\}$/);
    }
    const primary = colourRules(readFileSync(path.join(PALETTE, 'primary.css'), 'utf8'), 'primary');
    assert.ok(primary.has('deep-purple') && primary.has('black') && primary.has('white'));
  });
});

describe('paletteCss', () => {
  test('should ship the rules of the colours the palette names, in the theme layer', () => {
    const css = paletteCss([
      { media: '(prefers-color-scheme: light)', scheme: 'default', primary: 'teal', accent: 'amber' },
      { media: '(prefers-color-scheme: dark)', scheme: 'slate', primary: 'deep-purple', accent: 'amber' },
    ]);
    assert.match(css, /^@layer theme \{\n[\s\S]*\n\}\n$/);
    assert.deepEqual([...css.matchAll(/\[data-md-color-(\w+)="([a-z-]+)"\]/g)].map((match) => `${match[1]}=${match[2]}`), ['primary=teal', 'primary=deep-purple', 'accent=amber']);
  });

  test('should not ship the colours nobody configured', () => {
    const css = paletteCss([{ scheme: 'default', primary: 'teal', accent: 'amber' }]);
    assert.doesNotMatch(css, /"red"|"indigo"|"purple"/);
  });

  test('should ship indigo, the colour pages carry without a palette, when mkdocs.yml sets none', () => {
    assert.deepEqual([...paletteCss([]).matchAll(/\[data-md-color-(\w+)="([a-z-]+)"\]/g)].map((match) => `${match[1]}=${match[2]}`), ['primary=indigo', 'accent=indigo']);
  });

  test('should ship nothing for `custom` colours, which the site\'s extra.css defines', () => {
    assert.equal(paletteCss([{ scheme: 'default', primary: 'custom', accent: 'custom' }]), '');
  });
});
