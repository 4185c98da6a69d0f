/**
 * Pygments' RacketLexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule. Each datum is
 * read in the quoting context it sits in (unquoted, quasiquoted, quoted): only unquoted names can
 * be keywords or builtins; Racket's many number syntaxes (`#x`, `#e1/2`, `+inf.0`, extflonums)
 * are told apart before a name is tried.
 *
 *     (define (f x) 'sym)   ->   <p>(</p><k>define</k> <p>(</p><n>f</n> <n>x</n><p>)</p> <o>'</o><ss>sym</ss><p>)</p>
 */
import { bygroups, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';
import { RACKET_BUILTINS, RACKET_KEYWORDS } from './racket-builtins.ts';

const OPENING_PARENTHESIS = '[([{]';
const CLOSING_PARENTHESIS = String.raw`[)\]}]`;
const DELIMITERS = String.raw`()[\]{}",\'` + '`' + String.raw`;\s`;
const SYMBOL = String.raw`(?:\|[^|]*\||\\[\w\W]|[^|\\${DELIMITERS}]+)+`;
const EXACT_DECIMAL_PREFIX = '(?:#e)?(?:#d)?(?:#e)?';
const EXPONENT = String.raw`(?:[defls][-+]?\d+)`;
const INEXACT_SIMPLE_NO_HASHES = String.raw`(?:\d+(?:/\d+|\.\d*)?|\.\d+)`;
const INEXACT_SIMPLE = String.raw`(?:${INEXACT_SIMPLE_NO_HASHES}|(?:\d+#+(?:\.#*|/\d+#*)?|\.\d+#+|\d+(?:\.\d*#+|/\d+#+)))`;
const INEXACT_NORMAL_NO_HASHES = `(?:${INEXACT_SIMPLE_NO_HASHES}${EXPONENT}?)`;
const INEXACT_NORMAL = `(?:${INEXACT_SIMPLE}${EXPONENT}?)`;
const INEXACT_SPECIAL = String.raw`(?:(?:inf|nan)\.[0f])`;
const INEXACT_REAL = `(?:[-+]?${INEXACT_NORMAL}|[-+]${INEXACT_SPECIAL})`;
const INEXACT_UNSIGNED = `(?:${INEXACT_NORMAL}|${INEXACT_SPECIAL})`;
/** Followed by a delimiter (a number or name must end there). */
const DELIMITED = `(?=[${DELIMITERS}])`;

export const racketLexer: LexerDefinition = {
  name: 'Racket',
  aliases: ['racket', 'rkt'],
  tokens: {
    root: [
      [CLOSING_PARENTHESIS, 'Error'],
      [String.raw`(?!\Z)`, 'Text', 'unquoted-datum'],
    ],
    datum: [
      [String.raw`(?s)#;|#![ /]([^\\\n]|\\.)*`, 'Comment'],
      [String.raw`;[^\n\r\x85\u2028\u2029]*`, 'Comment.Single'],
      [String.raw`#\|`, 'Comment.Multiline', 'block-comment'],
      [String.raw`(?u)\s+`, 'Text.Whitespace'],
      // Numbers: the reader's hash prefixes give the base or exactness. #d or no prefix:
      [String.raw`(?i)${EXACT_DECIMAL_PREFIX}[-+]?\d+${DELIMITED}`, 'Literal.Number.Integer', '#pop'],
      [String.raw`(?i)${EXACT_DECIMAL_PREFIX}[-+]?(\d+(\.\d*)?|\.\d+)([deflst][-+]?\d+)?${DELIMITED}`, 'Literal.Number.Float', '#pop'],
      [
        String.raw`(?i)${EXACT_DECIMAL_PREFIX}[-+]?(${INEXACT_NORMAL_NO_HASHES}([-+]${INEXACT_NORMAL_NO_HASHES}?i)?|[-+]${INEXACT_NORMAL_NO_HASHES}?i)${DELIMITED}`,
        'Literal.Number',
        '#pop',
      ],
      // inexact without an explicit #i
      [
        String.raw`(?i)(#d)?(${INEXACT_REAL}([-+]${INEXACT_UNSIGNED}?i)?|[-+]${INEXACT_UNSIGNED}?i|${INEXACT_REAL}@${INEXACT_REAL})${DELIMITED}`,
        'Literal.Number.Float',
        '#pop',
      ],
      // the remaining extflonums
      [String.raw`(?i)(([-+]?${INEXACT_SIMPLE}t[-+]?\d+)|[-+](inf|nan)\.t)${DELIMITED}`, 'Literal.Number.Float', '#pop'],
      [`(?iu)(#[ei])?#b${SYMBOL}`, 'Literal.Number.Bin', '#pop'],
      [`(?iu)(#[ei])?#o${SYMBOL}`, 'Literal.Number.Oct', '#pop'],
      [`(?iu)(#[ei])?#x${SYMBOL}`, 'Literal.Number.Hex', '#pop'],
      // #i is always inexact: a float
      [`(?iu)(#d)?#i${SYMBOL}`, 'Literal.Number.Float', '#pop'],
      // strings and characters
      ['#?"', 'Literal.String.Double', ['#pop', 'string']],
      [String.raw`#<<(.+)\n(^(?!\1$).*$\n)*^\1$`, 'Literal.String.Heredoc', '#pop'],
      [String.raw`#\\(u[\da-fA-F]{1,4}|U[\da-fA-F]{1,8})`, 'Literal.String.Char', '#pop'],
      [String.raw`(?is)#\\([0-7]{3}|[a-z]+|.)`, 'Literal.String.Char', '#pop'],
      [String.raw`(?s)#[pr]x#?"(\\?.)*?"`, 'Literal.String.Regex', '#pop'],
      ['#(true|false|[tTfF])', 'Name.Constant', '#pop'],
      // keyword argument names (#:keyword)
      [`#:${SYMBOL}`, 'Keyword.Declaration', '#pop'],
      // reader extensions
      [String.raw`(#lang |#!)(\S+)`, bygroups('Keyword.Namespace', 'Name.Namespace')],
      ['#reader', 'Keyword.Namespace', 'quoted-datum'],
      // other syntax
      [String.raw`(?i)\.${DELIMITED}|#c[is]|#['` + '`' + ']|#,@?', 'Operator'],
      [String.raw`'|#[s&]|#hash(eqv?)?|#\d*(?=${OPENING_PARENTHESIS})`, 'Operator', ['#pop', 'quoted-datum']],
    ],
    'datum*': [
      ['`|,@?', 'Operator'],
      [SYMBOL, 'Literal.String.Symbol', '#pop'],
      [String.raw`[|\\]`, 'Error'],
      defaultState('#pop'),
    ],
    list: [
      [CLOSING_PARENTHESIS, 'Punctuation', '#pop'],
    ],
    'unquoted-datum': [
      include('datum'),
      [`quote${DELIMITED}`, 'Keyword', ['#pop', 'quoted-datum']],
      ['`', 'Operator', ['#pop', 'quasiquoted-datum']],
      [`quasiquote${DELIMITED}`, 'Keyword', ['#pop', 'quasiquoted-datum']],
      [OPENING_PARENTHESIS, 'Punctuation', ['#pop', 'unquoted-list']],
      [words(RACKET_KEYWORDS, '', DELIMITED), 'Keyword', '#pop'],
      [words(RACKET_BUILTINS, '', DELIMITED), 'Name.Builtin', '#pop'],
      [SYMBOL, 'Name', '#pop'],
      include('datum*'),
    ],
    'unquoted-list': [
      include('list'),
      [String.raw`(?!\Z)`, 'Text', 'unquoted-datum'],
    ],
    'quasiquoted-datum': [
      include('datum'),
      [',@?', 'Operator', ['#pop', 'unquoted-datum']],
      [`unquote(-splicing)?${DELIMITED}`, 'Keyword', ['#pop', 'unquoted-datum']],
      [OPENING_PARENTHESIS, 'Punctuation', ['#pop', 'quasiquoted-list']],
      include('datum*'),
    ],
    'quasiquoted-list': [
      include('list'),
      [String.raw`(?!\Z)`, 'Text', 'quasiquoted-datum'],
    ],
    'quoted-datum': [
      include('datum'),
      [OPENING_PARENTHESIS, 'Punctuation', ['#pop', 'quoted-list']],
      include('datum*'),
    ],
    'quoted-list': [
      include('list'),
      [String.raw`(?!\Z)`, 'Text', 'quoted-datum'],
    ],
    'block-comment': [
      [String.raw`#\|`, 'Comment.Multiline', '#push'],
      [String.raw`\|#`, 'Comment.Multiline', '#pop'],
      ['[^#|]+|.', 'Comment.Multiline'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`(?s)\\([0-7]{1,3}|x[\da-fA-F]{1,2}|u[\da-fA-F]{1,4}|U[\da-fA-F]{1,8}|.)`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
    ],
  },
};
