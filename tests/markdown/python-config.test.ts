/** Python-Markdown's reading of option values, shared by the extensions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { boolOption, parseBool, pythonName } from '../../src/markdown/extensions/python-config.ts';
import { PythonValue } from '../../src/config/yaml-tags.ts';

describe('parseBool', () => {
  test('should read parseBoolValue words in any case', () => {
    assert.deepEqual(['Yes', 'on', '1', 'TRUE', 'y'].map(parseBool), [true, true, true, true, true]);
    assert.deepEqual(['no', 'OFF', '0', 'false', 'none'].map(parseBool), [false, false, false, false, false]);
  });
  test('should not read other text as a boolean', () => {
    assert.equal(parseBool('inline'), undefined);
    assert.equal(parseBool(undefined), undefined);
  });
});

describe('boolOption', () => {
  test('should keep the default when unset and read false when unreadable', () => {
    assert.equal(boolOption(undefined, true), true);
    assert.equal(boolOption('maybe', true), false);
  });
});

describe('pythonName', () => {
  test('should give the dotted name of a !!python/name value, loaded or written as text', () => {
    assert.equal(pythonName(new PythonValue('name', 'pymdownx.slugs.slugify')), 'pymdownx.slugs.slugify');
    assert.equal(pythonName('!!python/name:a.b'), 'a.b');
  });
  test('should not name a plain mapping or number', () => {
    assert.equal(pythonName({ a: 1 }), undefined);
    assert.equal(pythonName(3), undefined);
  });
});
