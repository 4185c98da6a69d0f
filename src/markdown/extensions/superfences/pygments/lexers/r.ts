/**
 * Pygments' SLexer (pygments/lexers/r.py, Pygments 2.20.0), rule for rule: S, S-PLUS and R. A
 * name right before `(` is a function call; `%op%` infix operators, backquoted names, `..1`.
 *
 *     x <- mean(c(1, NA))   ->   <n>x</n><w> </w><o><-</o><w> </w><nf>mean</nf><p>(</p><nf>c</nf><p>(</p><m>1</m><p>,</p><w> </w><kc>NA</kc><p>))</p>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

const TICK = '`';
/** A backquoted name (`` `my var` ``), a name, or a lone `.`. */
const VALID_NAME = String.raw`${TICK}[^${TICK}\\]*(?:\\.[^${TICK}\\]*)*${TICK}|(?:[a-zA-Z]|\.[A-Za-z_.])[\w.]*|\.`;

export const rLexer: LexerDefinition = {
  name: 'S',
  aliases: ['splus', 's', 'r'],
  tokens: {
    comments: [['#.*$', 'Comment.Single']],
    valid_name: [[VALID_NAME, 'Name']],
    function_name: [[String.raw`(${VALID_NAME})\s*(?=\()`, 'Name.Function']],
    punctuation: [[String.raw`\[{1,2}|\]{1,2}|\(|\)|;|,`, 'Punctuation']],
    keywords: [
      [String.raw`(if|else|for|while|repeat|in|next|break|return|switch|function)(?![\w.])`, 'Keyword.Reserved'],
    ],
    operators: [
      [String.raw`<<?-|->>?|-|==|<=|>=|\|>|<|>|&&?|!=|\|\|?|\?`, 'Operator'],
      [String.raw`\*|\+|\^|/|!|%[^%]*%|=|~|\$|@|:{1,3}`, 'Operator'],
    ],
    builtin_symbols: [
      [String.raw`(NULL|NA(_(integer|real|complex|character)_)?|letters|LETTERS|Inf|TRUE|FALSE|NaN|pi|\.\.(\.|[0-9]+))(?![\w.])`, 'Keyword.Constant'],
      [String.raw`(T|F)\b`, 'Name.Builtin.Pseudo'],
    ],
    numbers: [
      // hex number
      ['0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?', 'Literal.Number.Hex'],
      // decimal number
      [String.raw`[+-]?([0-9]+(\.[0-9]+)?|\.[0-9]+|\.)([eE][+-]?[0-9]+)?[Li]?`, 'Literal.Number'],
    ],
    statements: [
      include('comments'),
      // whitespaces
      [String.raw`\s+`, 'Text.Whitespace'],
      ["'", 'Literal.String', 'string_squote'],
      ['"', 'Literal.String', 'string_dquote'],
      include('builtin_symbols'),
      include('keywords'),
      include('function_name'),
      include('valid_name'),
      include('numbers'),
      include('punctuation'),
      include('operators'),
    ],
    root: [
      // calls:
      include('statements'),
      // blocks:
      [String.raw`\{|\}`, 'Punctuation'],
      ['.', 'Text'],
    ],
    string_squote: [[String.raw`([^'\\]|\\.)*'`, 'Literal.String', '#pop']],
    string_dquote: [[String.raw`([^"\\]|\\.)*"`, 'Literal.String', '#pop']],
  },
};
