/**
 * Pygments' SolidityLexer (pygments/lexers/solidity.py, Pygments 2.20), rule for rule. Most
 * keywords are `Keyword.Type`; a plain name is `Text` (no span); `//` comments run on over lines
 * that end in a backslash.
 *
 *     uint256 public total;   ->   <kt>uint256</kt> <k>public </k><nv>total</nv><p>;</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const DATATYPE =
  String.raw`\b(address|bool|(?:(?:bytes|hash|int|string|uint)(?:8|16|24|32|40|48|56|64` +
  String.raw`|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208` +
  String.raw`|216|224|232|240|248|256)?))\b`;

export const solidityLexer: LexerDefinition = {
  name: 'Solidity',
  aliases: ['solidity'],
  tokens: {
    root: [
      include('whitespace'),
      include('comments'),
      [String.raw`\bpragma\s+solidity\b`, 'Keyword', 'pragma'],
      [String.raw`\b(contract)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Entity')],
      [
        DATATYPE + String.raw`(\s+)((?:external|public|internal|private)\s+)?` + String.raw`([a-zA-Z_]\w*)`,
        bygroups('Keyword.Type', 'Text.Whitespace', 'Keyword', 'Name.Variable'),
      ],
      [String.raw`\b(enum|event|function|struct)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword.Type', 'Text.Whitespace', 'Name.Variable')],
      [String.raw`\b(msg|block|tx)\.([A-Za-z_][a-zA-Z0-9_]*)\b`, 'Keyword'],
      [
        words(['block', 'break', 'constant', 'constructor', 'continue', 'contract', 'do', 'else', 'external', 'false', 'for',
          'function', 'if', 'import', 'inherited', 'internal', 'is', 'library', 'mapping', 'memory', 'modifier', 'msg', 'new',
          'payable', 'private', 'public', 'require', 'return', 'returns', 'struct', 'suicide', 'throw', 'this', 'true', 'tx',
          'var', 'while'], String.raw`\b`, String.raw`\b`),
        'Keyword.Type',
      ],
      [words(['keccak256'], String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      [DATATYPE, 'Keyword.Type'],
      include('constants'),
      [String.raw`[a-zA-Z_]\w*`, 'Text'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`[.;{}(),\[\]]`, 'Punctuation'],
    ],
    comments: [
      [String.raw`//(\n|[\w\W]*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*][\w\W]*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`/(\\\n)?[*][\w\W]*`, 'Comment.Multiline'],
    ],
    constants: [
      [String.raw`("(\\"|.)*?")`, 'Literal.String.Double'],
      [String.raw`('(\\'|.)*?')`, 'Literal.String.Single'],
      [String.raw`\b0[xX][0-9a-fA-F]+\b`, 'Literal.Number.Hex'],
      [String.raw`\b\d+\b`, 'Literal.Number.Decimal'],
    ],
    pragma: [
      include('whitespace'),
      include('comments'),
      [String.raw`(\^|>=|<)(\s*)(\d+\.\d+\.\d+)`, bygroups('Operator', 'Text.Whitespace', 'Keyword')],
      [';', 'Punctuation', '#pop'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
  },
};
