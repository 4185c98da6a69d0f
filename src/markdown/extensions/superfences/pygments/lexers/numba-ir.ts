/**
 * Pygments' NumbaIRLexer (pygments/lexers/numbair.py, Pygments 2.20.0), rule for rule.
 * Numba IR dumps: labels, `$`-variables and `ir.` calls.
 *
 *     label 0:   ->   <k>label</k><nl> 0</nl><p>:</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORD_KEYWORD = [
  'del', 'jump', 'call', 'branch',
];

export const numbaIrLexer: LexerDefinition = {
  name: 'Numba_IR',
  aliases: ['numba_ir', 'numbair'],
  tokens: {
    root: [
      [String.raw`(label)(\ [0-9]+)(:)$`, bygroups('Keyword', 'Name.Label', 'Punctuation')],
      ['=', 'Operator'],
      include('whitespace'),
      include('keyword'),
      [String.raw`\$[a-zA-Z0-9._]+`, 'Name.Variable'],
      [String.raw`([a-zA-Z_]+[a-zA-Z0-9]*)(\()`, bygroups('Name.Function', 'Punctuation')],
      [String.raw`([a-zA-Z_]+[a-zA-Z0-9]*)(\=)`, bygroups('Name.Attribute', 'Punctuation')],
      ['([a-zA-Z_]+[a-zA-Z0-9]*)', 'Name.Constant'],
      ['[0-9]+', 'Literal.Number'],
      [String.raw`<[^>\n]*>`, 'Literal.String'],
      [String.raw`[=<>{}\[\]()*.,!\':]|x\b`, 'Punctuation'],
    ],
    keyword: [
      [words(KEYWORD_KEYWORD, '', ' '), 'Keyword'],
    ],
    whitespace: [
      [String.raw`(\n|\s)+`, 'Text.Whitespace'],
    ],
  },
};
