/**
 * Pygments' CPSALexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule.
 * CPSA protocol descriptions, a Lisp syntax with its own special forms.
 *
 *     (defprotocol ns basic   ->   <p>(</p><k>defprotocol</k><w> </w><nv>ns</nv><w> </w><nv>basic</nv>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'herald', 'vars', 'defmacro', 'include', 'defprotocol', 'defrole', 'defskeleton', 'defstrand', 'deflistener',
  'non-orig', 'uniq-orig', 'pen-non-orig', 'precedes', 'trace', 'send', 'recv', 'name', 'text', 'skey', 'akey',
  'data', 'mesg',
];
const ROOT_BUILTIN = [
  'cat', 'enc', 'hash', 'privk', 'pubk', 'invk', 'ltk', 'gen', 'exp',
];

export const cpsaLexer: LexerDefinition = {
  name: 'CPSA',
  aliases: ['cpsa'],
  tokens: {
    root: [
      [';.*$', 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`-?\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`'[\w!$%&*+,/:<=>?@^~|-]+`, 'Literal.String.Symbol'],
      [String.raw`#\\([()/'\"._!§$%& ?=+-]|[a-zA-Z0-9]+)`, 'Literal.String.Char'],
      ['(#t|#f)', 'Name.Constant'],
      ["('|#|`|,@|,|\\.)", 'Operator'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [String.raw`(?<='\()[\w!$%&*+,/:<=>?@^~|-]+`, 'Name.Variable'],
      [String.raw`(?<=#\()[\w!$%&*+,/:<=>?@^~|-]+`, 'Name.Variable'],
      [words(ROOT_BUILTIN, String.raw`(?<=\()`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(?<=\()[\w!$%&*+,/:<=>?@^~|-]+`, 'Name.Function'],
      [String.raw`[\w!$%&*+,/:<=>?@^~|-]+`, 'Name.Variable'],
      [String.raw`(\(|\))`, 'Punctuation'],
      [String.raw`(\[|\])`, 'Punctuation'],
    ],
  },
};
