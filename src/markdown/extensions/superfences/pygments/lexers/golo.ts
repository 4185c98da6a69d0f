/**
 * Pygments' GoloLexer (pygments/lexers/jvm.py, Pygments 2.20), rule for rule: Golo: modules,
 * functions, closures and triple-quoted strings.
 *
 *     function main = |args| { }   ->   <kd>function</kd><w> </w><nf>main</nf><w> </w><o>=</o><w> </w><p>|</p><n>args</n><p>|</p><w> </w><p>{</p><w> </w><p>}</p>
 */
import { bygroups, combined, include, type LexerDefinition } from '../regex-lexer.ts';

export const goloLexer: LexerDefinition = {
  name: 'Golo',
  aliases: ['golo'],
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      ['#.*$', 'Comment'],
      [String.raw`(\^|\.\.\.|:|\?:|->|==|!=|=|\+|\*|%|/|<=|<|>=|>|=|\.)`, 'Operator'],
      ['(?<=[^-])(-)(?=[^-])', 'Operator'],
      ["(?<=[^`])(is|isnt|and|or|not|oftype|in|orIfNull)\\b", 'Operator.Word'],
      ['[]{}|(),[]', 'Punctuation'],
      [String.raw`(module|import)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'modname'],
      [String.raw`\b([a-zA-Z_][\w$.]*)(::)`, bygroups('Name.Namespace', 'Punctuation')],
      [String.raw`\b([a-zA-Z_][\w$]*(?:\.[a-zA-Z_][\w$]*)+)\b`, 'Name.Namespace'],
      [String.raw`(let|var)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'varname'],
      [String.raw`(struct)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'structname'],
      [String.raw`(function)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'funcname'],
      [String.raw`(null|true|false)\b`, 'Keyword.Constant'],
      [String.raw`(augment|pimp|if|else|case|match|return|case|when|then|otherwise|while|for|foreach|try|catch|finally|throw|local|continue|break)\b`, 'Keyword'],
      [String.raw`(map|array|list|set|vector|tuple)(\[)`, bygroups('Name.Builtin', 'Punctuation')],
      [String.raw`(print|println|readln|raise|fun|asInterfaceInstance)\b`, 'Name.Builtin'],
      ["(`?[a-zA-Z_][\\w$]*)(\\()", bygroups('Name.Function', 'Punctuation')],
      [String.raw`-?[\d_]*\.[\d_]*([eE][+-]?\d[\d_]*)?F?`, 'Literal.Number.Float'],
      ['0[0-7]+j?', 'Literal.Number.Oct'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`-?\d[\d_]*L`, 'Literal.Number.Integer.Long'],
      [String.raw`-?\d[\d_]*`, 'Literal.Number.Integer'],
      ["`?[a-zA-Z_][\\w$]*", 'Name'],
      [String.raw`@[a-zA-Z_][\w$.]*`, 'Name.Decorator'],
      ['"""', 'Literal.String', combined('stringescape', 'triplestring')],
      ['"', 'Literal.String', combined('stringescape', 'doublestring')],
      [String.raw`'`, 'Literal.String', combined('stringescape', 'singlestring')],
      [String.raw`----((.|\n)*?)----`, 'Literal.String.Doc'],
    ],
    funcname: [
      ["`?[a-zA-Z_][\\w$]*", 'Name.Function', '#pop'],
    ],
    modname: [
      [String.raw`[a-zA-Z_][\w$.]*\*?`, 'Name.Namespace', '#pop'],
    ],
    structname: [
      ["`?[\\w.]+\\*?", 'Name.Class', '#pop'],
    ],
    varname: [
      ["`?[a-zA-Z_][\\w$]*", 'Name.Variable', '#pop'],
    ],
    string: [
      [String.raw`[^\\\'"\n]+`, 'Literal.String'],
      [String.raw`[\'"\\]`, 'Literal.String'],
    ],
    stringescape: [
      [String.raw`\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    triplestring: [
      ['"""', 'Literal.String', '#pop'],
      include('string'),
      [String.raw`\n`, 'Literal.String'],
    ],
    doublestring: [
      ['"', 'Literal.String.Double', '#pop'],
      include('string'),
    ],
    singlestring: [
      [String.raw`'`, 'Literal.String', '#pop'],
      include('string'),
    ],
    operators: [
      [String.raw`[#=,./%+\-?]`, 'Operator'],
      [String.raw`(eq|gt|lt|gte|lte|neq|matches)\b`, 'Operator'],
      ['(==|<=|<|>=|>|!=)', 'Operator'],
    ],
  },
};
