/**
 * Every shipped language speaks every label: each table has every key of the English one, and a
 * label may equal the English text only where the language really writes it so (listed below,
 * with the reason). Both the theme's tables (src/shared/languages/<lang>.ts) and the labels that
 * only custom_dir templates draw (template-labels.ts) are checked.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { directionOf, LABEL_KEYS, LANGUAGE_TABLES } from '../../src/shared/languages/index.ts';
import { en } from '../../src/shared/languages/en.ts';
import { TEMPLATE_KEYS, TEMPLATE_TABLES, templateLabels } from '../../src/shared/languages/template-labels.ts';
import { labelLookup } from '../../src/shared/languages/lookup.ts';

/** `<lang>:<key>` labels whose text is the English one because the language uses that word too. */
const SAME_AS_ENGLISH = new Set([
  'de:nav', // "Navigation" is German
  'de:tabs', // "Tabs" is the usual German UI word
  'fr:nav', // "Navigation" is French
  'fr:annotation', // "Annotation #" is French
  'it:nav.home', // "Home" is the usual Italian label for a home page
  'fr:meta.source', // "Source" is French
  'fr:blog.archive', // "Archive" is French (Material's translation)
  'de:blog.categories.in', // "in" is German
  'it:blog.categories.in', // "in" is Italian
  'nl:blog.categories.in', // "in" is Dutch
  'nl:blog.meta', // "Metadata" is Dutch
]);

const SHIPPED = ['en', 'de', 'fr', 'es', 'pt', 'pt-br', 'it', 'nl', 'pl', 'ru', 'uk', 'ja', 'zh', 'ko', 'tr', 'ar'];

function untranslated(tag: string, keys: readonly string[], table: Readonly<Record<string, string>>, english: Readonly<Record<string, string>>): string[] {
  return keys.filter((key) => key !== 'direction' && key !== 'language' && table[key] === english[key] && !SAME_AS_ENGLISH.has(`${tag}:${key}`));
}

describe('label coverage in every shipped language', () => {
  test('should ship the same languages for the theme and for templates', () => {
    assert.deepEqual(Object.keys(LANGUAGE_TABLES).sort(), [...SHIPPED].sort());
    assert.deepEqual(Object.keys(TEMPLATE_TABLES).sort(), [...SHIPPED].sort());
  });

  for (const tag of SHIPPED.filter((each) => each !== 'en')) {
    test(`${tag} should have every key of English, translated, in the theme's and the templates' tables`, () => {
      const theme: Readonly<Record<string, string>> = LANGUAGE_TABLES[tag] ?? {};
      const templates: Readonly<Record<string, string>> = TEMPLATE_TABLES[tag] ?? {};
      assert.deepEqual(Object.keys(theme).sort(), Object.keys(en).sort());
      assert.deepEqual(Object.keys(templates).sort(), [...TEMPLATE_KEYS].sort());
      assert.deepEqual(untranslated(tag, LABEL_KEYS, theme, en), [], 'theme labels still in English');
      assert.deepEqual(untranslated(tag, TEMPLATE_KEYS, templates, templateLabels('en')), [], 'template labels still in English');
      for (const key of TEMPLATE_KEYS) assert.notEqual(templates[key]?.trim() ?? '', '', key);
    });
  }

  test('should keep the count placeholder in the reading time', () => {
    for (const tag of SHIPPED) assert.match(LANGUAGE_TABLES[tag]?.['readtime.other'] ?? '', /#/, tag);
  });

  test('should list only labels that are still the same as English as allowed exceptions', () => {
    for (const entry of SAME_AS_ENGLISH) {
      const [tag = '', key = ''] = entry.split(':');
      const theme: Readonly<Record<string, string>> = LANGUAGE_TABLES[tag] ?? {};
      const english: Readonly<Record<string, string>> = key in en ? en : templateLabels('en');
      const table: Readonly<Record<string, string>> = key in en ? theme : (TEMPLATE_TABLES[tag] ?? {});
      assert.equal(table[key], english[key], `${entry} is translated now: drop it from the list`);
    }
  });

  test('should write Arabic right to left and no other shipped language', () => {
    for (const tag of SHIPPED) assert.equal(directionOf(tag), tag === 'ar' ? 'rtl' : 'ltr', tag);
  });
});

describe('templateLabels and lang.t in templates', () => {
  test('should pick the exact tag, else the primary subtag, else English', () => {
    assert.equal(templateLabels('pt-BR')['rss.created'], 'Feed RSS');
    assert.equal(templateLabels('de_CH')['source.file.date.updated'], 'Letzte Aktualisierung');
    assert.equal(templateLabels('xx')['source.file.date.updated'], 'Last update');
  });

  test('should answer a template-only key in the site\'s language, the site\'s own partial first', () => {
    const de = LANGUAGE_TABLES['de'] ?? en;
    assert.equal(labelLookup(de)('source.file.date.updated'), 'Letzte Aktualisierung');
    assert.equal(labelLookup(de, new Map([['meta.comments', 'Diskussion']]))('meta.comments'), 'Diskussion');
    assert.equal(labelLookup(de)('toc'), 'Inhaltsverzeichnis');
  });

  test('should give the key itself for a key no table has (Material\'s language.html ends `or key`), even one named like an object property', () => {
    assert.equal(labelLookup(en)('blog.nothing'), 'blog.nothing');
    assert.equal(labelLookup(en)('constructor'), 'constructor');
  });
});
