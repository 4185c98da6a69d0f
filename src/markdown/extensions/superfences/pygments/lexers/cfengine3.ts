/**
 * Pygments' Cfengine3Lexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: CFEngine 3
 * policy files (bundles, bodies, promise types, classes).
 *
 *     bundle agent main   ->   <k>bundle</k><w> </w><k>agent</k><w> </w><nf>main</nf>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const cfengine3Lexer: LexerDefinition = {
  name: 'CFEngine3',
  aliases: ['cfengine3', 'cf3'],
  tokens: {
    root: [
      [String.raw`#.*?\n`, 'Comment'],
      [String.raw`(body)(\s+)(\S+)(\s+)(control)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(body|bundle)(\s+)(\S+)(\s+)(\w+)(\()`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Function', 'Punctuation'), 'arglist'],
      [String.raw`(body|bundle)(\s+)(\S+)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(")([^"]+)(")(\s+)(string|slist|int|real)(\s*)(=>)(\s*)`, bygroups('Punctuation', 'Name.Variable', 'Punctuation', 'Text.Whitespace', 'Keyword.Type', 'Text.Whitespace', 'Operator', 'Text.Whitespace')],
      [String.raw`(\S+)(\s*)(=>)(\s*)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Operator', 'Text')],
      ['"', 'Literal.String', 'string'],
      [String.raw`(\w+)(\()`, bygroups('Name.Function', 'Punctuation')],
      [String.raw`([\w.!&|()]+)(::)`, bygroups('Name.Class', 'Punctuation')],
      [String.raw`(\w+)(:)`, bygroups('Keyword.Declaration', 'Punctuation')],
      ['@[{(][^)}]+[})]', 'Name.Variable'],
      ['[(){},;]', 'Punctuation'],
      ['=>', 'Operator'],
      ['->', 'Operator'],
      [String.raw`\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`\w+`, 'Name.Function'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    string: [
      [String.raw`\$[{(]`, 'Literal.String.Interpol', 'interpol'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`\n`, 'Literal.String'],
      ['.', 'Literal.String'],
    ],
    interpol: [
      [String.raw`\$[{(]`, 'Literal.String.Interpol', '#push'],
      ['[})]', 'Literal.String.Interpol', '#pop'],
      ['[^${()}]+', 'Literal.String.Interpol'],
    ],
    arglist: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
      [String.raw`\w+`, 'Name.Variable'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
