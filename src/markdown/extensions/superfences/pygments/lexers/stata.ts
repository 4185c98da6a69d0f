/**
 * Pygments' StataLexer (pygments/lexers/stata.py, Pygments 2.20.0), rule for rule: do files, with
 * Stata's nesting comments, compound strings and local/global macros.
 *
 *     gen x = `n'   ->   <k>gen</k> x = <nv>`</nv><nv>n</nv><nv>'</nv>   (Text unwrapped)
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';
import { STATA_BASE, STATA_FUNCTIONS } from './stata-builtins.ts';

export const stataLexer: LexerDefinition = {
  name: 'Stata',
  aliases: ['stata', 'do'],
  flags: 'ms',
  tokens: {
    root: [
      include('comments'),
      include('strings'),
      include('macros'),
      include('numbers'),
      include('keywords'),
      include('operators'),
      include('format'),
      ['.', 'Text'],
    ],
    // Comments nest, with corner cases (a `///` continues the line, a `//` after `*` ends it).
    comments: [
      [String.raw`(^//|(?<=\s)//)(?!/)`, 'Comment.Single', 'comments-double-slash'],
      [String.raw`^\s*\*`, 'Comment.Single', 'comments-star'],
      [String.raw`/\*`, 'Comment.Multiline', 'comments-block'],
      [String.raw`(^///|(?<=\s)///)`, 'Comment.Special', 'comments-triple-slash'],
    ],
    'comments-block': [
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      // `*/*` ends and reopens a block at the same level
      [String.raw`\*/\*`, 'Comment.Multiline'],
      [String.raw`(\*/\s+\*(?!/)[^\n]*)|(\*/)`, 'Comment.Multiline', '#pop'],
      ['.', 'Comment.Multiline'],
    ],
    'comments-star': [
      [String.raw`///.*?\n`, 'Comment.Single', ['#pop', 'comments-triple-slash']],
      [String.raw`(^//|(?<=\s)//)(?!/)`, 'Comment.Single', ['#pop', 'comments-double-slash']],
      [String.raw`/\*`, 'Comment.Multiline', 'comments-block'],
      [String.raw`.(?=\n)`, 'Comment.Single', '#pop'],
      ['.', 'Comment.Single'],
    ],
    'comments-triple-slash': [
      [String.raw`\n`, 'Comment.Special', '#pop'],
      // a `//` ends it for the rest of the line
      [String.raw`//.*?(?=\n)`, 'Comment.Single', '#pop'],
      ['.', 'Comment.Special'],
    ],
    'comments-double-slash': [
      [String.raw`\n`, 'Text', '#pop'],
      ['.', 'Comment.Single'],
    ],
    // `"compound strings"' nest; "regular" ones end at a line end
    strings: [
      ['`"', 'Literal.String', 'string-compound'],
      ['(?<!`)"', 'Literal.String', 'string-regular'],
    ],
    'string-compound': [
      ['`"', 'Literal.String', '#push'],
      [`"'`, 'Literal.String', '#pop'],
      [String.raw`\\\\|\\"|\\\$|\\` + '`' + String.raw`|\\\n`, 'Literal.String.Escape'],
      include('macros'),
      ['.', 'Literal.String'],
    ],
    'string-regular': [
      [String.raw`(")(?!')|(?=\n)`, 'Literal.String', '#pop'],
      [String.raw`\\\\|\\"|\\\$|\\` + '`' + String.raw`|\\\n`, 'Literal.String.Escape'],
      include('macros'),
      ['.', 'Literal.String'],
    ],
    // Anything between ` and ' is a local; a global follows Stata's rules, nested only in ${}.
    macros: [
      [String.raw`\$(\{|(?=[$` + '`' + ']))', 'Name.Variable.Global', 'macro-global-nested'],
      [String.raw`\$`, 'Name.Variable.Global', 'macro-global-name'],
      ['`', 'Name.Variable', 'macro-local'],
    ],
    'macro-local': [
      ['`', 'Name.Variable', '#push'],
      ["'", 'Name.Variable', '#pop'],
      [String.raw`\$(\{|(?=[$` + '`' + ']))', 'Name.Variable.Global', 'macro-global-nested'],
      [String.raw`\$`, 'Name.Variable.Global', 'macro-global-name'],
      ['.', 'Name.Variable'], // fallback
    ],
    'macro-global-nested': [
      [String.raw`\$(\{|(?=[$` + '`' + ']))', 'Name.Variable.Global', '#push'],
      [String.raw`\}`, 'Name.Variable.Global', '#pop'],
      [String.raw`\$`, 'Name.Variable.Global', 'macro-global-name'],
      ['`', 'Name.Variable', 'macro-local'],
      [String.raw`\w`, 'Name.Variable.Global'], // fallback
      defaultState('#pop'),
    ],
    // Pygments writes a fourth item, '#pop', on the first three rules: RegexLexer ignores it.
    'macro-global-name': [
      [String.raw`\$(\{|(?=[$` + '`' + ']))', 'Name.Variable.Global', 'macro-global-nested'],
      [String.raw`\$`, 'Name.Variable.Global', 'macro-global-name'],
      ['`', 'Name.Variable', 'macro-local'],
      [String.raw`\w{1,32}`, 'Name.Variable.Global', '#pop'],
    ],
    keywords: [
      [words(STATA_FUNCTIONS, String.raw`\b`, String.raw`(?=\()`), 'Name.Function'],
      [words(STATA_BASE, String.raw`(^\s*|\s)`, String.raw`\b`), 'Keyword'],
    ],
    operators: [
      ['-|==|<=|>=|<|>|&|!=', 'Operator'],
      [String.raw`\*|\+|\^|/|!|~|==|~=`, 'Operator'],
    ],
    numbers: [
      [String.raw`\b[+-]?([0-9]+(\.[0-9]+)?|\.[0-9]+|\.)([eE][+-]?[0-9]+)?[i]?\b`, 'Literal.Number'],
    ],
    // display formats
    format: [
      [String.raw`%-?\d{1,2}(\.\d{1,2})?[gfe]c?`, 'Name.Other'],
      ['%(21x|16H|16L|8H|8L)', 'Name.Other'],
      [String.raw`%-?(tc|tC|td|tw|tm|tq|th|ty|tg)\S{0,32}`, 'Name.Other'],
      [String.raw`%[-~]?\d{1,4}s`, 'Name.Other'],
    ],
  },
};
