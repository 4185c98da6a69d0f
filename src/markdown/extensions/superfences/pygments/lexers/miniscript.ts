/**
 * Pygments' MiniScriptLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule: MiniScript.
 *
 *     x = [1, 2, 3]; print x.len
 *     ->   <nv>x</nv> <o>=</o> <p>[</p><m>1</m><p>,</p> <m>2</m><p>,</p> <m>3</m><p>]</p><p>;</p> <nb>print</nb> <nv>x</nv><o>.</o><nb>len</nb>
 */
import { defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

const BASE_WORDS: readonly string[] = [
  'abs', 'acos', 'asin', 'atan', 'ceil', 'char', 'cos', 'floor', 'log', 'round', 'rnd', 'pi', 'sign', 'sin', 'sqrt',
  'str', 'tan', 'hasIndex', 'indexOf', 'len', 'val', 'code', 'remove', 'lower', 'upper', 'replace', 'split',
  'indexes', 'values', 'join', 'sum', 'sort', 'shuffle', 'push', 'pop', 'pull', 'range', 'print', 'input', 'time',
  'wait', 'locals', 'globals', 'outer', 'yield',
];

export const miniscriptLexer: LexerDefinition = {
  name: 'MiniScript',
  aliases: ['miniscript', 'ms'],
  tokens: {
    root: [
      [String.raw`#!(.*?)$`, 'Comment.Preproc'],
      defaultState('base'),
    ],
    base: [
      [String.raw`//.*$`, 'Comment.Single'],
      [String.raw`(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?`, 'Literal.Number'],
      [String.raw`(?i)\d+e[+-]?\d+`, 'Literal.Number'],
      [String.raw`\d+`, 'Literal.Number'],
      [String.raw`\n`, 'Text'],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`"`, 'Literal.String', 'string_double'],
      [String.raw`(==|!=|<=|>=|[=+\-*/%^<>.:])`, 'Operator'],
      [String.raw`[;,\[\]{}()]`, 'Punctuation'],
      [words(['break', 'continue', 'else', 'end', 'for', 'function', 'if', 'in', 'isa', 'then', 'repeat', 'return', 'while'], '', String.raw`\b`), 'Keyword'],
      [words(BASE_WORDS, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(and|or|not|new)\b`, 'Operator.Word'],
      [String.raw`(self|super|__isa)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable'],
    ],
    string_double: [
      [String.raw`[^"\n]+`, 'Literal.String'],
      [String.raw`""`, 'Literal.String'],
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\n`, 'Text', '#pop'],
    ],
  },
};
