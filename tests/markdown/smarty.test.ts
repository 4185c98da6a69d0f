/** smarty: options, the pattern engine and the renderer (escapes, code, inline HTML). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { educate } from '../../src/markdown/extensions/smarty/educate.ts';
import { markEscapes } from '../../src/markdown/extensions/smarty/escapes.ts';
import { smartyOptions } from '../../src/markdown/extensions/smarty/options.ts';
import { smartyPatterns } from '../../src/markdown/extensions/smarty/patterns.ts';
import { ext, renderHtml } from '../helpers/render.ts';

const html = (value: string, options: Record<string, unknown> = {}) => renderHtml(value, [ext('smarty', options)], { projectDir: '/p', docsDir: '/p/docs' });

const educated = (text: string, raw: Record<string, unknown> = {}) => {
  const options = smartyOptions(raw);
  return educate([text], smartyPatterns(options), options).map((part) => (part.kind === 'opaque' ? '?' : part.value)).join('');
};

describe('smarty options', () => {
  test('should turn quotes, dashes and ellipses on and angled quotes off by default', () => {
    const options = smartyOptions({});
    assert.deepEqual([options.quotes, options.dashes, options.ellipses, options.angledQuotes], [true, true, true, false]);
  });
  test('should replace only the substitutions given', () => {
    const options = smartyOptions({ substitutions: { 'left-double-quote': '&bdquo;', unknown: 'x' } });
    assert.equal(options.substitutions['left-double-quote'], '&bdquo;');
    assert.equal(options.substitutions['right-double-quote'], '&rdquo;');
  });
  test('should read "false" as off', () => {
    assert.equal(smartyOptions({ smart_dashes: 'false' }).dashes, false);
  });
});

describe('smarty patterns', () => {
  test('should educate quotes, dashes and ellipses', () => {
    assert.equal(educated(`"Hi" -- it's 'ok'...`), '&ldquo;Hi&rdquo; &ndash; it&rsquo;s &lsquo;ok&rsquo;&hellip;');
  });
  test('should close a decade abbreviation', () => {
    assert.equal(educated(`the '80s`), 'the &rsquo;80s');
  });
  test('should educate nested quote sets', () => {
    assert.equal(educated(`"'Quoted' words"`), '&ldquo;&lsquo;Quoted&rsquo; words&rdquo;');
  });
  test('should not make a dash of four hyphens or an ellipsis of four dots', () => {
    assert.equal(educated('a ---- b ....'), 'a ---- b ....');
  });
  test('should not educate dashes when smart_dashes is off', () => {
    assert.equal(educated('a -- b', { smart_dashes: false }), 'a -- b');
  });
  test('should educate angled quotes only when asked', () => {
    assert.equal(educated('<<a>>', { smart_angled_quotes: true }), '&laquo;a&raquo;');
    assert.equal(educated('<<a>>'), '<<a>>');
  });
});

describe('smarty escapes', () => {
  test('should mark escaped characters as Python-Markdown placeholders', () => {
    assert.equal(markEscapes(`"a"`, `\\"a"`, new Set(['"'])), '\x0234\x03a"');
  });
  test('should not mark a backslash before a character it cannot escape', () => {
    assert.equal(markEscapes('\\a', '\\a', new Set(['"'])), '\\a');
  });
});

describe('smarty in the renderer', () => {
  test('should leave escaped quotes and dashes straight', () => {
    assert.equal(html(`\\"a\\" \\-- b`), '<p>"a" -- b</p>');
  });
  test('should not touch code spans', () => {
    assert.equal(html('`"a" -- b`'), '<p><code>"a" -- b</code></p>');
  });
  test('should educate each text run on its own, as Python-Markdown does (a quote after emphasis opens)', () => {
    assert.equal(html('"*a*"'), '<p>“<em>a</em>“</p>');
  });
  test('should not educate inside an inline HTML tag', () => {
    assert.equal(html('<span title="a">"b"</span>'), '<p><span title="a">“b”</span></p>');
  });
});
