/**
 * CrystalLexer's string states (pygments/lexers/crystal.py, Pygments 2.20.0): what
 * `gen_crystalstrings_rules` builds: symbols, chars, quoted strings, and `%q{}`-style strings,
 * `%w[]`-style arrays and `%r()` regexes for each bracket pair (and `|`).
 *
 *     %w[a b]   ->   <sx>%w[</sx><sx>a b</sx><sx>]</sx>
 */
import { bygroupsInContext, type ExtendedRule } from '../extended-lexer.ts';
import { include, words } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import type { RubyContext } from './ruby-strings.ts';

type CrystalRule = ExtendedRule<RubyContext>;

export const CRYSTAL_OPERATORS = [
  '!=', '!~', '!', '%', '&&', '&', '**', '*', '+', '-', '/', '<=>', '<<', '<=', '<',
  '===', '==', '=~', '=', '>=', '>>', '>', '[]=', '[]?', '[]', '^', '||', '|', '~',
];

/** gen_crystalstrings_rules: the `strings` state and the states it pushes. */
function stringStates(): Record<string, CrystalRule[]> {
  const states: Record<string, CrystalRule[]> = {};
  const strings: CrystalRule[] = [
    [String.raw`\:\w+[!?]?`, 'Literal.String.Symbol'],
    [words(CRYSTAL_OPERATORS, String.raw`\:`), 'Literal.String.Symbol'],
    [String.raw`:'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Symbol'],
    // This allows arbitrary text after '\ for simplicity
    [String.raw`'(\\\\|\\'|[^']|\\[^'\\]+)'`, 'Literal.String.Char'],
    [':"', 'Literal.String.Symbol', 'simple-sym'],
    // Crystal doesn't have "symbol:"s but this simplifies function args
    [String.raw`([a-zA-Z_]\w*)(:)(?!:)`, bygroupsInContext('Literal.String.Symbol', 'Punctuation')],
    ['"', 'Literal.String.Double', 'simple-string'],
    [String.raw`(?<!\.)\``, 'Literal.String.Backtick', 'simple-backtick'],
  ];
  // double-quoted string and symbol, backtick
  const quoted: ReadonlyArray<readonly [string, TokenType, string]> = [
    ['string', 'Literal.String.Double', '"'],
    ['sym', 'Literal.String.Symbol', '"'],
    ['backtick', 'Literal.String.Backtick', '`'],
  ];
  for (const [name, type, end] of quoted) {
    states[`simple-${name}`] = [
      // A quoted symbol has escapes but no interpolation.
      include(name === 'sym' ? 'string-escaped' : 'string-intp-escaped'),
      [String.raw`[^\\${end}#]+`, type],
      [String.raw`[\\#]`, type],
      [end, type, '#pop'],
    ];
  }
  // percent literals: https://crystal-lang.org/docs/syntax_and_semantics/literals/string.html
  const braces: ReadonlyArray<readonly [string, string, string, string]> = [
    [String.raw`\{`, String.raw`\}`, '{}', 'cb'],
    [String.raw`\[`, String.raw`\]`, String.raw`\[\]`, 'sb'],
    [String.raw`\(`, String.raw`\)`, '()', 'pa'],
    ['<', '>', '<>', 'ab'],
    [String.raw`\|`, String.raw`\|`, String.raw`\|`, 'pi'],
  ];
  for (const [left, right, chars, name] of braces) {
    // Brackets nest; `|` cannot (its opening is its closing).
    const nest = (type: TokenType): CrystalRule[] => (left === right ? [] : [[left, type, '#push']]);
    states[`${name}-intp-string`] = [
      [String.raw`\\` + left, 'Literal.String.Other'],
      ...nest('Literal.String.Other'),
      [right, 'Literal.String.Other', '#pop'],
      include('string-intp-escaped'),
      [String.raw`[\\#` + chars + ']', 'Literal.String.Other'],
      [String.raw`[^\\#` + chars + ']+', 'Literal.String.Other'],
    ];
    strings.push(['%Q?' + left, 'Literal.String.Other', `${name}-intp-string`]);
    states[`${name}-string`] = [
      [String.raw`\\[\\` + chars + ']', 'Literal.String.Other'],
      ...nest('Literal.String.Other'),
      [right, 'Literal.String.Other', '#pop'],
      [String.raw`[\\#` + chars + ']', 'Literal.String.Other'],
      [String.raw`[^\\#` + chars + ']+', 'Literal.String.Other'],
    ];
    // percent arrays: https://crystal-lang.org/docs/syntax_and_semantics/literals/array.html
    strings.push(['%[qwi]' + left, 'Literal.String.Other', `${name}-string`]);
    states[`${name}-regex`] = [
      [String.raw`\\[\\` + chars + ']', 'Literal.String.Regex'],
      ...nest('Literal.String.Regex'),
      [right + '[imsx]*', 'Literal.String.Regex', '#pop'],
      include('string-intp'),
      [String.raw`[\\#` + chars + ']', 'Literal.String.Regex'],
      [String.raw`[^\\#` + chars + ']+', 'Literal.String.Regex'],
    ];
    strings.push(['%r' + left, 'Literal.String.Regex', `${name}-regex`]);
  }
  states['strings'] = strings;
  return states;
}

export const CRYSTAL_STRING_STATES = stringStates();
