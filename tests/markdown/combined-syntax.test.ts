/**
 * The renderer merges its micromark extensions once (core/combined-syntax.ts) and hands micromark
 * the merged one: the table of constructs micromark then builds must be the one it builds from
 * the extensions one by one, construct for construct and in the same order, or a page would
 * tokenize differently.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'micromark';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Extension } from 'micromark-util-types';
import { combinedSyntax } from '../../src/markdown/core/combined-syntax.ts';
import { buildPipeline } from '../../src/markdown/pipeline.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';
import { ext } from '../helpers/render.ts';

const CORPUS_LIKE = ['admonition', 'pymdownx.details', 'pymdownx.superfences', 'pymdownx.tabbed', 'pymdownx.arithmatex', 'pymdownx.critic', 'pymdownx.caret', 'pymdownx.keys', 'pymdownx.mark', 'pymdownx.tilde', 'pymdownx.tasklist', 'attr_list', 'def_list', 'md_in_html', 'abbr', 'tables', 'footnotes', 'toc'].map((name) => ext(name));

function processorOf(extensions: readonly ExtensionSpec[], bare = false) {
  const { processor } = buildPipeline({ extensions, projectDir: '/nonexistent', docsDir: '/nonexistent', bare });
  processor.freeze();
  return processor;
}

/** The construct table micromark parses with, given these extensions. */
const table = (extensions: Extension[]) => parse({ extensions }).constructs;

describe('combinedSyntax', () => {
  for (const [name, extensions, bare] of [
    ['a corpus-like extension list', CORPUS_LIKE, false],
    ['pymdownx.extra with saneheaders and betterem', [ext('pymdownx.extra'), ext('pymdownx.saneheaders'), ext('pymdownx.betterem')], false],
    ['a bare renderer (no fences)', [], true],
  ] as const) {
    test(`gives micromark the table the extensions give one by one: ${name}`, () => {
      const processor = processorOf(extensions, bare);
      const list = processor.data().micromarkExtensions ?? [];
      assert.ok(list.length > 5);
      assert.deepStrictEqual(table(combinedSyntax(processor)), table(list));
      // With more after it, as md_in_html's span mode adds its own.
      const more: Extension = { disable: { null: ['codeIndented'] }, flow: { null: [{ name: 'x', tokenize: () => () => undefined }] } };
      assert.deepStrictEqual(table([...combinedSyntax(processor), more]), table([...list, more]));
    });
  }

  test('the comparison sees the order of constructs (the list reversed is another table)', () => {
    const list = processorOf(CORPUS_LIKE).data().micromarkExtensions ?? [];
    assert.notDeepStrictEqual(table([combineExtensions(list.toReversed())]), table(list));
  });

  test('is merged once per processor, and again when an extension was added since', () => {
    const processor = processorOf(CORPUS_LIKE);
    const first = combinedSyntax(processor);
    assert.equal(combinedSyntax(processor), first);
    processor.data().micromarkExtensions?.push({ text: { 64: { name: 'at', tokenize: () => () => undefined } } });
    const again = combinedSyntax(processor);
    assert.notEqual(again, first);
    assert.equal(again[0]?.text?.[64] !== undefined, true);
  });
});
