/**
 * Pygments' NestedTextLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: NestedText
 * documents (dict keys, list items, multiline strings, comments).
 *
 *     name: Alice   ->   <nt>name</nt><p>:</p><w> </w>Alice
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const nestedtextLexer: LexerDefinition = {
  name: 'NestedText',
  aliases: ['nestedtext', 'nt'],
  tokens: {
    root: [
      ['^([ ]*)(#.*)$', bygroups('Text.Whitespace', 'Comment')],
      [String.raw`^([ ]*)(\{)`, bygroups('Text.Whitespace', 'Punctuation'), 'inline_dict'],
      [String.raw`^([ ]*)(\[)`, bygroups('Text.Whitespace', 'Punctuation'), 'inline_list'],
      ['^([ ]*)(>)$', bygroups('Text.Whitespace', 'Punctuation')],
      [String.raw`^([ ]*)(>)( )(.*?)([ \t]*)$`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Text', 'Text.Whitespace')],
      ['^([ ]*)(-)$', bygroups('Text.Whitespace', 'Punctuation')],
      [String.raw`^([ ]*)(-)( )(.*?)([ \t]*)$`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Text', 'Text.Whitespace')],
      ['^([ ]*)(:)$', bygroups('Text.Whitespace', 'Punctuation')],
      [String.raw`^([ ]*)(:)( )([^\n]*?)([ \t]*)$`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Tag', 'Text.Whitespace')],
      [String.raw`^([ ]*)([^\{\[\s].*?)(:)$`, bygroups('Text.Whitespace', 'Name.Tag', 'Punctuation')],
      [String.raw`^([ ]*)([^\{\[\s].*?)(:)( )(.*?)([ \t]*)$`, bygroups('Text.Whitespace', 'Name.Tag', 'Punctuation', 'Text.Whitespace', 'Text', 'Text.Whitespace')],
    ],
    inline_list: [
      include('whitespace'),
      [String.raw`[^\{\}\[\],\s]+`, 'Text'],
      include('inline_value'),
      [',', 'Punctuation'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`\n`, 'Error', '#pop'],
    ],
    inline_dict: [
      include('whitespace'),
      [String.raw`[^\{\}\[\],:\s]+`, 'Name.Tag'],
      [':', 'Punctuation', 'inline_dict_value'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`\n`, 'Error', '#pop'],
    ],
    inline_dict_value: [
      include('whitespace'),
      [String.raw`[^\{\}\[\],:\s]+`, 'Text'],
      include('inline_value'),
      [',', 'Punctuation', '#pop'],
      [String.raw`\}`, 'Punctuation', '#pop:2'],
    ],
    inline_value: [
      include('whitespace'),
      [String.raw`\{`, 'Punctuation', 'inline_dict'],
      [String.raw`\[`, 'Punctuation', 'inline_list'],
    ],
    whitespace: [
      [String.raw`[ \t]+`, 'Text.Whitespace'],
    ],
  },
};
