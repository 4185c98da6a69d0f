/**
 * Pygments' SnobolLexer (pygments/lexers/snobol.py, Pygments 2.20.0), rule for rule: SNOBOL4 programs.
 *
 *             OUTPUT = "Hello, world!"
 *     ->           <nb>OUTPUT</nb> <o>=</o> <s>"Hello, world!"</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const snobolLexer: LexerDefinition = {
  name: 'Snobol',
  aliases: ['snobol'],
  tokens: {
    root: [
      [String.raw`\*.*\n`, 'Comment'],
      [String.raw`[+.] `, 'Punctuation', 'statement'],
      [String.raw`-.*\n`, 'Comment'],
      [String.raw`END\s*\n`, 'Name.Label', 'heredoc'],
      [String.raw`[A-Za-z$][\w$]*`, 'Name.Label', 'statement'],
      [String.raw`\s+`, 'Text', 'statement'],
    ],
    statement: [
      [String.raw`\s*\n`, 'Text', '#pop'],
      [String.raw`\s+`, 'Text'],
      [String.raw`(?<=[^\w.])(LT|LE|EQ|NE|GE|GT|INTEGER|IDENT|DIFFER|LGT|SIZE|REPLACE|TRIM|DUPL|REMDR|DATE|TIME|EVAL|APPLY|OPSYN|LOAD|UNLOAD|LEN|SPAN|BREAK|ANY|NOTANY|TAB|RTAB|REM|POS|RPOS|FAIL|FENCE|ABORT|ARB|ARBNO|BAL|SUCCEED|INPUT|OUTPUT|TERMINAL)(?=[^\w.])`, 'Name.Builtin'],
      [String.raw`[A-Za-z][\w.]*`, 'Name'],
      [String.raw`\*\*|[?$.!%*/#+\-@|&\\=]`, 'Operator'],
      [String.raw`"[^"]*"`, 'Literal.String'],
      [String.raw`'[^']*'`, 'Literal.String'],
      [String.raw`[0-9]+(?=[^.EeDd])`, 'Literal.Number.Integer'],
      [String.raw`[0-9]+(\.[0-9]*)?([EDed][-+]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`:`, 'Punctuation', 'goto'],
      [String.raw`[()<>,;]`, 'Punctuation'],
    ],
    goto: [
      [String.raw`\s*\n`, 'Text', '#pop:2'],
      [String.raw`\s+`, 'Text'],
      [String.raw`F|S`, 'Keyword'],
      [String.raw`(\()([A-Za-z][\w.]*)(\))`, bygroups('Punctuation', 'Name.Label', 'Punctuation')],
    ],
    heredoc: [
      [String.raw`.*\n`, 'Literal.String.Heredoc'],
    ],
  },
};
