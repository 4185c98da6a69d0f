/**
 * Pygments' MoinWikiLexer (pygments/lexers/markup.py, Pygments 2.20.0), rule for rule: MoinMoin and
 * Trac wiki markup (headings, emphasis marks, lists, links, `{{{` code blocks).
 *
 *     == Title ==   ->   <gh>==</gh> Title <gh>==</gh>
 */
import { bygroups, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const moinWikiLexer: LexerDefinition = {
  name: 'MoinMoin/Trac Wiki markup',
  aliases: ['trac-wiki', 'moin'],
  flags: 'mi',
  tokens: {
    root: [
      ['^#.*$', 'Comment'],
      [String.raw`(!)(\S+)`, bygroups('Keyword', 'Text')],
      [String.raw`^(=+)([^=]+)(=+)(\s*#.+)?$`, bygroups('Generic.Heading', usingThis(), 'Generic.Heading', 'Literal.String')],
      [String.raw`(\{\{\{)(\n#!.+)?`, bygroups('Name.Builtin', 'Name.Namespace'), 'codeblock'],
      ["(\\'\\'\\'?|\\|\\||`|__|~~|\\^|,,|::)", 'Comment'],
      ['^( +)([.*-])( )', bygroups('Text', 'Name.Builtin', 'Text')],
      [String.raw`^( +)([a-z]{1,5}\.)( )`, bygroups('Text', 'Name.Builtin', 'Text')],
      [String.raw`\[\[\w+.*?\]\]`, 'Keyword'],
      [String.raw`(\[[^\s\]]+)(\s+[^\]]+?)?(\])`, bygroups('Keyword', 'Literal.String', 'Keyword')],
      ['^----+$', 'Keyword'],
      [String.raw`[^\n\'\[{!_~^,|]+`, 'Text'],
      [String.raw`\n`, 'Text'],
      ['.', 'Text'],
    ],
    codeblock: [
      [String.raw`\}\}\}`, 'Name.Builtin', '#pop'],
      [String.raw`\{\{\{`, 'Text', '#push'],
      ['[^{}]+', 'Comment.Preproc'],
      ['.', 'Comment.Preproc'],
    ],
  },
};
