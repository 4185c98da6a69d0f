/**
 * Pygments' RslLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule: RAISE specifications (RSL).
 *
 *     scheme COUNTER = class value x : Int = 0 end
 *     ->   <k>scheme</k> <kt>COUNTER</kt> = <k>class</k> <k>value</k> x : <k>Int</k> = <mi>0</mi> <k>end</k>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'Bool', 'Char', 'Int', 'Nat', 'Real', 'Text', 'Unit', 'abs', 'all', 'always', 'any', 'as', 'axiom', 'card', 'case',
  'channel', 'chaos', 'class', 'devt_relation', 'dom', 'elems', 'else', 'elif', 'end', 'exists', 'extend', 'false',
  'for', 'hd', 'hide', 'if', 'in', 'is', 'inds', 'initialise', 'int', 'inter', 'isin', 'len', 'let', 'local',
  'ltl_assertion', 'object', 'of', 'out', 'post', 'pre', 'read', 'real', 'rng', 'scheme', 'skip', 'stop', 'swap',
  'then', 'theory', 'test_case', 'tl', 'transition_system', 'true', 'type', 'union', 'until', 'use', 'value',
  'variable', 'while', 'with', 'write', '~isin', '-inflist', '-infset', '-list', '-set',
];

export const rslLexer: LexerDefinition = {
  name: 'RSL',
  aliases: ['rsl'],
  flags: 'ms',
  tokens: {
    root: [
      [words(ROOT_WORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [String.raw`(variable|value)\b`, 'Keyword.Declaration'],
      [String.raw`--.*?\n`, 'Comment'],
      [String.raw`<:.*?:>`, 'Comment'],
      [String.raw`\{!.*?!\}`, 'Comment'],
      [String.raw`/\*.*?\*/`, 'Comment'],
      [String.raw`^([ \t]*)([\w]+)([ \t]*)(:[^:])`, bygroups('Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(^[ \t]*)([\w]+)([ \t]*)(\([\w\s,]*\))([ \t]*)(is|as)`, bygroups('Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Text', 'Text.Whitespace', 'Keyword')],
      [String.raw`\b[A-Z]\w*\b`, 'Keyword.Type'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`".*"`, 'Literal.String'],
      [String.raw`\'.\'`, 'Literal.String.Char'],
      [String.raw`(><|->|-m->|/\\|<=|<<=|<\.|\|\||\|\^\||-~->|-~m->|\\/|>=|>>|\.>|\+\+|-\\|<->|=>|:-|~=|\*\*|<<|>>=|\+>|!!|\|=\||#)`, 'Operator'],
      [String.raw`[0-9]+\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-f]+`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`.`, 'Text'],
    ],
  },
};
