/**
 * Pygments' MaskLexer (pygments/lexers/javascript.py, Pygments 2.20.0), rule for rule.
 * Mask templates: CSS-like selectors, attributes and `~[]` interpolations.
 *
 *     div.foo > "text"   ->   <nt>div</nt><vc>.</vc><vc>foo</vc><w> </w><p>&gt;</p><w> </w><s>"</s><s1>t</s1><s1>e...
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';
import { using } from '../delegation.ts';

export const maskLexer: LexerDefinition = {
  name: 'Mask',
  aliases: ['mask'],
  flags: 'msi',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      ['[{};>]', 'Punctuation'],
      [String.raw`'''`, 'Literal.String', 'string-trpl-single'],
      ['"""', 'Literal.String', 'string-trpl-double'],
      [String.raw`'`, 'Literal.String', 'string-single'],
      ['"', 'Literal.String', 'string-double'],
      [String.raw`([\w-]+)`, 'Name.Tag', 'node'],
      [String.raw`([^.#;{>\s]+)`, 'Name.Class', 'node'],
      [String.raw`(#[\w-]+)`, 'Name.Function', 'node'],
      [String.raw`(\.[\w-]+)`, 'Name.Variable.Class', 'node'],
    ],
    'string-base': [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`~\[`, 'Literal.String.Interpol', 'interpolation'],
      ['.', 'Literal.String.Single'],
    ],
    'string-single': [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      include('string-base'),
    ],
    'string-double': [
      ['"', 'Literal.String.Single', '#pop'],
      include('string-base'),
    ],
    'string-trpl-single': [
      [String.raw`'''`, 'Literal.String.Single', '#pop'],
      include('string-base'),
    ],
    'string-trpl-double': [
      ['"""', 'Literal.String.Single', '#pop'],
      include('string-base'),
    ],
    interpolation: [
      [String.raw`\]`, 'Literal.String.Interpol', '#pop'],
      [String.raw`(\s*)(:)`, bygroups('Text.Whitespace', 'Literal.String.Interpol'), 'expression'],
      [String.raw`(\s*)(\w+)(:)`, bygroups('Text.Whitespace', 'Name.Other', 'Punctuation')],
      [String.raw`[^\]]+`, 'Literal.String.Interpol'],
    ],
    expression: [
      [String.raw`[^\]]+`, using('javascript'), '#pop'],
    ],
    node: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\.`, 'Name.Variable.Class', 'node-class'],
      [String.raw`\#`, 'Name.Function', 'node-id'],
      [String.raw`(style)([ \t]*)(=)`, bygroups('Name.Attribute', 'Text.Whitespace', 'Operator'), 'node-attr-style-value'],
      [String.raw`([\w:-]+)([ \t]*)(=)`, bygroups('Name.Attribute', 'Text.Whitespace', 'Operator'), 'node-attr-value'],
      [String.raw`[\w:-]+`, 'Name.Attribute'],
      ['[>{;]', 'Punctuation', '#pop'],
    ],
    'node-class': [
      [String.raw`[\w-]+`, 'Name.Variable.Class'],
      [String.raw`~\[`, 'Literal.String.Interpol', 'interpolation'],
      defaultState('#pop'),
    ],
    'node-id': [
      [String.raw`[\w-]+`, 'Name.Function'],
      [String.raw`~\[`, 'Literal.String.Interpol', 'interpolation'],
      defaultState('#pop'),
    ],
    'node-attr-value': [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\w+`, 'Name.Variable', '#pop'],
      [String.raw`'`, 'Literal.String', 'string-single-pop2'],
      ['"', 'Literal.String', 'string-double-pop2'],
      defaultState('#pop'),
    ],
    'node-attr-style-value': [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`'`, 'Literal.String.Single', 'css-single-end'],
      ['"', 'Literal.String.Single', 'css-double-end'],
      include('node-attr-value'),
    ],
    'css-base': [
      [String.raw`\s+`, 'Text.Whitespace'],
      [';', 'Punctuation'],
      [String.raw`[\w\-]+\s*:`, 'Name.Builtin'],
    ],
    'css-single-end': [
      include('css-base'),
      [String.raw`'`, 'Literal.String.Single', '#pop:2'],
      [String.raw`[^;']+`, 'Name.Entity'],
    ],
    'css-double-end': [
      include('css-base'),
      ['"', 'Literal.String.Single', '#pop:2'],
      ['[^;"]+', 'Name.Entity'],
    ],
    'string-single-pop2': [
      [String.raw`'`, 'Literal.String.Single', '#pop:2'],
      include('string-base'),
    ],
    'string-double-pop2': [
      ['"', 'Literal.String.Single', '#pop:2'],
      include('string-base'),
    ],
  },
};
