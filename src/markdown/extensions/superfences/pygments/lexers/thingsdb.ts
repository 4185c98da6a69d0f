/**
 * Pygments' ThingsDBLexer (pygments/lexers/thingsdb.py, Pygments 2.20.0), rule for rule: ThingsDB's query language.
 *
 *     .x = 1; .list.push('a');
 *     ->   <na>.x</na> <o>=</o> <mi>1</mi><p>;</p> <na>.list</na><nf>.</nf><nf>push</nf><p>(</p><s1>'a'</s1><p>)</p><p>;</p>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';
import { THINGSDB_METHODS, THINGSDB_FUNCTIONS } from './thingsdb-words.ts';

export const thingsdbLexer: LexerDefinition = {
  name: 'ThingsDB',
  aliases: ['ti', 'thingsdb'],
  tokens: {
    root: [
      include('expression'),
    ],
    expression: [
      include('comments'),
      include('whitespace'),
      [String.raw`[-+]?0b[01]+`, 'Literal.Number.Bin'],
      [String.raw`[-+]?0o[0-8]+`, 'Literal.Number.Oct'],
      [String.raw`([-+]?0x[0-9a-fA-F]+)`, 'Literal.Number.Hex'],
      [String.raw`[-+]?[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`[-+]?((inf|nan)([^0-9A-Za-z_]|$)|[0-9]*\.[0-9]+(e[+-][0-9]+)?)`, 'Literal.Number.Float'],
      [String.raw`(?:"(?:[^"]*)")+`, 'Literal.String.Double'],
      [String.raw`(?:'(?:[^']*)')+`, 'Literal.String.Single'],
      ["(?:`(?:[^`]*)`)+", 'Literal.String.Backtick'],
      [String.raw`(true|false|nil)\b`, 'Keyword.Constant'],
      [String.raw`(FULL|USER|GRANT|CHANGE|JOIN|RUN|QUERY|DEBUG|INFO|WARNING|ERROR|CRITICAL|NO_IDS|INT_MIN|INT_MAX|MATH_E|MATH_PI)\b`, 'Name.Constant'],
      [String.raw`(/[^/\\]*(?:\\.[^/\\]*)*/i?)`, 'Literal.String.Regex'],
      include('names'),
      [String.raw`[(){}\[\],;]`, 'Punctuation'],
      [String.raw`[+\-*/%&|<>^!~@=:?]`, 'Operator'],
    ],
    names: [
      [THINGSDB_METHODS, bygroups('Name.Function', 'Name.Function', 'Punctuation'), 'arguments'],
      [THINGSDB_FUNCTIONS, bygroups('Name.Function', 'Punctuation'), 'arguments'],
      [String.raw`(\.[A-Za-z_][0-9A-Za-z_]*)(\s*)(=)`, bygroups('Name.Attribute', 'Text', 'Operator')],
      [String.raw`\.[A-Za-z_][0-9A-Za-z_]*`, 'Name.Attribute'],
      [String.raw`([A-Za-z_][0-9A-Za-z_]*)(\s*)(=)`, bygroups('Name.Variable', 'Text', 'Operator')],
      [String.raw`[A-Za-z_][0-9A-Za-z_]*`, 'Name.Variable'],
    ],
    whitespace: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comments: [
      [String.raw`//(.*?)\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
    ],
    comment: [
      [String.raw`[^*/]+`, 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[*/]`, 'Comment.Multiline'],
    ],
    arguments: [
      include('expression'),
      [String.raw`,`, 'Punctuation'],
      [String.raw`\(`, 'Punctuation', '#push'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
  },
};
