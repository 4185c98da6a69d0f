/**
 * Pygments' AmplLexer (pygments/lexers/ampl.py, Pygments 2.20.0), rule for rule: AMPL models.
 *
 *     var x >= 0; maximize profit: 3 * x;
 *     ->   <kd>var</kd> <nv>x</nv> <o>>=</o> <mi>0</mi><p>;</p> <kd>maximize</kd> <nv>profit</nv><p>:</p> <mi>3</mi> <o>*</o> x<p>;</p>
 */
import { bygroups, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'call', 'cd', 'close', 'commands', 'data', 'delete', 'display', 'drop', 'end', 'environ', 'exit', 'expand',
  'include', 'load', 'model', 'objective', 'option', 'problem', 'purge', 'quit', 'redeclare', 'reload', 'remove',
  'reset', 'restore', 'shell', 'show', 'solexpand', 'solution', 'solve', 'update', 'unload', 'xref', 'coeff', 'coef',
  'cover', 'obj', 'interval', 'default', 'from', 'to', 'to_come', 'net_in', 'net_out', 'dimen', 'dimension', 'check',
  'complements', 'write', 'function', 'pipe', 'format', 'if', 'then', 'else', 'in', 'while', 'repeat', 'for',
];

const ROOT_WORDS_2: readonly string[] = [
  'abs', 'acos', 'acosh', 'alias', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'ceil', 'ctime', 'cos', 'exp', 'floor',
  'log', 'log10', 'max', 'min', 'precision', 'round', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'time', 'trunc', 'Beta',
  'Cauchy', 'Exponential', 'Gamma', 'Irand224', 'Normal', 'Normal01', 'Poisson', 'Uniform', 'Uniform01', 'num',
  'num0', 'ichar', 'char', 'length', 'substr', 'sprintf', 'match', 'sub', 'gsub', 'print', 'printf', 'next', 'nextw',
  'prev', 'prevw', 'first', 'last', 'ord', 'ord0', 'card', 'arity', 'indexarity',
];

export const amplLexer: LexerDefinition = {
  name: 'Ampl',
  aliases: ['ampl'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`#.*?\n`, 'Comment.Single'],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
      [words(ROOT_WORDS, '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`(integer|binary|symbolic|ordered|circular|reversed|INOUT|IN|OUT|LOCAL)`, 'Keyword.Type'],
      [String.raw`\".*?\"`, 'Literal.String.Double'],
      [String.raw`\'.*?\'`, 'Literal.String.Single'],
      [String.raw`[()\[\]{},;:]+`, 'Punctuation'],
      [String.raw`\b(\w+)(\.)(astatus|init0|init|lb0|lb1|lb2|lb|lrc|lslack|rc|relax|slack|sstatus|status|ub0|ub1|ub2|ub|urc|uslack|val)`, bygroups('Name.Variable', 'Punctuation', 'Keyword.Reserved')],
      [String.raw`(set|param|var|arc|minimize|maximize|subject to|s\.t\.|subj to|node|table|suffix|read table|write table)(\s+)(\w+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable')],
      [String.raw`(param)(\s*)(:)(\s*)(\w+)(\s*)(:)(\s*)((\w|\s)+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Variable')],
      [String.raw`(let|fix|unfix)(\s*)((?:\{.*\})?)(\s*)(\w+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', usingThis(), 'Text.Whitespace', 'Name.Variable')],
      [words(ROOT_WORDS_2, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(\+|\-|\*|/|\*\*|=|<=|>=|==|\||\^|<|>|\!|\.\.|:=|\&|\!=|<<|>>)`, 'Operator'],
      [words(['or', 'exists', 'forall', 'and', 'in', 'not', 'within', 'union', 'diff', 'difference', 'symdiff', 'inter', 'intersect', 'intersection', 'cross', 'setof', 'by', 'less', 'sum', 'prod', 'product', 'div', 'mod'], '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`(\d+\.(?!\.)\d*|\.(?!.)\d+)([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\d+([eE][+-]?\d+)?`, 'Literal.Number.Integer'],
      [String.raw`[+-]?Infinity`, 'Literal.Number.Integer'],
      [String.raw`(\w+|(\.(?!\.)))`, 'Text'],
    ],
  },
};
