/**
 * Pygments' RegeditLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: Windows
 * `.reg` files.
 *
 *     [HKEY_CURRENT_USER\Software]   ->   <k>[</k><nb>HKEY_CURRENT_USER</nb><k>\Software]</k>
 *     "Telemetry"=dword:00000000          <na>"Telemetry"</na><o>=</o><nv>dword</nv><p>:</p><m>00000000</m>
 */
import { bygroups, defaultState, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const registryLexer: LexerDefinition = {
  name: 'reg',
  aliases: ['registry'],
  tokens: {
    root: [
      ['Windows Registry Editor.*', 'Text'],
      [String.raw`\s+`, W],
      ['[;#].*', 'Comment.Single'],
      [String.raw`(\[)(-?)(HKEY_[A-Z_]+)(.*?\])$`, bygroups('Keyword', 'Operator', 'Name.Builtin', 'Keyword')],
      // string keys, which obey somewhat normal escaping
      [String.raw`("(?:\\"|\\\\|[^"])+")([ \t]*)(=)([ \t]*)`, bygroups('Name.Attribute', W, 'Operator', W), 'value'],
      // bare keys (includes @)
      [String.raw`(.*?)([ \t]*)(=)([ \t]*)`, bygroups('Name.Attribute', W, 'Operator', W), 'value'],
    ],
    value: [
      ['-', 'Operator', '#pop'], // delete value
      [String.raw`(dword|hex(?:\([0-9a-fA-F]\))?)(:)([0-9a-fA-F,]+)`, bygroups('Name.Variable', 'Punctuation', 'Literal.Number'), '#pop'],
      // .reg files do not support line continuation
      ['.+', 'Literal.String', '#pop'],
      defaultState('#pop'),
    ],
  },
};
