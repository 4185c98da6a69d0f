/**
 * src/shared/iconify-set.ts reads an icon's entry out of its set's file without parsing the
 * whole file: the icon data must be what the whole parsed set gives, for icons and aliases of
 * every set we ship, and a file in another layout is parsed whole.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { IconifyJSON } from '@iconify/types';
import { getIconData } from '@iconify/utils';
import { readIconSet } from '../../src/shared/iconify-set.ts';

const require = createRequire(import.meta.url);
const SETS = ['mdi', 'simple-icons', 'octicon', 'twemoji', 'fa7-brands', 'fa7-solid', 'fa7-regular', 'fa6-brands', 'fa6-solid', 'fa6-regular'];

/** About `count` names spread over `names`, first and last included. */
function sample(names: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(names.length / count));
  return [...names.filter((_, index) => index % step === 0), ...names.slice(-1)];
}

describe('readIconSet', () => {
  for (const set of SETS) {
    test(`${set}: icons and aliases as the whole set draws them`, () => {
      const file = require.resolve(`@iconify-json/${set}/icons.json`);
      const whole = JSON.parse(readFileSync(file, 'utf8')) as IconifyJSON;
      const reader = readIconSet(file);
      const names = [...sample(Object.keys(whole.icons), 60), ...sample(Object.keys(whole.aliases ?? {}), 60), 'no-such-icon'];
      for (const name of names) assert.deepEqual(getIconData(reader.subset([name]), name), getIconData(whole, name), `${set}:${name}`);
      // A subset of several names holds each of them.
      const several = reader.subset(names.slice(0, 5));
      for (const name of names.slice(0, 5)) assert.deepEqual(getIconData(several, name), getIconData(whole, name), `${set}:${name} among others`);
    });
  }

  test("a tab-indented set's defaults are read before, between and after its icons and aliases, not from inside an icon", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iconify-set-'));
    try {
      // Key order is the file's order: a default on each side of each section, and one that only an icon has.
      const set: IconifyJSON = { prefix: 'x', width: 16, icons: { a: { body: '<path d="M0"/>', height: 30, rotate: 1 } }, height: 20, aliases: { b: { parent: 'a', hFlip: true } }, left: 2 };
      const file = path.join(dir, 'icons.json');
      writeFileSync(file, JSON.stringify(set, null, '\t'));
      const reader = readIconSet(file);
      for (const name of ['a', 'b']) assert.deepEqual(getIconData(reader.subset([name]), name), getIconData(set, name), name);
      assert.deepEqual(Object.fromEntries(Object.entries(reader.subset(['a'])).filter(([key]) => !['icons', 'aliases'].includes(key))), { prefix: 'x', width: 16, height: 20, left: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a set in another layout (minified) is parsed whole', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iconify-set-'));
    try {
      const set: IconifyJSON = { prefix: 'x', width: 16, height: 16, icons: { a: { body: '<path d="M0"/>' } }, aliases: { b: { parent: 'a', hFlip: true } } };
      const file = path.join(dir, 'icons.json');
      writeFileSync(file, JSON.stringify(set));
      const reader = readIconSet(file);
      assert.deepEqual(getIconData(reader.subset(['b']), 'b'), getIconData(set, 'b'));
      assert.equal(getIconData(reader.subset(['c']), 'c'), null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that is no icon set is refused, naming the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iconify-set-'));
    try {
      const file = path.join(dir, 'icons.json');
      writeFileSync(file, '{"icons": 1}');
      assert.throws(() => readIconSet(file), new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not an Iconify icon set`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
