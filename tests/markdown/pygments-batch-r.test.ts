/**
 * Batch R's lexers beyond their rule tables: Lasso's options (also through its DelegatingLexers),
 * Evoque's `{%`/`{` braces (a Python conditional group, two rules here), the literate lexers'
 * styles. Expected tokens are Pygments 2.20.0's; whole blocks are in fixtures/pygments-<language>/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexerLookup, lexerFor } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';

function tokens(lang: string, text: string, options?: Readonly<Record<string, unknown>>): string[] {
  const lexer = lexerFor(createLexerLookup(), lang);
  const configured = options === undefined ? lexer : (lexer.withOptions?.(options) ?? lexer);
  return [...configured.tokensUnprocessed(text)].map(([, type, value]) => `${type}:${value}`);
}

describe('LassoLexer options', () => {
  test('should retype member names in its builtin lists, and not with builtinshighlighting off', () => {
    assert.ok(tokens('lasso', '[#x->size]\n').includes('Name.Builtin:size'));
    assert.ok(tokens('lasso', '[#x->size]\n', { builtinshighlighting: false }).includes('Name.Other.Member:size'));
  });

  test('should hand options to LassoLexer through HTML+Lasso', () => {
    assert.ok(tokens('html+lasso', '<p>[#x->size]</p>\n', { builtinshighlighting: 'no' }).includes('Name.Other.Member:size'));
  });

  test('CSS+Lasso should keep requiredelimiters on whatever the options say', () => {
    const css = tokens('css+lasso', 'a { b: [#x->size]; }\n', { requiredelimiters: false });
    assert.deepEqual(css.slice(0, 3), ['Name.Tag:a', 'Text.Whitespace: ', 'Punctuation:{']);
    assert.ok(css.includes('Comment.Preproc:['));
  });

  test('should lex a text without delimiters as a Lasso file, and as Other with requiredelimiters', () => {
    assert.equal(tokens('lasso', 'local(x = 1)\n')[0], 'Keyword.Declaration:local');
    assert.deepEqual(tokens('lasso', 'local(x = 1)\n', { requiredelimiters: true }), ['Other:local(x = 1)\n']);
  });
});

describe('Evoque braces', () => {
  test('should close `${%` at `%}`, and at `}` when no `%}` follows', () => {
    assert.deepEqual(tokens('evoque', '${% x %}\n').slice(0, 5), ['Punctuation:${%', 'Text: ', 'Name:x', 'Text: ', 'Punctuation:%}']);
    assert.deepEqual(tokens('evoque', '${%x}\n'), ['Punctuation:${', 'Operator:%', 'Name:x', 'Punctuation:}', 'Other:\n']);
  });
});

describe('literate lexers', () => {
  test('Literate Idris should read Bird style unless the text starts with `\\` or `%`', () => {
    assert.deepEqual(tokens('literate-idris', '> x\n').slice(0, 2), ['Comment.Special:> ', 'Text:x']);
  });

  test('Literate Agda should always read LaTeX style: a `>` line is TeX', () => {
    assert.deepEqual(tokens('literate-agda', '> x\n'), ['Text:> x\n']);
  });
});
