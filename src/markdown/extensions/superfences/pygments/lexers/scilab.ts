/**
 * Pygments' ScilabLexer (pygments/lexers/matlab.py, Pygments 2.20), rule for rule: `//` comments,
 * `'` a transpose after a value and a string elsewhere, Scilab's function and variable names.
 *
 *     y = sin(%pi)   ->   <n>y</n> <p>=</p> <nb>sin</nb><p>(</p><no>%pi</no><p>)</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';
import { SCILAB_BUILTINS, SCILAB_KEYWORDS, SCILAB_VARIABLES } from './scilab-words.ts';

export const scilabLexer: LexerDefinition = {
  name: 'Scilab',
  aliases: ['scilab'],
  tokens: {
    root: [
      ['//.*?$', 'Comment.Single'],
      [String.raw`^\s*function\b`, 'Keyword', 'deffunc'],
      [words(SCILAB_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(SCILAB_BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      [words(SCILAB_VARIABLES, '', String.raw`\b`), 'Name.Constant'],
      // operators, then operators that may start with a dot
      [String.raw`-|==|~=|<|>|<=|>=|&&|&|~|\|\|?`, 'Operator'],
      [String.raw`\.\*|\*|\+|\.\^|\^|\.\\|\.\/|\/|\\`, 'Operator'],
      [String.raw`[\[\](){}@.,=:;]+`, 'Punctuation'],
      ['"[^"]*"', 'Literal.String'],
      // quote after a value is the transpose; elsewhere it starts a string
      [String.raw`(?<=[\w)\].])\'+`, 'Operator'],
      [String.raw`(?<![\w)\].])\'`, 'Literal.String', 'string'],
      [String.raw`(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+[eEf][+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
    string: [
      ["[^']*'", 'Literal.String', '#pop'],
      ['.', 'Literal.String', '#pop'],
    ],
    deffunc: [
      [
        String.raw`(\s*)(?:(\S+)(\s*)(=)(\s*))?(.+)(\()(.*)(\))(\s*)`,
        bygroups('Text.Whitespace', 'Text', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Function', 'Punctuation', 'Text', 'Punctuation', 'Text.Whitespace'),
        '#pop',
      ],
      // function with no args
      [String.raw`(\s*)([a-zA-Z_]\w*)`, bygroups('Text', 'Name.Function'), '#pop'],
    ],
  },
};
