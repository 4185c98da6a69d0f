/**
 * Pygments' ProtoBufLexer (pygments/lexers/dsls.py, Pygments 2.20), rule for rule. Its operator
 * class `[+-=]` is Python's range from `+` to `=` (so `,-./0-9:;<` too), kept as written.
 *
 *     int32 id = 1;   ->   <kt>int32</kt><w> </w><na>id</na><w> </w><o>=</o><w> </w><mi>1</mi><p>;</p>
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

export const protobufLexer: LexerDefinition = {
  name: 'Protocol Buffer',
  aliases: ['protobuf', 'proto'],
  tokens: {
    root: [
      ['[ \\t]+', 'Text.Whitespace'],
      [String.raw`[,;{}\[\]()<>]`, 'Punctuation'],
      [String.raw`/(\\\n)?/(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?\*(.|\n)*?\*(\\\n)?/`, 'Comment.Multiline'],
      [
        words([
          'import', 'option', 'optional', 'required', 'repeated', 'reserved', 'default', 'packed', 'ctype', 'extensions',
          'to', 'max', 'rpc', 'returns', 'oneof', 'syntax',
        ], String.raw`\b`, String.raw`\b`),
        'Keyword',
      ],
      [
        words([
          'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64',
          'float', 'double', 'bool', 'string', 'bytes',
        ], '', String.raw`\b`),
        'Keyword.Type',
      ],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`(package)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'package'],
      [String.raw`(message|extend)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'message'],
      [String.raw`(enum|group|service)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'type'],
      [String.raw`\".*?\"`, 'Literal.String'],
      [String.raw`\'.*?\'`, 'Literal.String'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      [String.raw`(\-?(inf|nan))\b`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+[LlUu]*', 'Literal.Number.Hex'],
      ['0[0-7]+[LlUu]*', 'Literal.Number.Oct'],
      [String.raw`\d+[LlUu]*`, 'Literal.Number.Integer'],
      ['[+-=]', 'Operator'],
      [String.raw`([a-zA-Z_][\w.]*)([ \t]*)(=)`, bygroups('Name.Attribute', 'Text.Whitespace', 'Operator')],
      [String.raw`[a-zA-Z_][\w.]*`, 'Name'],
    ],
    package: [[String.raw`[a-zA-Z_][\w\.]*`, 'Name.Namespace', '#pop'], defaultState('#pop')],
    message: [[String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'], defaultState('#pop')],
    type: [[String.raw`[a-zA-Z_]\w*`, 'Name', '#pop'], defaultState('#pop')],
  },
};
