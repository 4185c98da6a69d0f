/**
 * Pygments' OctaveLexer (pygments/lexers/matlab.py, Pygments 2.20.0), rule for rule: GNU Octave,
 * with its `#` comments, `#{ }#` blocks and C-like operators (`+=`, `!=`). A quote after a
 * name, bracket or dot is a transpose, else it starts a string.
 *
 *     x = a' * 2;   ->   <n>x</n> <p>=</p> <n>a</n><o>'</o> <o>*</o> <mi>2</mi><p>;</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';
import { OCTAVE_BUILTINS, OCTAVE_CONSTANTS } from './octave-builtins.ts';

/** The keywords of Octave's `iskeyword`. */
const KEYWORDS = [
  '__FILE__', '__LINE__', 'break', 'case', 'catch', 'classdef', 'continue', 'do', 'else', 'elseif', 'end',
  'end_try_catch', 'end_unwind_protect', 'endclassdef', 'endevents', 'endfor', 'endfunction', 'endif', 'endmethods',
  'endproperties', 'endswitch', 'endwhile', 'events', 'for', 'function', 'get', 'global', 'if', 'methods',
  'otherwise', 'persistent', 'properties', 'return', 'set', 'static', 'switch', 'try', 'until', 'unwind_protect',
  'unwind_protect_cleanup', 'while',
];
export const octaveLexer: LexerDefinition = {
  name: 'Octave',
  aliases: ['octave'],
  tokens: {
    root: [
      [String.raw`%\{\s*\n`, 'Comment.Multiline', 'percentblockcomment'],
      [String.raw`#\{\s*\n`, 'Comment.Multiline', 'hashblockcomment'],
      [String.raw`[%#].*$`, 'Comment'],
      [String.raw`^\s*function\b`, 'Keyword', 'deffunc'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(OCTAVE_BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      [words(OCTAVE_CONSTANTS, '', String.raw`\b`), 'Name.Constant'],
      // operators in Octave but not MATLAB
      [String.raw`-=|!=|!|/=|--`, 'Operator'],
      [String.raw`-|==|~=|<|>|<=|>=|&&|&|~|\|\|?`, 'Operator'],
      // operators in Octave but not MATLAB, escaped for re
      [String.raw`\*=|\+=|\^=|\/=|\\=|\*\*|\+\+|\.\*\*`, 'Operator'],
      [String.raw`\.\*|\*|\+|\.\^|\^|\.\\|\.\/|\/|\\`, 'Operator'],
      [String.raw`[\[\](){}:@.,]`, 'Punctuation'],
      [String.raw`=|:|;`, 'Punctuation'],
      [String.raw`"[^"]*"`, 'Literal.String'],
      [String.raw`(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+[eEf][+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      // a quote after a name, bracket or dot is a transpose (common cases, as Pygments says)
      [String.raw`(?<=[\w)\].])\'+`, 'Operator'],
      [String.raw`(?<![\w)\].])\'`, 'Literal.String', 'string'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`\s+`, 'Text'],
      [String.raw`.`, 'Text'],
    ],
    percentblockcomment: [
      [String.raw`^\s*%\}`, 'Comment.Multiline', '#pop'],
      [String.raw`^.*\n`, 'Comment.Multiline'],
      [String.raw`.`, 'Comment.Multiline'],
    ],
    hashblockcomment: [
      [String.raw`^\s*#\}`, 'Comment.Multiline', '#pop'],
      [String.raw`^.*\n`, 'Comment.Multiline'],
      [String.raw`.`, 'Comment.Multiline'],
    ],
    string: [
      [String.raw`[^']*'`, 'Literal.String', '#pop'],
    ],
    deffunc: [
      [String.raw`(\s*)(?:(\S+)(\s*)(=)(\s*))?(.+)(\()(.*)(\))(\s*)`, bygroups('Text.Whitespace', 'Text', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Function', 'Punctuation', 'Text', 'Punctuation', 'Text.Whitespace'), '#pop'],
      [String.raw`(\s*)([a-zA-Z_]\w*)`, bygroups('Text.Whitespace', 'Name.Function'), '#pop'], // a function without arguments
    ],
  },
};
