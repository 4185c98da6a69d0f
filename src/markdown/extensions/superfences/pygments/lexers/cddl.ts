/**
 * Pygments' CddlLexer (pygments/lexers/cddl.py, Pygments 2.20.0), rule for rule: Concise Data
 * Definition Language schemas (rules, groups, control operators, occurrences).
 *
 *     person = { name: tstr, age: uint }   ->   <nc>person</nc><w> </w><o>=</o><w> </w><p>{</p><w> </w><s>name</s><p>:</p>...
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const cddlLexer: LexerDefinition = {
  name: 'CDDL',
  aliases: ['cddl'],
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [';.+$', 'Comment.Single'],
    ],
    root: [
      include('commentsandwhitespace'),
      [String.raw`#(\d\.(?:0b[01]+|0x[0-9a-fA-F]+|[1-9]\d*|0(?!\d)))?`, 'Keyword.Type'],
      [String.raw`((?:0b[01]+|0x[0-9a-fA-F]+|[1-9]\d*|0(?!\d)))?(\*)((?:0b[01]+|0x[0-9a-fA-F]+|[1-9]\d*|0(?!\d)))?`, bygroups('Literal.Number', 'Operator', 'Literal.Number')],
      [String.raw`\?|\+`, 'Operator'],
      [String.raw`\^`, 'Operator'],
      [String.raw`(\.\.\.|\.\.)`, 'Operator'],
      [
        words([
          '.and', '.bits', '.cbor', '.cborseq', '.default', '.eq', '.ge', '.gt', '.le', '.lt', '.ne',
          '.regexp', '.size', '.within',
        ], '', String.raw`\b`),
        'Operator.Word',
      ],
      [String.raw`&(?=\s*([$@A-Z_a-z](?:[\-\.]+(?=[$@0-9A-Z_a-z])|[$@0-9A-Z_a-z])*|\())`, 'Operator'],
      [String.raw`~(?=\s*[$@A-Z_a-z](?:[\-\.]+(?=[$@0-9A-Z_a-z])|[$@0-9A-Z_a-z])*)`, 'Operator'],
      ['//|/(?!/)', 'Operator'],
      ['=>|/==|/=|=', 'Operator'],
      [String.raw`[\[\]{}\(\),<>:]`, 'Punctuation'],
      [String.raw`(b64)(')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), 'bstrb64url'],
      [String.raw`(h)(')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), 'bstrh'],
      [String.raw`'`, 'Literal.String.Single', 'bstr'],
      [String.raw`([$@A-Z_a-z](?:[\-\.]+(?=[$@0-9A-Z_a-z])|[$@0-9A-Z_a-z])*)(\s*)(:)`, bygroups('Literal.String', 'Text.Whitespace', 'Punctuation')],
      [
        words([
          'any', 'b64legacy', 'b64url', 'bigfloat', 'bigint', 'bignint', 'biguint', 'bool', 'bstr', 'bytes',
          'cbor-any', 'decfrac', 'eb16', 'eb64legacy', 'eb64url', 'encoded-cbor', 'false', 'float',
          'float16', 'float16-32', 'float32', 'float32-64', 'float64', 'int', 'integer', 'mime-message',
          'nil', 'nint', 'null', 'number', 'regexp', 'tdate', 'text', 'time', 'true', 'tstr', 'uint',
          'undefined', 'unsigned', 'uri',
        ], String.raw`(?![\-_$@])\b`, String.raw`\b(?![\-_$@])`),
        'Name.Builtin',
      ],
      [String.raw`[$@A-Z_a-z](?:[\-\.]+(?=[$@0-9A-Z_a-z])|[$@0-9A-Z_a-z])*`, 'Name.Class'],
      ['0b[01]+', 'Literal.Number.Bin'],
      ['0o[0-7]+', 'Literal.Number.Oct'],
      [String.raw`0x[0-9a-fA-F]+(\.[0-9a-fA-F]+)?p[+-]?\d+`, 'Literal.Number.Hex'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`-?(?:0b[01]+|0x[0-9a-fA-F]+|[1-9]\d*|0(?!\d))(?=(\.\d|e[+-]?\d))(?:\.\d+)?(?:e[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`-?(?:0b[01]+|0x[0-9a-fA-F]+|[1-9]\d*|0(?!\d))`, 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\"|[^"])*"`, 'Literal.String.Double'],
    ],
    bstrb64url: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      include('commentsandwhitespace'),
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[0-9a-zA-Z\-_=]+`, 'Literal.String.Single'],
      ['.', 'Error'],
    ],
    bstrh: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      include('commentsandwhitespace'),
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['[0-9a-fA-F]+', 'Literal.String.Single'],
      ['.', 'Error'],
    ],
    bstr: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^'\\]+`, 'Literal.String.Single'],
    ],
  },
};
