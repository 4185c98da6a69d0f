/**
 * Pygments' VyperLexer (pygments/lexers/vyper.py, Pygments 2.20.0), rule for rule.
 *
 *     def transfer(to: address):   ->   <k>def</k><w> </w><nf>transfer</nf><p>(</p><nv>to:</nv>...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = [
  'def', 'event', 'pass', 'return', 'for', 'while', 'if', 'elif', 'else', 'assert', 'raise', 'import', 'in',
  'struct', 'implements', 'interface', 'from', 'indexed', 'log', 'extcall', 'staticcall',
];

const DECLARATIONS = [
  'public', 'private', 'view', 'pure', 'constant', 'immutable', 'nonpayable',
];

const BUILTINS = [
  'bitwise_and', 'bitwise_not', 'bitwise_or', 'bitwise_xor', 'shift', 'create_minimal_proxy_to', 'create_copy_of',
  'create_from_blueprint', 'ecadd', 'ecmul', 'ecrecover', 'keccak256', 'sha256', 'concat', 'convert', 'uint2str',
  'extract32', 'slice', 'abs', 'ceil', 'floor', 'max', 'max_value', 'min', 'min_value', 'pow_mod256', 'sqrt',
  'isqrt', 'uint256_addmod', 'uint256_mulmod', 'unsafe_add', 'unsafe_sub', 'unsafe_mul', 'unsafe_div',
  'as_wei_value', 'blockhash', 'empty', 'len', 'method_id', '_abi_encode', '_abi_decode', 'print', 'range',
];

const PSEUDO_BUILTINS = [
  'msg.sender', 'msg.value', 'block.timestamp', 'block.number', 'msg.gas',
];

const TYPES = [
  'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uint128', 'uint256', 'int', 'int8', 'int16', 'int32', 'int64',
  'int128', 'int256', 'bool', 'decimal', 'bytes', 'bytes1', 'bytes2', 'bytes3', 'bytes4', 'bytes5', 'bytes6',
  'bytes7', 'bytes8', 'bytes9', 'bytes10', 'bytes11', 'bytes12', 'bytes13', 'bytes14', 'bytes15', 'bytes16',
  'bytes17', 'bytes18', 'bytes19', 'bytes20', 'bytes21', 'bytes22', 'bytes23', 'bytes24', 'bytes25', 'bytes26',
  'bytes27', 'bytes28', 'bytes29', 'bytes30', 'bytes31', 'bytes32', 'string', 'String', 'address', 'enum', 'struct',
];

export const vyperLexer: LexerDefinition = {
  name: 'Vyper',
  aliases: ['vyper'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n|\r\n|\r)`, bygroups('Text', 'Text.Whitespace')],
      ['#.*$', 'Comment.Single'],
      [String.raw`\"\"\"`, 'Comment.Multiline', 'multiline-comment'],
      [String.raw`'`, 'Literal.String.Single', 'single-string'],
      ['"', 'Literal.String.Double', 'double-string'],
      [String.raw`(def)(\s+)([a-zA-Z_][a-zA-Z0-9_]*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(event|struct|interface|log)(\s+)([a-zA-Z_][a-zA-Z0-9_]*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class')],
      [String.raw`(from)(\s+)(vyper\.\w+)(\s+)(import)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b0x[0-9a-fA-F]+\b`, 'Literal.Number.Hex'],
      [String.raw`\b(\d{1,3}(?:_\d{3})*|\d+)\b`, 'Literal.Number.Integer'],
      [String.raw`\b\d+\.\d*\b`, 'Literal.Number.Float'],
      [words(KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(DECLARATIONS, String.raw`\b`, String.raw`\b`), 'Keyword.Declaration'],
      [words(BUILTINS, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      [words(PSEUDO_BUILTINS, String.raw`\b`, String.raw`\b`), 'Name.Builtin.Pseudo'],
      [words(TYPES, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [String.raw`\b(indexed)\b(\s*)(\()(\s*)(\w+)(\s*)(\))`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Keyword.Type', 'Punctuation')],
      [String.raw`(\+|\-|\*|\/|<=?|>=?|==|!=|=|\||&|%)`, 'Operator'],
      [String.raw`[.,:;()\[\]{}]`, 'Punctuation'],
      [String.raw`@[\w.]+`, 'Name.Decorator'],
      [String.raw`__\w+__`, 'Name.Magic'],
      ['EMPTY_BYTES32', 'Name.Constant'],
      [String.raw`\bERC20\b`, 'Name.Class'],
      [String.raw`\bself\b`, 'Name.Attribute'],
      [String.raw`Bytes\[\d+\]`, 'Keyword.Type'],
      [String.raw`\b[a-zA-Z_]\w*\b:`, 'Name.Variable'],
      [String.raw`\b[a-zA-Z_]\w*\b`, 'Name'],
    ],
    'multiline-comment': [
      [String.raw`\"\"\"`, 'Comment.Multiline', '#pop'],
      ['[^"]+', 'Comment.Multiline'],
      [String.raw`\"`, 'Comment.Multiline'],
    ],
    'single-string': [
      [String.raw`[^\\']+`, 'Literal.String.Single'],
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
    ],
    'double-string': [
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
    ],
  },
};
