/**
 * Pygments' EasytrieveLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule.
 * CA Easytrieve Plus reports: its reserved words, `*` comments, macro calls.
 *
 *     FILE PERSNL FB(150 1800)   ->   <kd>FILE</kd><w> </w><nf>PERSNL</nf><w> </w><n>FB</n><o>(</o><mi>150</mi><w> ...
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';
import { ROOT_WORDS } from './easytrieve-words.ts';

export const easytrieveLexer: LexerDefinition = {
  name: 'Easytrieve',
  aliases: ['easytrieve'],
  flags: '',
  tokens: {
    root: [
      [String.raw`\*.*\n`, 'Comment.Single'],
      [String.raw`\n+`, 'Text.Whitespace'],
      [String.raw`&[^ \'.,():\n*]+\.`, 'Name.Variable', 'after_macro_argument'],
      [String.raw`%[^ \'.,():\n*]+`, 'Name.Variable'],
      [String.raw`(FILE|MACRO|REPORT)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'after_declaration'],
      [String.raw`(JOB|PARM)([ \'.,():\n])`, bygroups('Keyword.Declaration', 'Operator')],
      [words(ROOT_WORDS, '', String.raw`([ \'.,():\n])`), bygroups('Keyword.Reserved', 'Operator')],
      [String.raw`[.+\-/=\[\](){}<>;,&%¬]`, 'Operator'],
      [String.raw`([^ \'.,():\n*]+)(\s*)(\.?)(\s*)(PROC)(\s*\n)`, bygroups('Name.Function', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Keyword.Declaration', 'Text.Whitespace')],
      [String.raw`[0-9]+\.[0-9]*`, 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`'(''|[^'])*'`, 'Literal.String'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[^ \'.,():\n*]+`, 'Name'],
    ],
    after_declaration: [
      [String.raw`[^ \'.,():\n*]+`, 'Name.Function'],
      defaultState('#pop'),
    ],
    after_macro_argument: [
      [String.raw`\*.*\n`, 'Comment.Single', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace', '#pop'],
      [String.raw`[.+\-/=\[\](){}<>;,&%¬]`, 'Operator', '#pop'],
      [String.raw`'(''|[^'])*'`, 'Literal.String', '#pop'],
      [String.raw`[^ \'.,():\n*]+`, 'Name'],
    ],
  },
};
