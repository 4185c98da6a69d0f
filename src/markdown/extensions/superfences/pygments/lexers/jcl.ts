/**
 * Pygments' JclLexer (pygments/lexers/scripting.py, Pygments 2.20), rule for rule: IBM z/OS Job
 * Control Language: `//` statements, names, operations and options.
 *
 *     //STEP1 EXEC PGM=IEFBR14   ->   <kp>//</kp><nl>STEP1</nl><w> </w><kr>EXEC</kr><w> </w><n>PGM</n><o>=</o><n>IEFBR14</n>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const jclLexer: LexerDefinition = {
  name: 'JCL',
  aliases: ['jcl'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`//\*.*\n`, 'Comment.Single'],
      ['//', 'Keyword.Pseudo', 'statement'],
      [String.raw`/\*`, 'Keyword.Pseudo', 'jes2_statement'],
      [String.raw`.*\n`, 'Other'],
    ],
    statement: [
      [String.raw`\s*\n`, 'Text.Whitespace', '#pop'],
      [String.raw`([a-z]\w*)(\s+)(exec|job)(\s*)`, bygroups('Name.Label', 'Text.Whitespace', 'Keyword.Reserved', 'Text.Whitespace'), 'option'],
      [String.raw`[a-z]\w*`, 'Name.Variable', 'statement_command'],
      [String.raw`\s+`, 'Text.Whitespace', 'statement_command'],
    ],
    statement_command: [
      [String.raw`\s+(command|cntl|dd|endctl|endif|else|include|jcllib|output|pend|proc|set|then|xmit)\s+`, 'Keyword.Reserved', 'option'],
      include('option'),
    ],
    jes2_statement: [
      [String.raw`\s*\n`, 'Text.Whitespace', '#pop'],
      [String.raw`\$`, 'Keyword', 'option'],
      [String.raw`\b(jobparam|message|netacct|notify|output|priority|route|setup|signoff|xeq|xmit)\b`, 'Keyword', 'option'],
    ],
    option: [
      [String.raw`\*`, 'Name.Builtin'],
      [String.raw`[\[\](){}<>;,]`, 'Punctuation'],
      ['[-+*/=&%]', 'Operator'],
      [String.raw`[a-z_]\w*`, 'Name'],
      [String.raw`\d+\.\d*`, 'Literal.Number.Float'],
      [String.raw`\.\d+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`'`, 'Literal.String', 'option_string'],
      [String.raw`[ \t]+`, 'Text.Whitespace', 'option_comment'],
      [String.raw`\.`, 'Punctuation'],
    ],
    option_string: [
      [String.raw`(\n)(//)`, bygroups('Text', 'Keyword.Pseudo')],
      [String.raw`''`, 'Literal.String'],
      [String.raw`[^']`, 'Literal.String'],
      [String.raw`'`, 'Literal.String', '#pop'],
    ],
    option_comment: [
      ['.+', 'Comment.Single'],
    ],
  },
};
