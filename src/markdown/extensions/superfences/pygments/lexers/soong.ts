/**
 * Pygments' SoongLexer (pygments/lexers/soong.py, Pygments 2.20.0), rule for rule: Android.bp module
 * definitions.
 *
 *     cc_binary { name: "hello" }   ->   <nf>cc_binary</nf><w> </w><p>{</p><w> </w><n>name</n><p>:</p><w> </w>...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const soongLexer: LexerDefinition = {
  name: 'Soong',
  aliases: ['androidbp', 'bp', 'soong'],
  tokens: {
    root: [
      [String.raw`(\w*)(\s*)(\+?=)(\s*)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator', 'Text.Whitespace'), 'assign-rhs'],
      [String.raw`(\w*)(\s*)(\{)`, bygroups('Name.Function', 'Text.Whitespace', 'Punctuation'), 'in-rule'],
      include('comments'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'assign-rhs': [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    'in-list': [
      include('expr'),
      include('comments'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [',', 'Punctuation'],
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
    'in-map': [
      [String.raw`(\w+)(:)(\s*)`, bygroups('Name', 'Punctuation', 'Text.Whitespace')],
      include('expr'),
      include('comments'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [',', 'Punctuation'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    'in-rule': [
      include('in-map'),
    ],
    comments: [
      ['//.*', 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
    ],
    expr: [
      [String.raw`(true|false)\b`, 'Name.Builtin'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ['".*?"', 'Literal.String'],
      [String.raw`\{`, 'Punctuation', 'in-map'],
      [String.raw`\[`, 'Punctuation', 'in-list'],
      [String.raw`\w+`, 'Name'],
    ],
  },
};
