/**
 * Pygments' TeraTermLexer (pygments/lexers/teraterm.py, Pygments 2.20.0), rule for rule: Tera Term macros (TTL).
 *
 *     connect '192.168.0.1:22 /ssh /auth=password'
 *     ->   <k>connect</k> <s1>'192.168.0.1:22 /ssh /auth=password'</s1>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';
import { TERATERM_COMMANDS } from './teraterm-words.ts';

export const teratermLexer: LexerDefinition = {
  name: 'Tera Term macro',
  aliases: ['teratermmacro', 'teraterm', 'ttl'],
  tokens: {
    root: [
      include('comments'),
      include('labels'),
      include('commands'),
      include('builtin-variables'),
      include('user-variables'),
      include('operators'),
      include('numeric-literals'),
      include('string-literals'),
      include('all-whitespace'),
      [String.raw`\S`, 'Text'],
    ],
    comments: [
      [String.raw`;[^\r\n]*`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'in-comment'],
    ],
    'in-comment': [
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[^*/]+`, 'Comment.Multiline'],
      [String.raw`[*/]`, 'Comment.Multiline'],
    ],
    labels: [
      [String.raw`(?i)^(\s*)(:[a-z0-9_]+)`, bygroups('Text.Whitespace', 'Name.Label')],
    ],
    commands: [
      [TERATERM_COMMANDS, 'Keyword'],
      [String.raw`(?i)(call|goto)([ \t]+)([a-z0-9_]+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Label')],
    ],
    'builtin-variables': [
      [String.raw`(?i)(groupmatchstr1|groupmatchstr2|groupmatchstr3|groupmatchstr4|groupmatchstr5|groupmatchstr6|groupmatchstr7|groupmatchstr8|groupmatchstr9|inputstr|matchstr|mtimeout|param1|param2|param3|param4|param5|param6|param7|param8|param9|paramcnt|params|result|timeout)\b`, 'Name.Builtin'],
    ],
    'user-variables': [
      [String.raw`(?i)[a-z_][a-z0-9_]*`, 'Name.Variable'],
    ],
    'numeric-literals': [
      [String.raw`(-?)([0-9]+)`, bygroups('Operator', 'Literal.Number.Integer')],
      [String.raw`(?i)\$[0-9a-f]+`, 'Literal.Number.Hex'],
    ],
    'string-literals': [
      [String.raw`(?i)#(?:[0-9]+|\$[0-9a-f]+)`, 'Literal.String.Char'],
      [String.raw`'[^'\n]*'`, 'Literal.String.Single'],
      [String.raw`"[^"\n]*"`, 'Literal.String.Double'],
      [String.raw`('[^']*)(\n)`, bygroups('Error', 'Text.Whitespace')],
      [String.raw`("[^"]*)(\n)`, bygroups('Error', 'Text.Whitespace')],
    ],
    operators: [
      [String.raw`and|not|or|xor`, 'Operator.Word'],
      [String.raw`[!%&*+<=>^~\|\/-]+`, 'Operator'],
      [String.raw`[()]`, 'Literal.String.Symbol'],
    ],
    'all-whitespace': [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
