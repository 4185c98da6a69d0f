/**
 * Pygments' MatlabLexer (pygments/lexers/matlab.py, Pygments 2.20), rule for rule: keywords and
 * R2020b's function names (not after a `.`, where they are field names), `%{ %}` block comments,
 * transposes told from strings by what precedes the quote, and command syntax (`hold on`).
 *
 *     x = zeros(3)';   ->   <n>x</n><w> </w><p>=</p><w> </w><nb>zeros</nb><p>(</p><mi>3</mi><p>)</p><o>'</o><p>;</p>
 */
import { bygroups, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';
import { MATLAB_BUILTINS } from './matlab-builtins.ts';

const OPERATORS = String.raw`-|==|~=|<=|>=|<|>|&&|&|~|\|\|?|\.\*|\*|\+|\.\^|\^|\.\\|\./|/|\\`;

const KEYWORDS = [
  'break', 'case', 'catch', 'classdef', 'continue', 'dynamicprops', 'else', 'elseif', 'end', 'for', 'function', 'global',
  'if', 'methods', 'otherwise', 'parfor', 'persistent', 'return', 'spmd', 'switch', 'try', 'while',
];

export const matlabLexer: LexerDefinition = {
  name: 'Matlab',
  aliases: ['matlab'],
  tokens: {
    expressions: [
      [OPERATORS, 'Operator'],
      // Numbers come before punctuation for `.5`; no `\b`, for `5. + .5`; the dot of `1./x`
      // belongs to the operator `./`.
      [String.raw`(?<!\w)((\d+\.\d+)|(\d*\.\d+)|(\d+\.(?!${OPERATORS})))([eEf][+-]?\d+)?(?!\w)`, 'Literal.Number.Float'],
      [String.raw`\b\d+[eEf][+-]?[0-9]+\b`, 'Literal.Number.Float'],
      [String.raw`\b\d+\b`, 'Literal.Number.Integer'],
      [String.raw`\[|\]|\(|\)|\{|\}|:|@|\.|,`, 'Punctuation'],
      ['=|:|;', 'Punctuation'],
      // a quote after a name, a closing bracket or a dot is a transpose, not a string
      [String.raw`(?<=[\w)\].])\'+`, 'Operator'],
      ['"(""|[^"])*"', 'Literal.String'],
      [String.raw`(?<![\w)\].])\'`, 'Literal.String', 'string'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
    root: [
      // a line starting with `!` is a system command
      ['^!.*', 'Literal.String.Other'],
      [String.raw`%\{\s*\n`, 'Comment.Multiline', 'blockcomment'],
      ['%.*$', 'Comment'],
      [String.raw`(\s*^\s*)(function)\b`, bygroups('Text.Whitespace', 'Keyword'), 'deffunc'],
      [String.raw`(\s*^\s*)(properties)(\s+)(\()`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Punctuation'), ['defprops', 'propattrs']],
      [String.raw`(\s*^\s*)(properties)\b`, bygroups('Text.Whitespace', 'Keyword'), 'defprops'],
      // `iskeyword` of R2018a; keywords are field names after a dot
      [words(KEYWORDS, String.raw`(?<!\.)(\s*)(`, String.raw`)\b`), bygroups('Text.Whitespace', 'Keyword')],
      [words(MATLAB_BUILTINS.split(' '), String.raw`(?<!\.)(`, String.raw`)\b`), 'Name.Builtin'],
      // line continuation with a comment after it
      [String.raw`(\.\.\.)(.*)$`, bygroups('Keyword', 'Comment')],
      // Command syntax: the line's first word is not followed by spaces and then `=`, `(`, an
      // operator and a space, or a space. As in Pygments, the `\s` after the operators only
      // follows the last alternative, `\\`.
      [String.raw`(?:^|(?<=;))(\s*)(\w+)(\s+)(?!=|\(|${OPERATORS}\s|\s)`, bygroups('Text.Whitespace', 'Name', 'Text.Whitespace'), 'commandargs'],
      include('expressions'),
    ],
    blockcomment: [
      [String.raw`^\s*%\}`, 'Comment.Multiline', '#pop'],
      [String.raw`^.*\n`, 'Comment.Multiline'],
      ['.', 'Comment.Multiline'],
    ],
    deffunc: [
      [
        String.raw`(\s*)(?:(\S+)(\s*)(=)(\s*))?(.+)(\()(.*)(\))(\s*)`,
        bygroups('Text.Whitespace', 'Text', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Function', 'Punctuation', 'Text', 'Punctuation', 'Text.Whitespace'),
        '#pop',
      ],
      // a function without arguments
      [String.raw`(\s*)([a-zA-Z_]\w*)`, bygroups('Text.Whitespace', 'Name.Function'), '#pop'],
    ],
    propattrs: [
      [String.raw`(\w+)(\s*)(=)(\s*)(\d+)`, bygroups('Name.Builtin', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.Number')],
      [String.raw`(\w+)(\s*)(=)(\s*)([a-zA-Z]\w*)`, bygroups('Name.Builtin', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Keyword')],
      [',', 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
    defprops: [
      [String.raw`%\{\s*\n`, 'Comment.Multiline', 'blockcomment'],
      ['%.*$', 'Comment'],
      [String.raw`(?<!\.)end\b`, 'Keyword', '#pop'],
      include('expressions'),
    ],
    string: [["[^']*'", 'Literal.String', '#pop']],
    commandargs: [
      // an `=` or operator after all: an assignment or comparison with spaces before it
      ['=', 'Punctuation', '#pop'],
      [OPERATORS, 'Operator', '#pop'],
      ['[ \t]+', 'Text.Whitespace'],
      ["'[^']*'", 'Literal.String'],
      [String.raw`[^';\s]+`, 'Literal.String'],
      [';', 'Punctuation', '#pop'],
      defaultState('#pop'),
    ],
  },
};
