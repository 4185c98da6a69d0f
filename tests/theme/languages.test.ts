import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientLabels, clientLabelsAttribute, CLIENT_KEYS, directionOf, LABEL_KEYS, LANGUAGE_TABLES, builtinTable, parseClientLabels, translator, withOverrides } from '../../src/shared/languages/index.ts';
import { en } from '../../src/shared/languages/en.ts';

const REQUIRED = ['en', 'de', 'fr', 'es', 'pt', 'pt-br', 'it', 'nl', 'pl', 'ru', 'uk', 'ja', 'zh', 'ko', 'tr', 'ar'];

describe('the shipped label tables', () => {
  test('should ship English and the 15 languages most used by Material sites', () => {
    assert.deepEqual(Object.keys(LANGUAGE_TABLES).sort(), [...REQUIRED].sort());
  });

  for (const [tag, table] of Object.entries(LANGUAGE_TABLES)) {
    test(`${tag} should have every key, each a non-empty text, and no key we do not draw`, () => {
      assert.deepEqual(Object.keys(table).sort(), [...LABEL_KEYS].sort());
      // Material's Polish and Japanese tables leave "in" (before a post's categories) empty on purpose; Turkish too here.
      for (const key of LABEL_KEYS) if (key !== 'blog.categories.in') assert.notEqual(table[key].trim(), '', key);
    });

    test(`${tag} should keep the # placeholder of the counted search lines and the annotation`, () => {
      for (const key of ['search.result.none', 'search.result.other', 'annotation'] as const) assert.match(table[key], /#/, key);
      assert.match(table['readtime.other'], /#/, 'readtime.other');
    });

    if (tag !== 'en') {
      test(`${tag} should be translated, not a copy of English, for the visible labels`, () => {
        for (const key of ['action.skip', 'footer.next', 'search.result.placeholder', 'clipboard.copy'] as const) assert.notEqual(table[key], en[key], key);
      });
    }
  }

  test('should name its own language in the `language` key', () => {
    for (const [tag, table] of Object.entries(LANGUAGE_TABLES)) assert.equal(table.language.toLowerCase(), tag);
  });

  test('should mark Arabic right to left and should not mark any other shipped language so', () => {
    for (const [tag, table] of Object.entries(LANGUAGE_TABLES)) assert.equal(table.direction, tag === 'ar' ? 'rtl' : 'ltr', tag);
  });
});

describe('builtinTable', () => {
  test('should find a table by exact tag, any case or underscore', () => {
    assert.equal(builtinTable('pt-BR')?.language, 'pt-BR');
    assert.equal(builtinTable('pt_br')?.language, 'pt-BR');
  });
  test('should fall back to the primary subtag for a regional tag we do not ship', () => {
    assert.equal(builtinTable('de-CH')?.language, 'de');
    assert.equal(builtinTable('fr-CA')?.['footer.next'], 'Suivant');
  });
  test('should not invent a table for an unknown language', () => {
    assert.equal(builtinTable('xx'), undefined);
    assert.equal(builtinTable(''), undefined);
  });
});

describe('directionOf', () => {
  test('should say rtl for Arabic, Hebrew, Persian and Urdu, with or without a region', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'fa_IR']) assert.equal(directionOf(tag), 'rtl', tag);
  });
  test('should say ltr for other languages, including ones whose tag starts like an rtl one', () => {
    for (const tag of ['en', 'fr', 'arn', 'hr', 'ja']) assert.equal(directionOf(tag), 'ltr', tag);
  });
});

describe('translator', () => {
  const t = translator(LANGUAGE_TABLES['fr'] ?? en);
  test('should look labels up in the site table', () => {
    assert.equal(t('toc'), 'Table des matières');
  });
  test('should replace # by the given count or query', () => {
    assert.equal(t('search.result.other', 3), '3 pages correspondantes');
    assert.equal(t('search.result.none', 'tor'), 'Aucun résultat pour « tor »');
  });
  test('should not touch a label when no value is given', () => {
    assert.equal(t('search.result.other'), '# pages correspondantes');
  });
});

describe('withOverrides', () => {
  test('should lay a site\'s own labels over the table and keep the rest', () => {
    const table = withOverrides(en, new Map([['toc', 'Contents'], ['footer.next', 'Onward']]));
    assert.equal(table.toc, 'Contents');
    assert.equal(table['footer.next'], 'Onward');
    assert.equal(table['footer.previous'], 'Previous');
  });
  test('should not take keys the theme does not draw, nor a direction other than ltr or rtl', () => {
    const table = withOverrides(en, new Map([['consent.accept', 'Accept'], ['direction', 'sideways']]));
    assert.equal(table.direction, 'ltr');
    assert.equal(Object.hasOwn(table, 'consent.accept'), false);
  });
});

describe('client labels', () => {
  test('should carry exactly the keys the browser scripts use', () => {
    assert.deepEqual(Object.keys(clientLabels(en)).sort(), [...CLIENT_KEYS].sort());
  });
  test('should read back what the page wrote', () => {
    const fr = LANGUAGE_TABLES['fr'] ?? en;
    assert.deepEqual(parseClientLabels(JSON.stringify(clientLabels(fr))), clientLabels(fr));
  });
  test('the page carries only the labels that differ from English: none for an English site', () => {
    assert.equal(clientLabelsAttribute(en), undefined);
    const fr = LANGUAGE_TABLES['fr'] ?? en;
    assert.deepEqual(parseClientLabels(clientLabelsAttribute(fr)), clientLabels(fr));
    const own = withOverrides(en, new Map([['search.result.none', 'Nothing for #']]));
    assert.equal(clientLabelsAttribute(own), '{"search.result.none":"Nothing for #"}');
    assert.equal(parseClientLabels(clientLabelsAttribute(own))['search.result.none'], 'Nothing for #');
  });
  test('should not fail on a missing attribute, bad JSON or a missing entry: English fills in', () => {
    assert.deepEqual(parseClientLabels(undefined), clientLabels(en));
    assert.deepEqual(parseClientLabels('{oops'), clientLabels(en));
    assert.equal(parseClientLabels('{"clipboard.copy":"Copier","clipboard.copied":3}')['clipboard.copied'], en['clipboard.copied']);
    assert.equal(parseClientLabels('{"clipboard.copy":"Copier"}')['clipboard.copy'], 'Copier');
  });
});
