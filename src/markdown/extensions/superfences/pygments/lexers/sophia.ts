/**
 * Pygments' SophiaLexer (pygments/lexers/sophia.py, Pygments 2.20.0), rule for rule.
 * Sophia, the æternity smart contract language (ML-like).
 *
 *     contract C =   ->   <k>contract</k><w> </w><nf>C</nf><w> </w><ow>=</ow>
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'contract', 'include', 'let', 'switch', 'type', 'record', 'datatype', 'if', 'elif', 'else', 'function', 'stateful',
  'payable', 'public', 'entrypoint', 'private', 'indexed', 'namespace', 'interface', 'main', 'using', 'as', 'for',
  'hiding',
];
const ROOT_BUILTIN = [
  'state', 'put', 'abort', 'require',
];
const ROOT_WORD = [
  'mod', 'band', 'bor', 'bxor', 'bnot',
];
const ROOT_TYPE = [
  'int', 'address', 'bool', 'bits', 'bytes', 'string', 'list', 'option', 'char', 'unit', 'map', 'event', 'hash',
  'signature', 'oracle', 'oracle_query',
];

export const sophiaLexer: LexerDefinition = {
  name: 'Sophia',
  aliases: ['sophia'],
  tokens: {
    'escape-sequence': [
      [String.raw`\\[\\"\'ntbr]`, 'Literal.String.Escape'],
      [String.raw`\\[0-9]{3}`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
    ],
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`\b([A-Z][\w\']*)(?=\s*\.)`, 'Name.Class', 'dotted'],
      [String.raw`\b([A-Z][\w\']*)`, 'Name.Function'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`\/\*(?!/)`, 'Comment.Multiline', 'comment'],
      [String.raw`0[xX][\da-fA-F][\da-fA-F_]*`, 'Literal.Number.Hex'],
      [String.raw`#[\da-fA-F][\da-fA-F_]*`, 'Name.Label'],
      [String.raw`\d[\d_]*`, 'Literal.Number.Integer'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [words(ROOT_BUILTIN, '', String.raw`\b`), 'Name.Builtin'],
      [words(ROOT_WORD, String.raw`\b`, String.raw`\b`), 'Operator.Word'],
      [words(ROOT_TYPE, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [String.raw`[=!<>+\\*/:&|?~@^-]`, 'Operator.Word'],
      [String.raw`[.;:{}(),\[\]]`, 'Punctuation'],
      [String.raw`(ak_|ok_|oq_|ct_)[\w']*`, 'Name.Label'],
      [String.raw`[^\W\d][\w']*`, 'Name'],
      [String.raw`'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'`, 'Literal.String.Char'],
      [String.raw`'.'`, 'Literal.String.Char'],
      [String.raw`'[a-z][\w]*`, 'Name.Variable'],
      ['"', 'Literal.String.Double', 'string'],
    ],
    comment: [
      ['[^/*]+', 'Comment.Multiline'],
      [String.raw`\/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*\/`, 'Comment.Multiline', '#pop'],
      [String.raw`\*`, 'Comment.Multiline'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
      include('escape-sequence'),
      [String.raw`\\\n`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    dotted: [
      [String.raw`\s+`, 'Text'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`[A-Z][\w\']*(?=\s*\.)`, 'Name.Function'],
      [String.raw`[A-Z][\w\']*`, 'Name.Function', '#pop'],
      [String.raw`[a-z_][\w\']*`, 'Name', '#pop'],
      defaultState('#pop'),
    ],
  },
};
