/**
 * The rules that decide the highlighting of the Ruby, Kotlin, Swift and Scala ports, each pinned
 * with a case where it applies and one where it must not (expectations taken from Pygments
 * 2.20.0's output). Whole blocks against the reference renderer are in fixtures/pygments-<language>/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexerLookup } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';
import { cssClass } from '../../src/markdown/extensions/superfences/pygments/token.ts';

const lookup = createLexerLookup();

/** `class:text` for every non-blank token, as HtmlFormatter would class it. */
function tokens(lang: string, source: string): string[] {
  const lexer = lookup(lang);
  assert.ok(lexer, `no lexer for ${lang}`);
  return [...lexer.tokensUnprocessed(`${source}\n`)]
    .filter(([, , value]) => value.trim() !== '')
    .map(([, type, value]) => `${cssClass(type) || 'text'}:${value}`);
}

describe('Ruby', () => {
  test('should lex the rest of a heredoc line before the heredoc body', () => {
    assert.deepEqual(tokens('ruby', 'f(<<A, "x")\nbody\nA'),
      ['n:f', 'p:(', 'o:<<', 'dl:A', 'p:,', 's2:"', 's2:x', 's2:"', 'p:)', 'sh:body\n', 'dl:A\n']);
  });
  test('should end a <<- heredoc at an indented name', () => {
    assert.deepEqual(tokens('ruby', 'a = <<-A\n  body\n  A'), ['n:a', 'o:=', 'o:<<-', 'dl:A', 'sh:  body\n', 'dl:  A\n']);
  });
  test('should not end a << heredoc at an indented name: its lines are errors, then lexed again', () => {
    assert.deepEqual(tokens('ruby', 'a = <<A\n  body\n  A'), ['n:a', 'o:=', 'o:<<', 'dl:A', 'err:  body\n', 'err:  A\n', 'n:body', 'n:A']);
  });
  test('should cut the text at the heredoc line end, so a string left open there stops at it', () => {
    const lexer = lookup('ruby');
    assert.ok(lexer);
    const found = [...lexer.tokensUnprocessed('x = <<A + %w(a\nA\n')].filter(([, , value]) => value !== '').slice(-3);
    assert.deepEqual(found, [[10, 'Literal.String.Other', '%w('], [13, 'Literal.String.Other', 'a\n'], [15, 'Literal.String.Delimiter', 'A\n']]);
  });
  test('should read a slash after a number as division', () => {
    assert.deepEqual(tokens('ruby', 'x = 10 / 2 / 1'), ['n:x', 'o:=', 'mi:10', 'o:/', 'mi:2', 'o:/', 'mi:1']);
  });
  test('should read a slash after an opening parenthesis as a regex', () => {
    assert.deepEqual(tokens('ruby', 'foo(/re/)'), ['n:foo', 'p:(', 'sr:/', 'sr:re', 'sr:/', 'p:)']);
  });
});

describe('Kotlin', () => {
  test('should read !in as one keyword', () => {
    assert.deepEqual(tokens('kotlin', 'x !in y'), ['n:x', 'k:!in', 'n:y']);
  });
  test('should keep the ? of a nullable builtin type in the type', () => {
    assert.deepEqual(tokens('kotlin', 'val s: String? = null'), ['kd:val', 'nv:s', 'p::', 'kt:String?', 'o:=', 'kc:null']);
  });
});

describe('Swift', () => {
  test('should read a Cocoa class name as a pseudo builtin', () => {
    assert.deepEqual(tokens('swift', 'let v = UIView()'), ['kd:let', 'nv:v', 'p:=', 'bp:UIView', 'p:(', 'p:)']);
  });
  test('should not read a name Cocoa does not have as a builtin', () => {
    assert.deepEqual(tokens('swift', 'let v = MyView()'), ['kd:let', 'nv:v', 'p:=', 'n:MyView', 'p:(', 'p:)']);
  });
});

describe('Scala', () => {
  test('should read end before a type name at the line end as the soft keyword', () => {
    assert.deepEqual(tokens('scala', 'end Service'), ['k:end', 'nc:Service']);
  });
  test('should not read end as a keyword when more code follows on the line', () => {
    assert.deepEqual(tokens('scala', 'end Service()'), ['n:end', 'nc:Service', 'p:(', 'p:)']);
  });
});
