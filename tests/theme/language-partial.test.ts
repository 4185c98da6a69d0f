import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { parseLanguagePartial } from '../../src/shared/languages/jinja-dict.ts';
import { siteLabels } from '../../src/site/labels.ts';

const MATERIAL_STYLE = `{#-
  This file was automatically generated - do not edit
-#}
{% macro t(key) %}{{ {
  "language": "fr",
  "direction": "ltr",
  "action.edit": "Modifier cette page",
  "search.config.separator": '[\\s\\-]+',
  "toc": "Table des matières"
}[key] }}{% endmacro %}
`;

const CUSTOM_STYLE = `{% import "partials/languages/en.html" as fallback %}
{% macro t(key) %}{{ {
  "language": "he",
  "toc": "תוכן עניינים",
  'footer.next': 'It\\'s next'
}[key] or fallback.t(key) }}{% endmacro %}
`;

describe('parseLanguagePartial', () => {
  test('should read every entry of a Material language partial', () => {
    const parsed = parseLanguagePartial(MATERIAL_STYLE);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.entries.get('action.edit'), 'Modifier cette page');
    assert.equal(parsed.entries.get('toc'), 'Table des matières');
    assert.equal(parsed.entries.get('search.config.separator'), '[\\s\\-]+');
    assert.equal(parsed.fallback, undefined);
  });

  test('should read single quotes, escaped quotes and the imported fallback of custom.html', () => {
    const parsed = parseLanguagePartial(CUSTOM_STYLE);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.fallback, 'en');
    assert.equal(parsed.entries.get('footer.next'), "It's next");
    assert.equal(parsed.entries.get('toc'), 'תוכן עניינים');
  });

  test('should accept a trailing comma and a Jinja comment inside the dict', () => {
    const parsed = parseLanguagePartial('{{ {\n  {# ours #}\n  "toc": "A",\n}[key] }}');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.entries.get('toc'), 'A');
  });

  test('should report an entry it cannot read at its line and keep the others', () => {
    const parsed = parseLanguagePartial('{{ {\n  "toc": "A",\n  "top": some_variable,\n  "footer": "F"\n}[key] }}');
    assert.equal(parsed.entries.get('toc'), 'A');
    assert.equal(parsed.entries.get('footer'), 'F');
    assert.equal(parsed.entries.has('top'), false);
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0]?.line, 3);
    assert.match(parsed.problems[0]?.message ?? '', /cannot read this entry/);
  });

  test('should report a file without a dictionary and not throw', () => {
    const parsed = parseLanguagePartial('<p>not a language partial</p>');
    assert.equal(parsed.entries.size, 0);
    assert.match(parsed.problems[0]?.message ?? '', /no `\{\{ \{ \.\.\. \}\[key\] \}\}` dictionary/);
  });

  test('should report an unclosed dictionary and an unclosed string, keeping what came before', () => {
    const parsed = parseLanguagePartial('{{ {\n  "toc": "A",\n  "top": "B\n');
    assert.equal(parsed.entries.get('toc'), 'A');
    assert.ok(parsed.problems.some((p) => /string is not closed/.test(p.message) && p.line === 3));
    assert.ok(parsed.problems.some((p) => /not closed: expected `}`/.test(p.message)));
  });

  test('should not execute or expand anything: expressions stay unread', () => {
    const parsed = parseLanguagePartial('{{ { "toc": "A" ~ "B" }[key] }}');
    assert.equal(parsed.entries.has('toc'), false);
    assert.equal(parsed.problems.length, 1);
  });
});

describe('siteLabels', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'labels-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const languages = path.join(dir, 'partials', 'languages');
  mkdirSync(languages, { recursive: true });

  test('should use the shipped table of theme.language without a custom_dir', () => {
    const { table, messages } = siteLabels('ar', undefined);
    assert.equal(table.direction, 'rtl');
    assert.equal(table['footer.next'], 'التالي');
    assert.deepEqual(messages, []);
  });

  test('should warn and use English for a language we do not ship, keeping its tag and direction', () => {
    const { table, messages } = siteLabels('he', undefined);
    assert.equal(table.language, 'he');
    assert.equal(table.direction, 'rtl');
    assert.equal(table.toc, 'Table of contents');
    assert.match(messages[0]?.message ?? '', /theme.language 'he' has no label table/);
  });

  test('should lay custom_dir/partials/languages/<lang>.html over the shipped table', () => {
    writeFileSync(path.join(languages, 'fr.html'), '{% macro t(key) %}{{ {\n  "toc": "Sommaire"\n}[key] }}{% endmacro %}');
    const { table, messages } = siteLabels('fr', dir);
    assert.equal(table.toc, 'Sommaire');
    assert.equal(table['footer.next'], 'Suivant');
    assert.deepEqual(messages, []);
  });

  test('should read custom.html for `language: custom`, on its imported fallback, with the direction of its language', () => {
    writeFileSync(path.join(languages, 'custom.html'), CUSTOM_STYLE);
    const { table, messages } = siteLabels('custom', dir);
    assert.equal(table.language, 'he');
    assert.equal(table.direction, 'rtl');
    assert.equal(table.toc, 'תוכן עניינים');
    assert.equal(table['footer.previous'], 'Previous');
    assert.deepEqual(messages, []);
  });

  test('should report what it cannot read in a partial at file:line', () => {
    const file = path.join(languages, 'de.html');
    writeFileSync(file, '{{ {\n  "toc": "Inhalt",\n  "top": nope\n}[key] }}');
    const { table, messages } = siteLabels('de', dir);
    assert.equal(table.toc, 'Inhalt');
    assert.equal(table.top, 'Zurück zum Seitenanfang');
    assert.equal(messages[0]?.file, file);
    assert.equal(messages[0]?.line, 3);
  });
});
