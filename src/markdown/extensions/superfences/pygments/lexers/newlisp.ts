/**
 * Pygments' NewLispLexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule: newLISP.
 *
 *     (define (sq x) (* x x))
 *     ->   <p>(</p><k>define</k> <p>(</p><nv>sq</nv> <ss>x</ss><p>)</p> <p>(</p><nv>*</nv> <ss>x</ss> <ss>x</ss><p>)</p><p>)</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  '^', '--', '-', ':', '!', '!=', '?', '@', '*', '/', '&', '%', '+', '++', '<', '<<', '<=', '=', '>', '>=', '>>',
  '|', '~', '$', '$0', '$1', '$10', '$11', '$12', '$13', '$14', '$15', '$2', '$3', '$4', '$5', '$6', '$7', '$8',
  '$9', '$args', '$idx', '$it', '$main-args', 'abort', 'abs', 'acos', 'acosh', 'add', 'address', 'amb', 'and',
  'append-file', 'append', 'apply', 'args', 'array-list', 'array?', 'array', 'asin', 'asinh', 'assoc', 'atan',
  'atan2', 'atanh', 'atom?', 'base64-dec', 'base64-enc', 'bayes-query', 'bayes-train', 'begin', 'beta', 'betai',
  'bind', 'binomial', 'bits', 'callback', 'case', 'catch', 'ceil', 'change-dir', 'char', 'chop', 'Class', 'clean',
  'close', 'command-event', 'cond', 'cons', 'constant', 'context?', 'context', 'copy-file', 'copy', 'cos', 'cosh',
  'count', 'cpymem', 'crc32', 'crit-chi2', 'crit-z', 'current-line', 'curry', 'date-list', 'date-parse',
  'date-value', 'date', 'debug', 'dec', 'def-new', 'default', 'define-macro', 'define', 'delete-file', 'delete-url',
  'delete', 'destroy', 'det', 'device', 'difference', 'directory?', 'directory', 'div', 'do-until', 'do-while',
  'doargs', 'dolist', 'dostring', 'dotimes', 'dotree', 'dump', 'dup', 'empty?', 'encrypt', 'ends-with', 'env', 'erf',
  'error-event', 'eval-string', 'eval', 'exec', 'exists', 'exit', 'exp', 'expand', 'explode', 'extend', 'factor',
  'fft', 'file-info', 'file?', 'filter', 'find-all', 'find', 'first', 'flat', 'float?', 'float', 'floor', 'flt',
  'fn', 'for-all', 'for', 'fork', 'format', 'fv', 'gammai', 'gammaln', 'gcd', 'get-char', 'get-float', 'get-int',
  'get-long', 'get-string', 'get-url', 'global?', 'global', 'if-not', 'if', 'ifft', 'import', 'inc', 'index', 'inf?',
  'int', 'integer?', 'integer', 'intersect', 'invert', 'irr', 'join', 'lambda-macro', 'lambda?', 'lambda',
  'last-error', 'last', 'legal?', 'length', 'let', 'letex', 'letn', 'list?', 'list', 'load', 'local', 'log',
  'lookup', 'lower-case', 'macro?', 'main-args', 'MAIN', 'make-dir', 'map', 'mat', 'match', 'max', 'member', 'min',
  'mod', 'module', 'mul', 'multiply', 'NaN?', 'net-accept', 'net-close', 'net-connect', 'net-error', 'net-eval',
  'net-interface', 'net-ipv', 'net-listen', 'net-local', 'net-lookup', 'net-packet', 'net-peek', 'net-peer',
  'net-ping', 'net-receive-from', 'net-receive-udp', 'net-receive', 'net-select', 'net-send-to', 'net-send-udp',
  'net-send', 'net-service', 'net-sessions', 'new', 'nil?', 'nil', 'normal', 'not', 'now', 'nper', 'npv', 'nth',
  'null?', 'number?', 'open', 'or', 'ostype', 'pack', 'parse-date', 'parse', 'peek', 'pipe', 'pmt', 'pop-assoc',
  'pop', 'post-url', 'pow', 'prefix', 'pretty-print', 'primitive?', 'print', 'println', 'prob-chi2', 'prob-z',
  'process', 'prompt-event', 'protected?', 'push', 'put-url', 'pv', 'quote?', 'quote', 'rand', 'random', 'randomize',
  'read', 'read-char', 'read-expr', 'read-file', 'read-key', 'read-line', 'read-utf8', 'reader-event', 'real-path',
  'receive', 'ref-all', 'ref', 'regex-comp', 'regex', 'remove-dir', 'rename-file', 'replace', 'reset', 'rest',
  'reverse', 'rotate', 'round', 'save', 'search', 'seed', 'seek', 'select', 'self', 'semaphore', 'send', 'sequence',
  'series', 'set-locale', 'set-ref-all', 'set-ref', 'set', 'setf', 'setq', 'sgn', 'share', 'signal', 'silent', 'sin',
  'sinh', 'sleep', 'slice', 'sort', 'source', 'spawn', 'sqrt', 'starts-with', 'string?', 'string', 'sub', 'swap',
  'sym', 'symbol?', 'symbols', 'sync', 'sys-error', 'sys-info', 'tan', 'tanh', 'term', 'throw-error', 'throw',
  'time-of-day', 'time', 'timer', 'title-case', 'trace-highlight', 'trace', 'transpose', 'Tree', 'trim', 'true?',
  'true', 'unicode', 'unify', 'unique', 'unless', 'unpack', 'until', 'upper-case', 'utf8', 'utf8len', 'uuid',
  'wait-pid', 'when', 'while', 'write', 'write-char', 'write-file', 'write-line', 'xfer-event', 'xml-error',
  'xml-parse', 'xml-type-tags', 'zero?',
];

export const newlispLexer: LexerDefinition = {
  name: 'NewLisp',
  aliases: ['newlisp'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`#!(.*?)$`, 'Comment.Preproc'],
      [String.raw`;.*$`, 'Comment.Single'],
      [String.raw`#.*$`, 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`\{`, 'Literal.String', 'bracestring'],
      [String.raw`\[text\]*`, 'Literal.String', 'tagstring'],
      [String.raw`('|:)`, 'Operator'],
      [words(ROOT_WORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(?<=\()([\w!$%&*+.,/<=>?@^~|-])+|(\[.*?\])+`, 'Name.Variable'],
      [String.raw`([\w!$%&*+.,/<=>?@^~|-])+|(\[.*?\])+`, 'Literal.String.Symbol'],
      [String.raw`(\(|\))`, 'Punctuation'],
    ],
    bracestring: [
      [String.raw`\{`, 'Literal.String', '#push'],
      [String.raw`\}`, 'Literal.String', '#pop'],
      [String.raw`[^{}]+`, 'Literal.String'],
    ],
    tagstring: [
      [String.raw`(?s)(.*?)(\[/text\])`, 'Literal.String', '#pop'],
    ],
  },
};
