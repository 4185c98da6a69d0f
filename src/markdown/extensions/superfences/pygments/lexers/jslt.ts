/**
 * Pygments' JSLTLexer (pygments/lexers/jslt.py, Pygments 2.20.0), rule for rule: Schibsted's JSON
 * transformation language.
 *
 *     let x = .foo   ->   <kd>let</kd><w> </w><nv>x</nv><w> </w><o>=</o><w> </w><o>.</o><n>foo</n>
 */
import { combined, words, type LexerDefinition } from '../regex-lexer.ts';

export const jsltLexer: LexerDefinition = {
  name: 'JSLT',
  aliases: ['jslt'],
  tokens: {
    root: [
      [String.raw`[\t\n\f\r ]+`, 'Text.Whitespace'],
      [String.raw`//.*(\n|\Z)`, 'Comment.Single'],
      ['-?(0|[1-9][0-9]*)', 'Literal.Number.Integer'],
      ['-?(0|[1-9][0-9]*)(.[0-9]+a)?([Ee][+-]?[0-9]+)', 'Literal.Number.Float'],
      [String.raw`"([^"\\]|\\.)*"`, 'Literal.String.Double'],
      [String.raw`[(),:\[\]{}]`, 'Punctuation'],
      ['(!=|[<=>]=?)', 'Operator'],
      ['[*+/|-]', 'Operator'],
      [String.raw`\.`, 'Operator'],
      [words(['import'], '', '(?=[^0-9A-Z_a-z-])'), 'Keyword.Namespace', combined('import-path', 'whitespace')],
      [words(['as'], '', '(?=[^0-9A-Z_a-z-])'), 'Keyword.Namespace', combined('import-alias', 'whitespace')],
      [words(['let'], '', '(?=[^0-9A-Z_a-z-])'), 'Keyword.Declaration', combined('constant', 'whitespace')],
      [words(['def'], '', '(?=[^0-9A-Z_a-z-])'), 'Keyword.Declaration', combined('function', 'whitespace')],
      [words(['false', 'null', 'true'], '', '(?=[^0-9A-Z_a-z-])'), 'Keyword.Constant'],
      [words(['else', 'for', 'if'], '', '(?=[^0-9A-Z_a-z-])'), 'Keyword'],
      [words(['and', 'or'], '', '(?=[^0-9A-Z_a-z-])'), 'Operator.Word'],
      [
        words([
          'all', 'any', 'array', 'boolean', 'capture', 'ceiling', 'contains', 'ends-with', 'error',
          'flatten', 'floor', 'format-time', 'from-json', 'get-key', 'hash-int', 'index-of', 'is-array',
          'is-boolean', 'is-decimal', 'is-integer', 'is-number', 'is-object', 'is-string', 'join',
          'lowercase', 'max', 'min', 'mod', 'not', 'now', 'number', 'parse-time', 'parse-url', 'random',
          'replace', 'round', 'sha256-hex', 'size', 'split', 'starts-with', 'string', 'sum', 'test',
          'to-json', 'trim', 'uppercase', 'zip', 'zip-with-index', 'fallback',
        ], '', '(?=[^0-9A-Z_a-z-])'),
        'Name.Builtin',
      ],
      ['[A-Z_a-z][0-9A-Z_a-z-]*:[A-Z_a-z][0-9A-Z_a-z-]*', 'Name.Function'],
      ['[A-Z_a-z][0-9A-Z_a-z-]*', 'Name'],
      [String.raw`\$[A-Z_a-z][0-9A-Z_a-z-]*`, 'Name.Variable'],
    ],
    constant: [
      ['[A-Z_a-z][0-9A-Z_a-z-]*', 'Name.Variable', 'root'],
    ],
    function: [
      ['[A-Z_a-z][0-9A-Z_a-z-]*', 'Name.Function', combined('function-parameter-list', 'whitespace')],
    ],
    'function-parameter-list': [
      [String.raw`\(`, 'Punctuation', combined('function-parameters', 'whitespace')],
    ],
    'function-parameters': [
      [',', 'Punctuation'],
      [String.raw`\)`, 'Punctuation', 'root'],
      ['[A-Z_a-z][0-9A-Z_a-z-]*', 'Name.Variable'],
    ],
    'import-path': [
      [String.raw`"([^"]|\\.)*"`, 'Literal.String.Symbol', 'root'],
    ],
    'import-alias': [
      ['[A-Z_a-z][0-9A-Z_a-z-]*', 'Name.Namespace', 'root'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
    ],
    whitespace: [
      [String.raw`[\t\n\f\r ]+`, 'Text.Whitespace'],
      [String.raw`//.*(\n|\Z)`, 'Comment.Single'],
    ],
  },
};
