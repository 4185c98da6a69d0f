/**
 * The markup helpers of the theme's string renderers (src/theme/astro-markup.ts) against Astro's
 * own functions: a page drawn as a string must come out as the component drew it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { attribute, classList, escapeText, flag } from '../../src/theme/astro-markup.ts';

const texts = ['plain', '', `A & "B" <'c'>`, '&amp; already', 'ünïcode → ok'];

describe('astro-markup', () => {
  test('escapes text as Astro escapes a string expression', () => {
    for (const text of texts) assert.equal(escapeText(text), String(escapeHTML(text)), text);
  });

  test('writes an attribute as Astro writes an expression\'s value: nothing for undefined, bare when empty', () => {
    for (const value of [...texts, undefined, 0, 2]) assert.equal(attribute('title', value), String(addAttribute(value, 'title')), String(value));
  });

  test('writes a boolean attribute as Astro does: its name when on, nothing when off', () => {
    for (const on of [true, false]) assert.equal(flag('checked', on), String(addAttribute(on, 'checked')));
  });

  test('writes class:list as Astro does: the names that hold, in order, and no attribute when none does', () => {
    const cases: Array<Record<string, boolean>> = [{ a: true, b: false, c: true }, { a: false }, { 'md-nav__item': true, 'md-nav__item--active': true }];
    for (const names of cases) assert.equal(classList(names), String(addAttribute([names], 'class:list')), JSON.stringify(names));
  });
});
