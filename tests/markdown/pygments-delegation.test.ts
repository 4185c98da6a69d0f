/**
 * The Pygments engine pieces batch A added: ExtendedRegexLexer with context callbacks,
 * do_insertions, DelegatingLexer, `using` by alias, classes of non-standard token types, verbose
 * patterns, and JsonLexer's hand-written scan. Whole blocks against the reference renderer are
 * in fixtures/pygments-<language>/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseContext, bygroupsInContext, compileExtendedLexer, type ContextCallback, type LexerContext } from '../../src/markdown/extensions/superfences/pygments/extended-lexer.ts';
import { delegatingLexer, doInsertions, using } from '../../src/markdown/extensions/superfences/pygments/delegation.ts';
import { createLexerLookup } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';
import { pythonRegExp } from '../../src/markdown/extensions/superfences/pygments/python-regex.ts';
import { compileLexer, type Lexer, type Token } from '../../src/markdown/extensions/superfences/pygments/regex-lexer.ts';
import { cssClass } from '../../src/markdown/extensions/superfences/pygments/token.ts';
import { cssLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/css.ts';
import { diffLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/diff.ts';
import { dockerLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/docker.ts';
import { htmlLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/html.ts';
import { iniLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/ini.ts';
import { powershellLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/powershell.ts';
import { pythonTracebackLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/python-console.ts';
import { tomlLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/toml.ts';
import { yamlLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/yaml.ts';
import { apacheconfLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/apacheconf.ts';
import { batchLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/batch.ts';
import { fishLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/fish.ts';
import { tcshLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/tcsh.ts';
import { terraformLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/terraform.ts';
import { propertiesLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/properties.ts';
import { registryLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/registry.ts';
import { systemdLexer } from '../../src/markdown/extensions/superfences/pygments/lexers/systemd.ts';

const show = (tokens: Iterable<Token>): string[] => [...tokens].map(([, type, value]) => `${type}:${value}`);

describe('rule tables', () => {
  // A pattern JavaScript cannot compile would otherwise fail a page only once its state is reached.
  test('should compile every state of every rule-table lexer, and lex from each', () => {
    const lookup = createLexerLookup();
    const definitions = [
      cssLexer, diffLexer, dockerLexer, htmlLexer, iniLexer, powershellLexer, pythonTracebackLexer, tomlLexer,
      apacheconfLexer, batchLexer, fishLexer, propertiesLexer, registryLexer, systemdLexer, tcshLexer,
    ];
    for (const definition of definitions) {
      const lexer = compileLexer(definition, lookup);
      for (const state of Object.keys(definition.tokens)) {
        assert.doesNotThrow(() => [...lexer.tokensUnprocessed('a: "b" <c> 1\n', ['root', state])], `${definition.name} ${state}`);
      }
    }
    const yaml = compileExtendedLexer(yamlLexer, lookup);
    for (const state of Object.keys(yamlLexer.tokens)) {
      assert.doesNotThrow(() => [...yaml.tokensUnprocessed('a: "b" [c] 1\n', ['root', state])], `YAML ${state}`);
    }
    const terraform = compileExtendedLexer(terraformLexer, lookup);
    for (const state of Object.keys(terraformLexer.tokens)) {
      assert.doesNotThrow(() => [...terraform.tokensUnprocessed('a = "b" [c] 1\n', ['root', state])], `Terraform ${state}`);
    }
  });
});

describe('classes of token types', () => {
  test('should give a standard type its one class and plain Text none', () => {
    assert.equal(cssClass('Generic.Prompt'), 'gp');
    assert.equal(cssClass('Text'), '');
  });
  test('should give a made-up subtype its ancestor class plus one class per added level', () => {
    assert.equal(cssClass('Punctuation.Indicator'), 'p p-Indicator');
    assert.equal(cssClass('Literal.Scalar.Plain'), 'l l-Scalar l-Scalar-Plain');
    assert.equal(cssClass('Generic.Prompt.VirtualEnv'), 'gp gp-VirtualEnv');
    assert.equal(cssClass('Text.Whitespace.Error'), 'w w-Error');
  });
});

describe('Python regex: verbose patterns and a lone ]', () => {
  test('should read a - right after a range as a literal, not as another range', () => {
    const regex = pythonRegExp('[0-9a-zA-Z-_]+', '', false);
    regex.lastIndex = 0;
    assert.equal(regex.exec('aZ-_9^')?.[0], 'aZ-_9');
  });
  test('should read a ] outside any class as a literal, as Python does', () => {
    const regex = pythonRegExp('[^@]+"]', '', false);
    regex.lastIndex = 0;
    assert.equal(regex.exec('ab"]c')?.[0], 'ab"]');
  });
  test('should drop whitespace and comments outside classes with (?x), but not inside classes', () => {
    const regex = pythonRegExp('(?x) \\d+ # digits\n [ ] x', '', false);
    regex.lastIndex = 0;
    assert.equal(regex.exec('12 x')?.[0], '12 x');
  });
  test('should keep spaces significant without (?x)', () => {
    const regex = pythonRegExp('a b', '', false);
    regex.lastIndex = 0;
    assert.equal(regex.exec('ab'), null);
  });
});

describe('Python regex: re.IGNORECASE and the Turkish i', () => {
  const matches = (pattern: string, flags: string, text: string): boolean => {
    const regex = pythonRegExp(pattern, flags, false);
    regex.lastIndex = 0;
    return regex.exec(text)?.[0] === text;
  };
  test('should match ı and İ with a literal i or I, as Python does', () => {
    assert.ok(matches('if', 'i', 'ıf'));
    assert.ok(matches('IF', 'i', 'İf'));
  });
  test('should match ı and İ with a class or range that holds i, and exclude them from its negation', () => {
    assert.ok(matches('[a-z]+', 'i', 'ıİ'));
    assert.ok(matches('[i]', 'i', 'İ'));
    assert.ok(!matches('[^a-z]', 'i', 'ı'));
  });
  test('should not match them without re.IGNORECASE, nor with a class that lacks i', () => {
    assert.ok(!matches('if', '', 'ıf'));
    assert.ok(!matches('[a-h]', 'i', 'ı'));
    assert.ok(!matches('[0-9a-f]', 'i', 'ı'));
  });
  test('should keep named groups and their names as written under re.IGNORECASE', () => {
    const regex = pythonRegExp('(?P<indent>x)(?P=indent)', 'i', false);
    regex.lastIndex = 0;
    assert.equal(regex.exec('XX')?.groups?.['indent'], 'X');
  });
});

describe('ExtendedRegexLexer', () => {
  interface Counting extends LexerContext {
    seen: number;
  }
  // Counts `x`s in the context; a `!` pops two states itself, as YAML's callbacks do.
  const count: ContextCallback<Counting> = function* (_lexer, match, context) {
    context.seen++;
    yield [match.start, 'Name', `${match.text}${context.seen}`];
    context.pos = match.start + match.text.length;
  };
  const popTwo: ContextCallback<Counting> = function* (_lexer, match, context) {
    context.stack.splice(-2, 2);
    yield [match.start, 'Punctuation', match.text];
    context.pos = match.start + match.text.length;
  };
  const stay: ContextCallback<Counting> = function* () {
    // consumes nothing: only the state change of its rule happens
  };
  const lexer = compileExtendedLexer<Counting>(
    {
      name: 'Test',
      aliases: [],
      context: (text) => ({ ...baseContext(text), seen: 0 }),
      tokens: {
        root: [['x', count], ['<', 'Operator', ['inner', 'inner']], ['(?=#)', stay, 'comment'], [String.raw`(\w)(=)`, bygroupsInContext(count, 'Operator')]],
        inner: [['!', popTwo], ['y', 'Keyword']],
        comment: [['#.*', 'Comment', '#pop']],
      },
    },
    () => undefined,
  );
  const tokens = (text: string) => show(lexer.tokensUnprocessed(text));

  test('should keep state in the context across matches', () => {
    assert.deepEqual(tokens('xx'), ['Name:x1', 'Name:x2']);
  });
  test('should follow stack changes a callback makes', () => {
    assert.deepEqual(tokens('<y!x'), ['Operator:<', 'Keyword:y', 'Punctuation:!', 'Name:x1']);
  });
  test('should not move when a callback consumes nothing, but still change state', () => {
    assert.deepEqual(tokens('#c'), ['Comment:#c']);
  });
  test('should give group callbacks the context and consume the whole match after bygroups', () => {
    assert.deepEqual(tokens('a=x'), ['Name:a1', 'Operator:=', 'Name:x2']);
  });
  test('should reset to root at an unmatched line end with a Text token, not Whitespace', () => {
    assert.deepEqual(tokens('<\nx'), ['Operator:<', 'Text:\n', 'Name:x1']);
  });
  test('should end instead of looping forever on a rule that matches nothing', () => {
    const looping = compileExtendedLexer<LexerContext>({ name: 'Loop', aliases: [], context: baseContext, tokens: { root: [['', 'Text']] } }, () => undefined);
    // Empty tokens (Pygments emits them too) draw nothing; the text still comes out once.
    assert.deepEqual(show(looping.tokensUnprocessed('ab')).filter((token) => token !== 'Text:'), ['Text:ab']);
  });
});

describe('do_insertions and DelegatingLexer', () => {
  test('should splice tokens into another token stream at their offsets, splitting a token', () => {
    const inner: Token[] = [[0, 'Name', 'abcd']];
    assert.deepEqual(show(doInsertions([[0, [[0, 'Generic.Prompt', '$ ']]], [2, [[0, 'Generic.Prompt', '> ']]]], inner)), [
      'Generic.Prompt:$ ', 'Name:ab', 'Generic.Prompt:> ', 'Name:cd',
    ]);
  });
  test('should add insertions past the end of the stream after it', () => {
    assert.deepEqual(show(doInsertions([[5, [[0, 'Generic.Prompt', '$ ']]]], [])), ['Generic.Prompt:$ ']);
  });
  test('should pass the stream through unchanged without insertions', () => {
    assert.deepEqual(show(doInsertions([], [[0, 'Name', 'x']])), ['Name:x']);
  });
  test('should lex the needle tokens of one lexer with another and keep the rest', () => {
    const language = compileLexer({ name: 'L', aliases: [], tokens: { root: [['<', 'Punctuation'], ['[^<]+', 'Other']] } }, () => undefined);
    const root = compileLexer({ name: 'R', aliases: [], tokens: { root: [[String.raw`\d+`, 'Literal.Number'], ['[^\\d]+', 'Name']] } }, () => undefined);
    assert.deepEqual(show(delegatingLexer('D', root, language).tokensUnprocessed('a1<b')), ['Name:a', 'Literal.Number:1', 'Punctuation:<', 'Name:b']);
  });
});

describe('using another lexer by alias', () => {
  const outer = (lookup: (alias: string) => Lexer | undefined) =>
    compileLexer({ name: 'O', aliases: [], tokens: { root: [['.+', using('css')]] } }, lookup);
  test('should lex the match with the lexer registered under that alias', () => {
    const lookup = createLexerLookup();
    assert.deepEqual(show(outer(lookup).tokensUnprocessed('a{}')), ['Name.Tag:a', 'Punctuation:{', 'Punctuation:}']);
  });
  test('should make the match plain text when no lexer is registered (a language not ported yet)', () => {
    assert.deepEqual(show(outer(() => undefined).tokensUnprocessed('a{}')), ['Text:a{}']);
  });
});

describe('JsonLexer', () => {
  const json = (text: string) => show(createLexerLookup()('json')?.tokensUnprocessed(text) ?? []);
  test('should make a string before a colon a key, whitespace and comments between included', () => {
    assert.deepEqual(json('"a" /*c*/ :1'), ['Name.Tag:"a"', 'Text.Whitespace: ', 'Comment.Multiline:/*c*/', 'Text.Whitespace: ', 'Punctuation::', 'Literal.Number.Integer:1']);
  });
  test('should not make a string a key when something else follows it', () => {
    assert.deepEqual(json('["a", "b"]'), ['Punctuation:[', 'Literal.String.Double:"a"', 'Punctuation:,', 'Text.Whitespace: ', 'Literal.String.Double:"b"', 'Punctuation:]']);
  });
  test('should not validate numbers and constants, and mark a lone slash and unclosed runs as errors', () => {
    assert.deepEqual(json('--1-- trustful / x "open'), [
      'Literal.Number.Integer:--1--', 'Text.Whitespace: ', 'Keyword.Constant:trustful', 'Text.Whitespace: ', 'Error:/', 'Text.Whitespace: ', 'Error:x', 'Text.Whitespace: ', 'Error:"open',
    ]);
  });
});
