/**
 * Pygments' PrqlLexer (pygments/lexers/prql.py, Pygments 2.20.0), rule for rule: the PRQL pipeline
 * query language (transforms, f-strings, s-strings, dates).
 *
 *     from employees   ->   <nv>from</nv><w> </w><nv>employees</nv>
 */
import { bygroups, combined, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const prqlLexer: LexerDefinition = {
  name: 'PRQL',
  aliases: ['prql'],
  tokens: {
    root: [
      ['#!.*', 'Literal.String.Doc'],
      ['#.*', 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`^(\s*)(module)(\s*)`, bygroups('Text.Whitespace', 'Keyword.Namespace', 'Text.Whitespace'), 'imports'],
      [words(['bool', 'int', 'int8', 'int16', 'int32', 'int64', 'int128', 'float', 'text', 'set'], '', String.raw`\b`), 'Keyword.Type'],
      ['^prql ', 'Keyword.Reserved'],
      ['let', 'Keyword.Declaration'],
      include('keywords'),
      include('expr'),
      ['^[A-Za-z_][a-zA-Z0-9_]*', 'Keyword'],
    ],
    expr: [
      ['(f)(""")', bygroups('Literal.String.Affix', 'Literal.String.Double'), combined('fstringescape', 'tdqf')],
      [String.raw`(f)(''')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), combined('fstringescape', 'tsqf')],
      ['(f)(")', bygroups('Literal.String.Affix', 'Literal.String.Double'), combined('fstringescape', 'dqf')],
      [String.raw`(f)(')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), combined('fstringescape', 'sqf')],
      ['(s)(""")', bygroups('Literal.String.Affix', 'Literal.String.Double'), combined('stringescape', 'tdqf')],
      [String.raw`(s)(''')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), combined('stringescape', 'tsqf')],
      ['(s)(")', bygroups('Literal.String.Affix', 'Literal.String.Double'), combined('stringescape', 'dqf')],
      [String.raw`(s)(')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), combined('stringescape', 'sqf')],
      ['(?i)(r)(""")', bygroups('Literal.String.Affix', 'Literal.String.Double'), 'tdqs'],
      [String.raw`(?i)(r)(''')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), 'tsqs'],
      ['(?i)(r)(")', bygroups('Literal.String.Affix', 'Literal.String.Double'), 'dqs'],
      [String.raw`(?i)(r)(')`, bygroups('Literal.String.Affix', 'Literal.String.Single'), 'sqs'],
      ['"""', 'Literal.String.Double', combined('stringescape', 'tdqs')],
      [String.raw`'''`, 'Literal.String.Single', combined('stringescape', 'tsqs')],
      ['"', 'Literal.String.Double', combined('stringescape', 'dqs')],
      [String.raw`'`, 'Literal.String.Single', combined('stringescape', 'sqs')],
      [String.raw`@\d{4}-\d{2}-\d{2}T\d{2}(:\d{2})?(:\d{2})?(\.\d{1,6})?(Z|[+-]\d{1,2}(:\d{1,2})?)?`, 'Literal.Date'],
      [String.raw`@\d{4}-\d{2}-\d{2}`, 'Literal.Date'],
      [String.raw`@\d{2}(:\d{2})?(:\d{2})?(\.\d{1,6})?(Z|[+-]\d{1,2}(:\d{1,2})?)?`, 'Literal.Date'],
      [String.raw`[^\S\n]+`, 'Text'],
      include('numbers'),
      [String.raw`->|=>|==|!=|>=|<=|~=|&&|\|\||\?\?|\/\/`, 'Operator'],
      ['[-~+/*%=<>&^|.@]', 'Operator'],
      ['[]{}:(),;[]', 'Punctuation'],
      include('functions'),
      ['[A-Za-z_][a-zA-Z0-9_]*', 'Name.Variable'],
    ],
    numbers: [
      [String.raw`(\d(?:_?\d)*\.(?:\d(?:_?\d)*)?|(?:\d(?:_?\d)*)?\.\d(?:_?\d)*)([eE][+-]?\d(?:_?\d)*)?`, 'Literal.Number.Float'],
      [String.raw`\d(?:_?\d)*[eE][+-]?\d(?:_?\d)*j?`, 'Literal.Number.Float'],
      ['0[oO](?:_?[0-7])+', 'Literal.Number.Oct'],
      ['0[bB](?:_?[01])+', 'Literal.Number.Bin'],
      ['0[xX](?:_?[a-fA-F0-9])+', 'Literal.Number.Hex'],
      [String.raw`\d(?:_?\d)*`, 'Literal.Number.Integer'],
    ],
    fstringescape: [
      include('stringescape'),
    ],
    bytesescape: [
      [String.raw`\\([\\bfnrt"\']|\n|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    stringescape: [
      [String.raw`\\(N\{.*?\}|u\{[a-fA-F0-9]{1,6}\})`, 'Literal.String.Escape'],
      include('bytesescape'),
    ],
    'fstrings-single': [
      [String.raw`\}`, 'Literal.String.Interpol'],
      [String.raw`\{`, 'Literal.String.Interpol', 'expr-inside-fstring'],
      [String.raw`[^\\\'"{}\n]+`, 'Literal.String.Single'],
      [String.raw`[\'"\\]`, 'Literal.String.Single'],
    ],
    'fstrings-double': [
      [String.raw`\}`, 'Literal.String.Interpol'],
      [String.raw`\{`, 'Literal.String.Interpol', 'expr-inside-fstring'],
      [String.raw`[^\\\'"{}\n]+`, 'Literal.String.Double'],
      [String.raw`[\'"\\]`, 'Literal.String.Double'],
    ],
    'strings-single': [
      [String.raw`\{((\w+)((\.\w+)|(\[[^\]]+\]))*)?(\:(.?[<>=\^])?[-+ ]?#?0?(\d+)?,?(\.\d+)?[E-GXb-gnosx%]?)?\}`, 'Literal.String.Interpol'],
      [String.raw`[^\\\'"%{\n]+`, 'Literal.String.Single'],
      [String.raw`[\'"\\]`, 'Literal.String.Single'],
      [String.raw`%|(\{{1,2})`, 'Literal.String.Single'],
    ],
    'strings-double': [
      [String.raw`\{((\w+)((\.\w+)|(\[[^\]]+\]))*)?(\:(.?[<>=\^])?[-+ ]?#?0?(\d+)?,?(\.\d+)?[E-GXb-gnosx%]?)?\}`, 'Literal.String.Interpol'],
      [String.raw`[^\\\'"%{\n]+`, 'Literal.String.Double'],
      [String.raw`[\'"\\]`, 'Literal.String.Double'],
      [String.raw`%|(\{{1,2})`, 'Literal.String.Double'],
    ],
    dqf: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'],
      include('fstrings-double'),
    ],
    sqf: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'],
      include('fstrings-single'),
    ],
    dqs: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'],
      include('strings-double'),
    ],
    sqs: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'],
      include('strings-single'),
    ],
    tdqf: [
      ['"""', 'Literal.String.Double', '#pop'],
      include('fstrings-double'),
      [String.raw`\n`, 'Literal.String.Double'],
    ],
    tsqf: [
      [String.raw`'''`, 'Literal.String.Single', '#pop'],
      include('fstrings-single'),
      [String.raw`\n`, 'Literal.String.Single'],
    ],
    tdqs: [
      ['"""', 'Literal.String.Double', '#pop'],
      include('strings-double'),
      [String.raw`\n`, 'Literal.String.Double'],
    ],
    tsqs: [
      [String.raw`'''`, 'Literal.String.Single', '#pop'],
      include('strings-single'),
      [String.raw`\n`, 'Literal.String.Single'],
    ],
    'expr-inside-fstring': [
      ['[{([]', 'Punctuation', 'expr-inside-fstring-inner'],
      [String.raw`(=\s*)?\}`, 'Literal.String.Interpol', '#pop'],
      [String.raw`(=\s*)?:`, 'Literal.String.Interpol', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
      include('expr'),
    ],
    'expr-inside-fstring-inner': [
      ['[{([]', 'Punctuation', 'expr-inside-fstring-inner'],
      ['[])}]', 'Punctuation', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
      include('expr'),
    ],
    keywords: [
      [words(['into', 'case', 'type', 'module', 'internal'], '', String.raw`\b`), 'Keyword'],
      [words(['true', 'false', 'null'], '', String.raw`\b`), 'Keyword.Constant'],
    ],
    functions: [
      [
        words([
          'min', 'max', 'sum', 'average', 'stddev', 'every', 'any', 'concat_array', 'count', 'lag', 'lead',
          'first', 'last', 'rank', 'rank_dense', 'row_number', 'round', 'as', 'in', 'tuple_every',
          'tuple_map', 'tuple_zip', '_eq', '_is_null', 'from_text', 'lower', 'upper', 'read_parquet',
          'read_csv',
        ], '', String.raw`\b`),
        'Name.Function',
      ],
    ],
    comment: [
      [String.raw`-(?!\})`, 'Comment.Multiline'],
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      ['[^-}]', 'Comment.Multiline'],
      [String.raw`-\}`, 'Comment.Multiline', '#pop'],
    ],
    imports: [
      [String.raw`\w+(\.\w+)*`, 'Name.Class', '#pop'],
    ],
  },
};
