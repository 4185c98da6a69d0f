/**
 * The `!!!` / `???` / `===` block containers: their header expressions alone, then through
 * createRenderer for what fixtures cannot show (the reference crashes or differs on purpose).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRenderer } from '../../src/markdown/index.ts';
import { admonitionHeader } from '../../src/markdown/extensions/admonition/syntax.ts';
import { detailsHeader } from '../../src/markdown/extensions/details/syntax.ts';
import { tabbedHeader } from '../../src/markdown/extensions/tabbed/syntax.ts';
import { ext, renderNormalized } from '../helpers/render.ts';

const types = (segments: ReturnType<typeof admonitionHeader>): string[] | undefined => segments?.map((s) => s.type);

describe('admonition header', () => {
  test('should split a type, classes and a quoted title into tokens', () => {
    assert.deepEqual(types(admonitionHeader('!!! note inline "T"')), ['admonitionMarker', 'admonitionFiller', 'admonitionClasses', 'admonitionFiller', 'admonitionTitleMarker', 'admonitionTitle', 'admonitionFiller']);
  });
  test('should accept Unicode word characters in the type, as Python\'s \\w does', () => {
    assert.ok(admonitionHeader('!!! remarque_é'));
  });
  test('should not accept a title without a type, an unterminated title or text after it', () => {
    assert.equal(admonitionHeader('!!! "Title"'), undefined);
    assert.equal(admonitionHeader('!!! note "Title'), undefined);
    assert.equal(admonitionHeader('!!! note "Title" more'), undefined);
  });
  test('should not accept two or four exclamation marks', () => {
    assert.equal(admonitionHeader('!! note'), undefined);
    assert.equal(admonitionHeader('!!!! note'), undefined);
  });
});

describe('details header', () => {
  test('should mark `+` as open and accept a title without classes', () => {
    assert.ok(types(detailsHeader('???+ "Title"'))?.includes('detailsOpen'));
    assert.ok(!types(detailsHeader('??? note'))?.includes('detailsOpen'));
  });
  test('should not accept a bare marker or a quote without a space before it', () => {
    assert.equal(detailsHeader('???'), undefined);
    assert.equal(detailsHeader('???"Title"'), undefined);
  });
});

describe('tabbed header', () => {
  test('should require a quoted label and accept `!` for a new set', () => {
    assert.ok(types(tabbedHeader('===! "A"'))?.includes('tabbedSpecial'));
    assert.equal(tabbedHeader('=== A'), undefined);
  });
  test('should accept `===+`, `===+!` and `===!+` (a selected tab, PyMdown 10)', () => {
    for (const header of ['===+ "A"', '===+! "A"', '===!+ "A"']) assert.ok(types(tabbedHeader(header))?.includes('tabbedSpecial'), header);
  });
  test('should not accept `===++` or `===!!`', () => {
    assert.equal(tabbedHeader('===++ "A"'), undefined);
    assert.equal(tabbedHeader('===!! "A"'), undefined);
  });
});

const render = (value: string, alternate = true): string =>
  renderNormalized(value, [ext('admonition'), ext('pymdownx.details'), ext('pymdownx.tabbed', { alternate_style: alternate })], { projectDir: '/' });

describe('block containers through the renderer', () => {
  test('should number tab sets per page, not per renderer', () => {
    const page = '=== "A"\n    a\n';
    const renderer = createRenderer({ extensions: [{ name: 'pymdownx.tabbed', options: { alternate_style: true } }], projectDir: '/', docsDir: '/' });
    const first = renderer.render({ path: 'a.md', value: page }).html;
    const second = renderer.render({ path: 'b.md', value: page }).html;
    assert.equal(first, second);
    assert.match(second, /__tabbed_1_1/);
  });
  test('should render an empty tab label as an empty label and warn (PyMdown 9.5 raises an error there)', () => {
    assert.match(render('=== ""\n    a\n'), /<label for="__tabbed_1_1"><\/label>/);
    const renderer = createRenderer({ extensions: [{ name: 'pymdownx.tabbed', options: {} }], projectDir: '/', docsDir: '/' });
    const messages = renderer.render({ path: 'a.md', value: 'Text.\n\n=== ""\n    a\n' }).messages;
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line, m.column]), [['tabbed-empty-label', 3, 1]]);
  });
  test('should not warn about a tab label that has text', () => {
    const renderer = createRenderer({ extensions: [{ name: 'pymdownx.tabbed', options: {} }], projectDir: '/', docsDir: '/' });
    assert.deepEqual(renderer.render({ path: 'a.md', value: '=== "A"\n    a\n' }).messages, []);
  });
  test('should end the body at an unindented line even inside a nested container', () => {
    assert.equal(
      render('!!! note\n    ??? tip\n        inner\n    outer\nafter\n'),
      '<div class="admonition note"><p class="admonition-title">Note</p><details class="tip"><summary>Tip</summary><p>inner</p></details><p>outer</p></div><p>after</p>',
    );
  });
  test('should not treat a body line as lazy when it lost its indent', () => {
    assert.equal(render('!!! note\n    text\nlazy?\n'), '<div class="admonition note"><p class="admonition-title">Note</p><p>text</p></div><p>lazy?</p>');
  });
  test('should not start a container from a marker indented by three spaces', () => {
    assert.equal(render('   ??? note\n       x\n'), '<p>??? note x</p>');
  });
});
