/**
 * The parts of the C, C++, Java, SQL, XML, HTTP, nginx and Makefile lexers that are more than
 * a rule table: do_insertions, using(OtherLexer), CFamilyLexer's type names, HttpLexer's
 * Content-Type, MakefileLexer's line splitting, and the class ranges their rules need. Whole
 * blocks against the reference renderer are in fixtures/pygments-<language>/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonRegExp } from '../../src/markdown/extensions/superfences/pygments/python-regex.ts';
import { doInsertions, using } from '../../src/markdown/extensions/superfences/pygments/delegation.ts';
import type { Token } from '../../src/markdown/extensions/superfences/pygments/regex-lexer.ts';
import { createLexerLookup, lexerFor } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';

function tokens(lang: string, text: string): string[] {
  return [...lexerFor(createLexerLookup(), lang).tokensUnprocessed(text)].map(([, type, value]) => `${type}:${value}`);
}

function typeOf(lang: string, text: string, value: string): string | undefined {
  return [...lexerFor(createLexerLookup(), lang).tokensUnprocessed(text)].find((token) => token[2] === value)?.[1];
}

describe('Python regex details', () => {
  const matches = (pattern: string, text: string, flags = 'm', pos = 0): string | undefined => {
    const regex = pythonRegExp(pattern, flags, false);
    regex.lastIndex = pos;
    return regex.exec(text)?.[0];
  };
  test('should count U+0085 and U+001C as whitespace, as str.isspace does', () => {
    assert.equal(matches(String.raw`\s+`, '\u0085\u001c x'), '\u0085\u001c ');
    assert.equal(matches(String.raw`[^\S\n]+`, '\u001f\t\n'), '\u001f\t');
  });
  test('should not count U+FEFF as whitespace, as JavaScript does', () => {
    assert.equal(matches(String.raw`\s`, '\ufeff'), undefined);
    assert.equal(matches(String.raw`\S`, '\ufeff'), '\ufeff');
  });
  test('should start a line only after \\n, not after U+2028 or \\r', () => {
    assert.equal(matches('^x', 'a\nx', 'm', 2), 'x');
    assert.equal(matches('^x', 'a\u2028x', 'm', 2), undefined);
    assert.equal(matches('^x', 'a\rx', 'm', 2), undefined);
  });
  test('should match $ before a last \\n without re.MULTILINE, but not before an inner one', () => {
    assert.equal(matches('a$', 'a\n', ''), 'a');
    assert.equal(matches('a$', 'a\nb', ''), undefined);
    assert.equal(matches('a$', 'a\nb', 'm'), 'a');
  });
  test('should read a - right after a range as a literal, as Python does ([a-z-+])', () => {
    assert.equal(matches('[a-z-+]+', 'text/svg+xml-x'), 'text');
    assert.equal(matches('[a-z-+]+', 'svg+x-ml'), 'svg+x-ml');
  });
  test('should not read a - between two single characters as a literal', () => {
    assert.equal(matches('[a-c]+', 'abc-d'), 'abc');
    assert.equal(matches('[0-9a-f]+', '0af-'), '0af');
  });
  test('should not read a - next to a class escape as a range', () => {
    assert.equal(matches(String.raw`[\w-]+`, 'a-b c'), 'a-b');
    assert.equal(matches(String.raw`[-\w]+`, '-x'), '-x');
  });
});

describe('do_insertions', () => {
  const main: Token[] = [[0, 'Text', 'all:\n'], [5, 'Name', 'run\n']];
  test('should splice inserted tokens inside a token, splitting it at the index', () => {
    const out = [...doInsertions([[2, [[0, 'Comment', '#x\n']]]], main)];
    assert.deepEqual(out, [[0, 'Text', 'al'], [2, 'Comment', '#x\n'], [5, 'Text', 'l:\n'], [8, 'Name', 'run\n']]);
  });
  test('should put insertions at a token boundary before the next token, not inside it', () => {
    const out = [...doInsertions([[5, [[0, 'Comment', '#x\n']]]], main)];
    assert.deepEqual(out, [[0, 'Text', 'all:\n'], [5, 'Comment', '#x\n'], [8, 'Name', 'run\n']]);
  });
  test('should append insertions past the end of the stream, and not change a stream without insertions', () => {
    assert.deepEqual([...doInsertions([[50, [[0, 'Comment', 'end']]]], [])], [[0, 'Comment', 'end']]);
    assert.deepEqual([...doInsertions([], main)], main);
  });
});

describe('using(OtherLexer)', () => {
  test('should lex the match with the named lexer, offsets shifted to the match', () => {
    const lexer = lexerFor(createLexerLookup(), 'make');
    const match = { start: 10, text: 'echo hi', group: () => 'echo hi', groupStart: () => 10 };
    assert.deepEqual([...using('bash')(lexer, match)], [[10, 'Name.Builtin', 'echo'], [14, 'Text.Whitespace', ' '], [15, 'Text', 'hi']]);
  });
  test('should not drop the match when no lexer has that name: it stays Text', () => {
    const lexer = lexerFor(createLexerLookup(), 'make');
    const match = { start: 3, text: 'x y', group: () => 'x y', groupStart: () => 3 };
    assert.deepEqual([...using('nosuchlang')(lexer, match)], [[3, 'Text', 'x y']]);
  });
});

describe('CFamilyLexer type names', () => {
  test('should highlight standard, C99, C11 atomic and Linux type names as Keyword.Type', () => {
    for (const name of ['size_t', 'uint8_t', 'atomic_int', 'pid_t']) assert.equal(typeOf('c', `${name} x;\n`, name), 'Keyword.Type');
  });
  test('should also retype names inside a function head lexed with using(this)', () => {
    assert.equal(typeOf('cpp', 'size_t len(const char *s) {}\n', 'size_t'), 'Keyword.Type');
  });
  test('should not retype other names, or type names inside strings and comments', () => {
    assert.equal(typeOf('c', 'my_t x;\n', 'my_t'), 'Name');
    assert.deepEqual(tokens('c', '"size_t" // size_t\n').slice(0, 3), ['Literal.String:"', 'Literal.String:size_t', 'Literal.String:"']);
    assert.equal(typeOf('c', '// size_t\n', '// size_t\n'), 'Comment.Single');
  });
  test('should give C11 keywords to C only, and C++ keywords to C++ only', () => {
    assert.equal(typeOf('c', '_Bool b;\n', '_Bool'), 'Keyword.Type');
    assert.equal(typeOf('cpp', '_Bool b;\n', '_Bool'), 'Name');
    assert.equal(typeOf('c++', 'class A;\n', 'class'), 'Keyword');
    assert.equal(typeOf('c', 'class A;\n', 'class'), 'Name');
  });
});

describe('HttpLexer bodies', () => {
  const response = (headers: string, body: string): string => `HTTP/1.1 200 OK\n${headers}\n${body}\n`;
  test('should lex the body with the lexer of its Content-Type, parameters dropped', () => {
    assert.equal(typeOf('http', response('Content-Type: text/xml; charset=utf-8\n', '<a/>'), '<a'), 'Name.Tag');
  });
  test('should try the type/suffix form of a +suffix MIME type', () => {
    assert.equal(typeOf('http', response('Content-Type: application/atom+xml\n', '<feed/>'), '<feed'), 'Name.Tag');
  });
  test('should not highlight a body without Content-Type or with a type no lexer has', () => {
    assert.equal(typeOf('http', response('Host: x\n', '<a/>'), '<a/>\n'), 'Text');
    assert.equal(typeOf('http', response('Content-Type: text/csv\n', '<a/>'), '<a/>\n'), 'Text');
  });
  test('should not carry a Content-Type over to the next block lexed by the same lexer', () => {
    const lexer = lexerFor(createLexerLookup(), 'http');
    const first = [...lexer.tokensUnprocessed(response('Content-Type: text/xml\n', '<a/>'))];
    const second = [...lexer.tokensUnprocessed(response('Host: x\n', '<a/>'))];
    assert.ok(first.some((token) => token[1] === 'Name.Tag'));
    assert.deepEqual(second.at(-1), [25, 'Text', '<a/>\n']);
  });
});

describe('MakefileLexer', () => {
  test('should take directive lines out as Comment.Preproc, with the lines their trailing backslash continues, but not continued assignments', () => {
    assert.deepEqual(tokens('make', 'ifdef A\nX = 1 \\\n  2\nendif\n').filter((token) => token.startsWith('Comment')), [
      'Comment.Preproc:ifdef A\n',
      'Comment.Preproc:endif\n',
    ]);
    assert.deepEqual(tokens('make', 'define A \\\nnext\n').filter((token) => token.startsWith('Comment')), [
      'Comment.Preproc:define A \\\n',
      'Comment.Preproc:next\n',
    ]);
  });
  test('should take comment lines out as Comment, also after @', () => {
    assert.deepEqual(tokens('make', '  @# quiet\nall:\n').slice(0, 1), ['Comment:  @# quiet\n']);
  });
  test('should not take out lines whose directive word only starts a longer word', () => {
    assert.equal(typeOf('make', 'ifdefs = 1\n', 'ifdefs'), 'Name.Variable');
    assert.equal(typeOf('make', 'endifx: y\n', 'endifx'), 'Name.Function');
  });
  test('should lex recipes as Bash', () => {
    assert.equal(typeOf('make', 'all:\n    echo hi\n', 'echo'), 'Name.Builtin');
  });
  test('should not take directive lines out under basemake, whose rules do not know them', () => {
    assert.deepEqual(tokens('basemake', 'ifdef A\n').slice(0, 2), ['Error:i', 'Error:f']);
  });
});

describe('lexer lookup', () => {
  test('should find every alias Pygments 2.20 registers for these lexers', () => {
    const lookup = createLexerLookup();
    const aliases = ['c', 'cpp', 'c++', 'java', 'sql', 'xml', 'http', 'nginx', 'make', 'makefile', 'mf', 'bsdmake', 'basemake', 'openrc'];
    for (const alias of aliases) assert.notEqual(lookup(alias), undefined, alias);
  });
  test('should not invent aliases Pygments does not register', () => {
    const lookup = createLexerLookup();
    for (const alias of ['h', 'cxx', 'nginxconf', 'gnumake', 'mssql']) assert.equal(lookup(alias), undefined, alias);
  });
});
