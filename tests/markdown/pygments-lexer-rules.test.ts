/**
 * The rules that decide the highlighting of the JavaScript family, SCSS/Sass, Django/Jinja, TeX,
 * Rust and Go ports, each pinned with a case where it applies and one where it must not. Whole
 * blocks against the reference renderer are in fixtures/pygments-<language>/.
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

describe('JavaScript and TypeScript', () => {
  test('should read a slash after an operator or at a line start as a regex literal', () => {
    assert.deepEqual(tokens('js', 'x = /a+/g'), ['nx:x', 'o:=', 'sr:/a+/g']);
    assert.deepEqual(tokens('js', '/^#/.test(s)').slice(0, 1), ['sr:/^#/']);
  });
  test('should not read a slash after a name or a closing bracket as a regex', () => {
    assert.deepEqual(tokens('js', 'a / b / c'), ['nx:a', 'o:/', 'nx:b', 'o:/', 'nx:c']);
    assert.deepEqual(tokens('js', '(a) / 2'), ['p:(', 'nx:a', 'p:)', 'o:/', 'mf:2']);
  });
  test('should lex ${} inside template literals with the full rules, nested templates too', () => {
    assert.deepEqual(tokens('js', '`a ${b + `c${d}`} e`'), [
      'sb:`', 'sb:a ', 'si:${', 'nx:b', 'o:+', 'sb:`', 'sb:c', 'si:${', 'nx:d', 'si:}', 'sb:`', 'si:}', 'sb: e', 'sb:`',
    ]);
  });
  test('should not end a template literal at an escaped backtick', () => {
    assert.deepEqual(tokens('js', '`a \\` b`'), ['sb:`', 'sb:a ', 'sb:\\`', 'sb: b', 'sb:`']);
  });
  test('should mark the rest of the line as errors after a slash that opens no regex', () => {
    assert.deepEqual(tokens('js', 'x = /a\ny'), ['nx:x', 'o:=', 'err:/', 'err:a', 'nx:y']);
  });
  test('should read #! as a hashbang only at the very start of the code', () => {
    assert.deepEqual(tokens('js', '#!/usr/bin/env node\nx'), ['ch:#!/usr/bin/env node', 'nx:x']);
    assert.deepEqual(tokens('js', 'x\n#!/a'), ['nx:x', 'err:#', 'o:!', 'err:/', 'err:a']);
  });
  test('should try TypeScript rules before the JavaScript ones it inherits', () => {
    assert.deepEqual(tokens('ts', 'interface A { n: number }'), ['kd:interface', 'nx:A', 'p:{', 'nx:n', 'o::', 'kt:number', 'p:}']);
    assert.deepEqual(tokens('js', 'interface A'), ['kr:interface', 'nx:A']);
  });
  test('should not give JavaScript the TypeScript type keywords', () => {
    assert.deepEqual(tokens('javascript', 'let s = string'), ['kd:let', 'nx:s', 'o:=', 'nx:string']);
  });
});

describe('JSX and TSX', () => {
  test('should lex tags, attributes and {expressions} in JSX', () => {
    assert.deepEqual(tokens('jsx', '<Foo.Bar x="1" y={a} />'), [
      'p:<', 'nt:Foo', 'p:.', 'na:Bar', 'na:x', 'o:=', 's:"1"', 'na:y', 'o:=', 'p:{', 'nx:a', 'p:}', 'p:/', 'p:>',
    ]);
  });
  test('should not read a spaced less-than as a tag', () => {
    assert.deepEqual(tokens('react', 'a < b'), ['nx:a', 'o:<', 'nx:b']);
  });
  test('should keep TypeScript rules inside TSX', () => {
    assert.deepEqual(tokens('tsx', 'let n: number = <b>1</b>;'), ['kd:let', 'nx:n', 'o::', 'kt:number', 'o:=', 'p:<', 'nt:b', 'p:>', 'mf:1', 'p:</', 'nt:b', 'p:>', 'p:;']);
  });
});

describe('Rust', () => {
  test('should end a block comment only at the */ matching its /*, as comments nest', () => {
    assert.deepEqual(tokens('rust', '/* a /* b */ c */ x'), ['cm:/*', 'cm: a ', 'cm:/*', 'cm: b ', 'cm:*/', 'cm: c ', 'cm:*/', 'n:x']);
  });
  test("should read 'a' as a character and 'a as a lifetime", () => {
    assert.deepEqual(tokens('rs', "'a'"), ["sc:'a'"]);
    assert.deepEqual(tokens('rs', "&'a str"), ['o:&', "o:'", 'na:a', 'kt:str']);
  });
  test('should end a raw string only at a quote followed by as many hashes as opened it', () => {
    assert.deepEqual(tokens('rust', 'r##"a "# b"## x'), ['s:r##"a "# b"##', 'n:x']);
  });
  test('should read a first-line #! as a shebang, but not a #![ crate attribute', () => {
    assert.deepEqual(tokens('rust', '#!/usr/bin/env run'), ['cp:#!/usr/bin/env run']);
    assert.deepEqual(tokens('rust', '#![no_std]'), ['cp:#![', 'cp:no_std', 'cp:]']);
  });
  test('should give a number its type suffix, and not a name that follows a space', () => {
    assert.deepEqual(tokens('rust', '1u8'), ['mi:1', 'k:u8']);
    assert.deepEqual(tokens('rust', '1 u8'), ['mi:1', 'kt:u8']);
  });
});

describe('Go', () => {
  test('should read a builtin type or function as a call when a parenthesis follows', () => {
    assert.deepEqual(tokens('go', 'len(s) + int(x)'), ['nb:len', 'p:(', 'nx:s', 'p:)', 'o:+', 'nb:int', 'p:(', 'nx:x', 'p:)']);
  });
  test('should not read a builtin type without a call as a builtin', () => {
    assert.deepEqual(tokens('golang', 'var n int'), ['kd:var', 'nx:n', 'kt:int']);
  });
  test('should keep a raw string across lines and read escapes only in interpreted strings', () => {
    assert.deepEqual(tokens('go', '`a\\n\nb` "c\\"d"'), ['s:`a\\n\nb`', 's:"c\\"d"']);
  });
});

describe('TeX', () => {
  test('should lex $...$ as inline math and $$...$$ as display math', () => {
    assert.deepEqual(tokens('latex', '$x^2$ $$y$$'), ['s:$', 'nb:x', 'nb:^', 'm:2', 's:$', 'sb:$$', 'nb:y', 's:$$']);
  });
  test('should not start math at an escaped dollar or read % after a backslash as a comment', () => {
    assert.deepEqual(tokens('tex', '\\$5 and 50\\% % note'), ['k:\\$', 'text:5 and 50', 'k:\\%', 'c:% note\n']);
  });
  test('should give a command its optional [argument] and star', () => {
    assert.deepEqual(tokens('tex', '\\section*[s]{T}'), ['k:\\section', 'k:*', 'na:[s]', 'nb:{', 'text:T', 'nb:}']);
  });
});

describe('Django and Jinja', () => {
  test('should lex only the template tags and leave the text around them as Other', () => {
    assert.deepEqual(tokens('jinja', '<p>{{ x|e }}</p>'), ['x:<p>', 'cp:{{', 'nv:x', 'o:|', 'nf:e', 'cp:}}', 'x:</p>\n']);
  });
  test('should keep {% comment %} and {% raw %} bodies unlexed', () => {
    assert.deepEqual(tokens('django', '{% comment %}{{ a }}{% endcomment %}'), ['cp:{%', 'k:comment', 'cp:%}', 'c:{{ a }}', 'cp:{%', 'k:endcomment', 'cp:%}']);
    assert.deepEqual(tokens('jinja', '{% raw %}{{ a }}{% endraw %}'), ['cp:{%', 'k:raw', 'cp:%}', 'text:{{ a }}', 'cp:{%', 'k:endraw', 'cp:%}']);
  });
  test('should not take a lone brace for a tag', () => {
    assert.deepEqual(tokens('jinja', 'a { b'), ['x:a ', 'x:{', 'x: b\n']);
  });
  test('should lex the text between template tags as HTML in html+jinja', () => {
    assert.deepEqual(tokens('html+jinja', '<b class="{{ c }}">x</b>'), [
      'p:<', 'nt:b', 'na:class', 'o:=', 's:"', 'cp:{{', 'nv:c', 'cp:}}', 's:"', 'p:>', 'text:x', 'p:<', 'p:/', 'nt:b', 'p:>',
    ]);
  });
  test('should not lex a template tag inside an HTML comment as HTML', () => {
    assert.deepEqual(tokens('htmldjango', '<!-- {{ a }} -->'), ['cm:<!-- ', 'cp:{{', 'nv:a', 'cp:}}', 'cm: -->']);
  });
});

describe('SCSS and Sass', () => {
  test('should class true and false as Pygments derives Name.Pseudo: n n-Pseudo', () => {
    assert.deepEqual(tokens('scss', '$a: true;'), ['nv:$a', 'o::', 'n n-Pseudo:true', 'p:;']);
  });
  test('should not end an SCSS declaration at a newline, only at ; { or }', () => {
    assert.deepEqual(tokens('scss', 'a {\n  color:\n red; }'), ['nt:a', 'p:{', 'nt:color', 'nd::', 'nt:red', 'o:;', 'p:}']);
  });
  test('should continue a Sass comment on lines indented deeper than it', () => {
    assert.deepEqual(tokens('sass', '// note\n  more\n.a'), ['c1:// note', 'c1:more', 'nc:.', 'nc:a']);
  });
  test('should not continue a Sass comment on a line indented as much as it', () => {
    assert.deepEqual(tokens('sass', '  // note\n  $x: 1'), ['c1:// note', 'nv:$x', 'o::', 'mi:1']);
  });
});

describe('Lexer lookup for these languages', () => {
  test('should find every alias Pygments registers for them, in any case', () => {
    const expected: Record<string, string> = {
      js: 'JavaScript', javascript: 'JavaScript', JS: 'JavaScript', jsx: 'JSX', react: 'JSX', ts: 'TypeScript',
      typescript: 'TypeScript', tsx: 'TSX', scss: 'SCSS', sass: 'Sass', jinja: 'Django/Jinja', django: 'Django/Jinja',
      tex: 'TeX', latex: 'TeX', rust: 'Rust', rs: 'Rust', go: 'Go', golang: 'Go', 'html+jinja': 'HTML+Django/Jinja',
      'html+django': 'HTML+Django/Jinja', htmldjango: 'HTML+Django/Jinja',
    };
    for (const [alias, name] of Object.entries(expected)) assert.equal(lookup(alias)?.name, name, alias);
  });
  test('should not find a name Pygments does not register', () => {
    assert.equal(lookup('ecmascript6'), undefined);
  });
});
