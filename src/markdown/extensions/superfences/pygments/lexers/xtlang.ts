/**
 * Pygments' XtlangLexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule: Extempore's xtlang.
 *
 *     (bind-func add:[i64,i64,i64]* (lambda (a b) (+ a b)))
 *     ->   <p>(</p><k>bind-func</k> <nf>add</nf><kt>:[i64,i64,i64]*</kt> <p>(</p><k>lambda</k> <p>(</p><nv>a</nv> <nv>b</nv><p>)</p> <p>(</p><nf>+</nf> <nv>a</nv> <nv>b</nv><p>)</p><p>)</p><p>)</p>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const XTLANG_WORDS: readonly string[] = [
  'toString', 'afill!', 'pfill!', 'tfill!', 'tbind', 'vfill!', 'array-fill!', 'pointer-fill!', 'tuple-fill!',
  'vector-fill!', 'free', 'array', 'tuple', 'list', '~', 'cset!', 'cref', '&', 'bor', 'ang-names', '<<', '>>', 'nil',
  'printf', 'sprintf', 'null', 'now', 'pset!', 'pref-ptr', 'vset!', 'vref', 'aset!', 'aref', 'aref-ptr', 'tset!',
  'tref', 'tref-ptr', 'salloc', 'halloc', 'zalloc', 'alloc', 'schedule', 'exp', 'log', 'sin', 'cos', 'tan', 'asin',
  'acos', 'atan', 'sqrt', 'expt', 'floor', 'ceiling', 'truncate', 'round', 'llvm_printf', 'push_zone', 'pop_zone',
  'memzone', 'callback', 'llvm_sprintf', 'make-array', 'array-set!', 'array-ref', 'array-ref-ptr', 'pointer-set!',
  'pointer-ref', 'pointer-ref-ptr', 'stack-alloc', 'heap-alloc', 'zone-alloc', 'make-tuple', 'tuple-set!',
  'tuple-ref', 'tuple-ref-ptr', 'closure-set!', 'closure-ref', 'pref', 'pdref', 'impc_null', 'bitcast', 'void',
  'ifret', 'ret->', 'clrun->', 'make-env-zone', 'make-env', '<>', 'dtof', 'ftod', 'i1tof', 'i1tod', 'i1toi8',
  'i1toi32', 'i1toi64', 'i8tof', 'i8tod', 'i8toi1', 'i8toi32', 'i8toi64', 'i32tof', 'i32tod', 'i32toi1', 'i32toi8',
  'i32toi64', 'i64tof', 'i64tod', 'i64toi1', 'i64toi8', 'i64toi32',
];

const SCHEME_WORDS: readonly string[] = [
  'call-with-current-continuation', 'call-with-input-file', 'call-with-output-file', 'call-with-values', 'call/cc',
  'char->integer', 'char-alphabetic?', 'char-ci<=?', 'char-ci<?', 'char-ci=?', 'char-ci>=?', 'char-ci>?',
  'char-downcase', 'char-lower-case?', 'char-numeric?', 'char-ready?', 'char-upcase', 'char-upper-case?',
  'char-whitespace?', 'char<=?', 'char<?', 'char=?', 'char>=?', 'char>?', 'char?', 'close-input-port',
  'close-output-port', 'complex?', 'current-input-port', 'current-output-port', 'denominator', 'display',
  'dynamic-wind', 'eof-object?', 'eq?', 'equal?', 'eqv?', 'even?', 'exact->inexact', 'exact?', 'exp', 'expt',
  'force', 'gcd', 'imag-part', 'inexact->exact', 'inexact?', 'input-port?', 'integer->char', 'integer?',
  'interaction-environment', 'lcm', 'list->string', 'list->vector', 'list-ref', 'list-tail', 'list?', 'load',
  'magnitude', 'make-polar', 'make-rectangular', 'make-string', 'make-vector', 'memq', 'memv', 'negative?',
  'newline', 'null-environment', 'number->string', 'number?', 'numerator', 'odd?', 'open-input-file',
  'open-output-file', 'output-port?', 'pair?', 'peek-char', 'port?', 'positive?', 'procedure?', 'quotient',
  'rational?', 'rationalize', 'read', 'read-char', 'real-part', 'real?', 'remainder', 'scheme-report-environment',
  'set-car!', 'set-cdr!', 'string', 'string->list', 'string->number', 'string->symbol', 'string-append',
  'string-ci<=?', 'string-ci<?', 'string-ci=?', 'string-ci>=?', 'string-ci>?', 'string-copy', 'string-fill!',
  'string-length', 'string-ref', 'string-set!', 'string<=?', 'string<?', 'string=?', 'string>=?', 'string>?',
  'string?', 'symbol->string', 'symbol?', 'transcript-off', 'transcript-on', 'truncate', 'values', 'vector',
  'vector->list', 'vector-fill!', 'vector-length', 'vector?', 'with-input-from-file', 'with-output-to-file', 'write',
  'write-char', 'zero?',
];

const COMMON_WORDS: readonly string[] = [
  '*', '+', '-', '/', '<', '<=', '=', '>', '>=', '%', 'abs', 'acos', 'angle', 'append', 'apply', 'asin', 'assoc',
  'assq', 'assv', 'atan', 'boolean?', 'caaaar', 'caaadr', 'caaar', 'caadar', 'caaddr', 'caadr', 'caar', 'cadaar',
  'cadadr', 'cadar', 'caddar', 'cadddr', 'caddr', 'cadr', 'car', 'cdaaar', 'cdaadr', 'cdaar', 'cdadar', 'cdaddr',
  'cdadr', 'cdar', 'cddaar', 'cddadr', 'cddar', 'cdddar', 'cddddr', 'cdddr', 'cddr', 'cdr', 'ceiling', 'cons', 'cos',
  'floor', 'length', 'list', 'log', 'max', 'member', 'min', 'modulo', 'not', 'reverse', 'round', 'sin', 'sqrt',
  'substring', 'tan', 'println', 'random', 'null?', 'callback', 'now',
];

export const xtlangLexer: LexerDefinition = {
  name: 'xtlang',
  aliases: ['extempore'],
  tokens: {
    xtlang: [
      [String.raw`\(`, 'Punctuation', '#push'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`(?<=bind-func\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-val\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-type\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-alias\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-poly\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-lib\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-dylib\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-lib-func\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`(?<=bind-lib-val\s)[\w.!-]+`, 'Name.Function'],
      [String.raw`:[]{}[\w<>,*/|!-]+`, 'Keyword.Type'],
      [String.raw`(<[]{}[\w<>,*/|!-]+>|\|[]{}[\w<>,*/|!-]+\||/[]{}[\w<>,*/|!-]+/|[]{}[\w<>,*/|!-]+\*)\**`, 'Keyword.Type'],
      [words(['letz', 'memzone', 'cast', 'convert', 'dotimes', 'doloop'], String.raw`(?<=\()`), 'Keyword'],
      [words(XTLANG_WORDS, String.raw`(?<=\()`), 'Name.Function'],
      include('common'),
      [String.raw`[\w.!-]+`, 'Name.Variable'],
    ],
    scheme: [
      [String.raw`'[\w!$%&*+,/:<=>?@^~|-]+`, 'Literal.String.Symbol'],
      [String.raw`#\\([()/'\"._!§$%& ?=+-]|[a-zA-Z0-9]+)`, 'Literal.String.Char'],
      ["('|#|`|,@|,|\\.)", 'Operator'],
      [words(['do', 'delay', 'quasiquote', 'unquote', 'unquote-splicing', 'eval', 'case', 'let*', 'letrec', 'quote'], String.raw`(?<=\()`), 'Keyword'],
      [words(SCHEME_WORDS, String.raw`(?<=\()`), 'Name.Function'],
      include('common'),
      [String.raw`[\w!$%&*+,/:<=>?@^~|-]+`, 'Name.Variable'],
    ],
    common: [
      [String.raw`;.*$`, 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`-?\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [String.raw`(#b|#o|#x)[\d.]+`, 'Literal.Number'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`(#t|#f)`, 'Name.Constant'],
      [words(['lambda', 'define', 'if', 'else', 'cond', 'and', 'or', 'let', 'begin', 'set!', 'map', 'for-each'], String.raw`(?<=\()`), 'Keyword'],
      [words(COMMON_WORDS, String.raw`(?<=\()`), 'Name.Function'],
      [String.raw`(\(|\))`, 'Punctuation'],
    ],
    root: [
      [words(['bind-func', 'bind-val', 'bind-lib', 'bind-type', 'bind-alias', 'bind-poly', 'bind-dylib', 'bind-lib-func', 'bind-lib-val'], String.raw`(?<=\()`, String.raw`\b`), 'Keyword', 'xtlang'],
      include('scheme'),
    ],
  },
};
