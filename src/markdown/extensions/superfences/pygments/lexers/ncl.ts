/**
 * Pygments' NCLLexer (pygments/lexers/ncl.py, Pygments 2.20.0), rule for rule: NCAR Command Language.
 *
 *     begin x = 5 print(x) end
 *     ->   <k>begin </k><n>x</n> <p>=</p> <mi>5</mi> <nb>print</nb><p>(</p><n>x</n><p>)</p> <k>end</k>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';
import { NCL_BUILTINS, NCL_RESOURCES } from './ncl-words.ts';

const NCL_KEYWORDS: readonly string[] = [
  'begin', 'break', 'continue', 'create', 'defaultapp', 'do', 'else', 'end', 'external', 'exit', 'True', 'False',
  'file', 'function', 'getvalues', 'graphic', 'group', 'if', 'list', 'load', 'local', 'new', '_Missing', 'Missing',
  'noparent', 'procedure', 'quit', 'QUIT', 'Quit', 'record', 'return', 'setvalues', 'stop', 'then', 'while',
];

export const nclLexer: LexerDefinition = {
  name: 'NCL',
  aliases: ['ncl'],
  tokens: {
    root: [
      [String.raw`;.*\n`, 'Comment'],
      include('strings'),
      include('core'),
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      include('nums'),
      [String.raw`[\s]+`, 'Text'],
    ],
    core: [
      [words(NCL_KEYWORDS, String.raw`\b`, String.raw`\s*\b`), 'Keyword'],
      [words(['ubyte', 'uint', 'uint64', 'ulong', 'string', 'byte', 'character', 'double', 'float', 'integer', 'int64', 'logical', 'long', 'short', 'ushort', 'enumeric', 'numeric', 'snumeric'], String.raw`\b`, String.raw`\s*\b`), 'Keyword.Type'],
      [String.raw`[\%^*+\-/<>]`, 'Operator'],
      [String.raw`[\[\]():@$!&|.,\\{}]`, 'Punctuation'],
      [String.raw`[=:]`, 'Punctuation'],
      [words(NCL_BUILTINS, String.raw`\b`), 'Name.Builtin'],
      [words(NCL_RESOURCES, String.raw`\b`), 'Name.Builtin'],
      [String.raw`\.(True|False)\.`, 'Name.Builtin'],
      [String.raw`\.(eq|ne|lt|le|gt|ge|not|and|or|xor)\.`, 'Operator.Word'],
    ],
    strings: [
      [String.raw`(?s)"(\\\\|\\[0-7]+|\\.|[^"\\])*"`, 'Literal.String.Double'],
    ],
    nums: [
      [String.raw`\d+(?![.e])(_[a-z]\w+)?`, 'Literal.Number.Integer'],
      [String.raw`[+-]?\d*\.\d+(e[-+]?\d+)?(_[a-z]\w+)?`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+\.\d*(e[-+]?\d+)?(_[a-z]\w+)?`, 'Literal.Number.Float'],
    ],
  },
};
