/**
 * The Pygments port under src/markdown/extensions/superfences/pygments/: Python regex
 * translation, the RegexLexer engine and HtmlFormatter's line/span shaping. Whole-block output
 * against the reference renderer is in fixtures/superfences-pygments/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHtml } from 'hast-util-to-html';
import { pythonRegExp } from '../../src/markdown/extensions/superfences/pygments/python-regex.ts';
import { simplifyBoundaries } from '../../src/markdown/extensions/superfences/pygments/python-regex-boundaries.ts';
import { bygroups, compileLexer, combined, defaultState, include, words } from '../../src/markdown/extensions/superfences/pygments/regex-lexer.ts';
import { createLexerLookup, lexerFor } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';
import { tokenLines } from '../../src/markdown/extensions/superfences/pygments/token-lines.ts';

function matchAt(pattern: string, text: string, pos = 0, flags = 'm'): string | undefined {
  const regex = pythonRegExp(pattern, flags, false);
  regex.lastIndex = pos;
  return regex.exec(text)?.[0];
}

function highlight(lang: string, source: string): string[] {
  const lookup = createLexerLookup();
  return tokenLines(source, lexerFor(lookup, lang)).map((line) => toHtml({ type: 'root', children: line }));
}

describe('Python regex translation', () => {
  test('should match only at the given position, as pattern.match(text, pos) does', () => {
    assert.equal(matchAt(String.raw`\d+`, 'ab12', 2), '12');
    assert.equal(matchAt(String.raw`\d+`, 'ab12', 0), undefined);
  });
  test('should treat \\w and \\b as Unicode-aware, as Python str patterns do', () => {
    assert.equal(matchAt(String.raw`\w+`, 'héllo wörld'), 'héllo');
    assert.equal(matchAt(String.raw`\bif\b`, 'ifé'), undefined);
    assert.equal(matchAt(String.raw`\bif\b`, 'if é'), 'if');
  });
  test('should read a ] right after [ or [^ as a literal, not an empty class', () => {
    assert.equal(matchAt(String.raw`[^]]+`, 'abc]d'), 'abc');
    assert.equal(matchAt(String.raw`[]{}:(),;[]+`, '[]{}x'), '[]{}');
  });
  test('should apply a leading (?s) to the rule and stop . at \\n otherwise', () => {
    assert.equal(matchAt(`(?s)'.*?'`, "'a\nb'"), "'a\nb'");
    assert.equal(matchAt(`'.*?'`, "'a\nb'"), undefined);
  });
  test('should read {,2} as up to two and a lone brace as a literal', () => {
    assert.equal(matchAt('[rb]{,2}"', 'rb"'), 'rb"');
    assert.equal(matchAt(String.raw`[^}:]+`, 'a{b}'), 'a{b');
    assert.equal(matchAt('x{}', 'x{}'), 'x{}');
  });
  test('should match \\A only at the start of the text, not at a line start', () => {
    assert.equal(matchAt(String.raw`\A#!.+\n`, '#!/bin/sh\n'), '#!/bin/sh\n');
    assert.equal(matchAt(String.raw`\A#!.+\n`, 'x\n#!/bin/sh\n', 2), undefined);
  });
  test('should read (?P<name>...) and (?P=name), a named group and its backreference', () => {
    const comment = String.raw`--\[(?P<level>=*)\[[\w\W]*?\](?P=level)\]`;
    assert.equal(matchAt(comment, '--[==[ a ]] b ]==] c'), '--[==[ a ]] b ]==]');
    assert.equal(matchAt(comment, '--[=[ a ]==]'), undefined);
  });
  test('should test a \\b ending every alternative once, after them, with the same matches', () => {
    assert.equal(simplifyBoundaries(String.raw`all\b|al\b|a\b`), String.raw`(?:all|al|a)(?!\w)`);
    assert.equal(simplifyBoundaries(String.raw`x(\bif\b|\bfi\b)+`), String.raw`x((?<!\w)(?:if|fi)(?!\w))+`);
    assert.equal(matchAt(String.raw`all\b|al\b|a\b`, 'al x'), 'al');
    assert.equal(matchAt(String.raw`all\b|al\b|a\b`, 'alé'), undefined);
  });
  test('should look at one side of a \\b only where its neighbour fixes the other', () => {
    assert.equal(simplifyBoundaries(String.raw`\bas\b`), String.raw`(?<!\w)as(?!\w)`);
    assert.equal(simplifyBoundaries(String.raw`:\B`), String.raw`:(?!\w)`);
    assert.equal(simplifyBoundaries(String.raw`(if)(\(|\b)`), String.raw`(if)(\(|(?!\w))`);
    assert.equal(simplifyBoundaries(String.raw`(if)(\b|x)+`), String.raw`(if)(\b|x)+`);
    assert.equal(matchAt(String.raw`a\b`, 'aé'), undefined);
    assert.equal(matchAt(String.raw`\bé`, 'é'), 'é');
    assert.equal(matchAt(String.raw`\bas\b`, 'éas', 1), undefined);
  });
  test('should not guess a \\b\'s neighbour that may be absent, a class or an escape for another character', () => {
    for (const pattern of [String.raw`\ba?b`, String.raw`(a|b?)\b`, String.raw`[a-z]\b`, String.raw`\x2d\b`, String.raw`(?=a)\b`, String.raw`(?P<n>a)(?P=n)\b`]) {
      assert.equal(simplifyBoundaries(pattern), pattern);
    }
  });
  test('should drop backslashes Python ignores before quotes', () => {
    assert.equal(matchAt(String.raw`[\'"]+`, `'"`), `'"`);
  });
});

describe('RegexLexer engine', () => {
  const lexer = compileLexer(
    {
      name: 'Test',
      aliases: ['test'],
      tokens: {
        root: [
          [String.raw`(\w+)(=)`, bygroups('Name.Variable', 'Operator')],
          ['"', 'Literal.String.Double', 'string'],
          [words(['in', 'int'], '', String.raw`\b`), 'Keyword'],
          ['<', 'Punctuation', combined('inner', 'string')],
          include('spaces'),
        ],
        spaces: [[String.raw`\s+`, 'Text.Whitespace']],
        string: [['"', 'Literal.String.Double', '#pop'], ['[^"]+', 'Literal.String.Double']],
        inner: [['>', 'Punctuation', '#pop'], defaultState('#pop')],
      },
    },
    () => undefined,
  );
  const tokens = (text: string): string[] => [...lexer.tokensUnprocessed(text)].map(([, type, value]) => `${type}:${value}`);

  test('should emit one token per group with bygroups', () => {
    assert.deepEqual(tokens('a='), ['Name.Variable:a', 'Operator:=']);
  });
  test('should push and pop states', () => {
    assert.deepEqual(tokens('"x y" '), ['Literal.String.Double:"', 'Literal.String.Double:x y', 'Literal.String.Double:"', 'Text.Whitespace: ']);
  });
  test('should prefer the longest of words() sharing a prefix', () => {
    assert.deepEqual(tokens('int in'), ['Keyword:int', 'Text.Whitespace: ', 'Keyword:in']);
  });
  test('should use a combined state as one state on the stack', () => {
    assert.deepEqual(tokens('<>'), ['Punctuation:<', 'Punctuation:>']);
  });
  test('should emit an Error token for a character no rule matches and go on', () => {
    assert.deepEqual(tokens('!a='), ['Error:!', 'Name.Variable:a', 'Operator:=']);
  });
});

describe('HtmlFormatter shaping', () => {
  test('should merge neighbouring tokens of the same class into one span', () => {
    assert.deepEqual(highlight('bash', 'echo "a\\"b"'), ['<span class="nb">echo</span><span class="w"> </span><span class="s2">"a\\"b"</span>']);
  });
  test('should not wrap plain Text tokens in a span', () => {
    assert.deepEqual(highlight('bash', 'grep x'), ['grep<span class="w"> </span>x']);
  });
  test('should close spans at each line end, even inside one multi-line token', () => {
    assert.deepEqual(highlight('bash', "echo 'a\nb'"), ['<span class="nb">echo</span><span class="w"> </span><span class="s1">\'a</span>', '<span class="s1">b\'</span>']);
  });
  test('should strip leading and trailing blank lines but keep inner ones', () => {
    assert.deepEqual(highlight('text', '\n\na\n\nb\n\n'), ['a', '', 'b']);
  });
  test('should render an unknown language as plain text, not guess', () => {
    assert.deepEqual(highlight('nosuchlang', 'echo "x"'), ['echo "x"']);
  });
  test('should find lexers by any alias, case-insensitively', () => {
    for (const alias of ['sh', 'zsh', 'shell', 'Bash']) assert.deepEqual(highlight(alias, 'cd'), ['<span class="nb">cd</span>']);
  });
});
