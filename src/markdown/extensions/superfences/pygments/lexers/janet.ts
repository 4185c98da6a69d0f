/**
 * Pygments' JanetLexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule, its number and
 * name patterns composed from the same pieces; forms and builtins count only right after `(`.
 *
 *     (defn inc [x] (+ x 1))   ->   <p>(</p><kr>defn</kr><w> </w><nv>inc</nv>...
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const SPECIAL_FORMS = [
  'break', 'def', 'do', 'fn', 'if', 'quote', 'quasiquote', 'splice', 'set', 'unquote', 'upscope', 'var', 'while',
];

const BUILTIN_MACROS = [
  '%=', '*=', '++', '+=', '--', '-=', '->', '->>', '-?>', '-?>>', '/=', 'and', 'as->', 'as-macro', 'as?->', 'assert',
  'case', 'catseq', 'chr', 'comment', 'compif', 'comptime', 'compwhen', 'cond', 'coro', 'def-', 'default', 'defdyn',
  'defer', 'defmacro', 'defmacro-', 'defn', 'defn-', 'delay', 'doc', 'each', 'eachk', 'eachp', 'edefer',
  'ev/do-thread', 'ev/gather', 'ev/spawn', 'ev/spawn-thread', 'ev/with-deadline', 'ffi/defbind', 'fiber-fn', 'for',
  'forever', 'forv', 'generate', 'if-let', 'if-not', 'if-with', 'import', 'juxt', 'label', 'let', 'loop', 'match',
  'or', 'prompt', 'protect', 'repeat', 'seq', 'short-fn', 'tabseq', 'toggle', 'tracev', 'try', 'unless', 'use',
  'var-', 'varfn', 'when', 'when-let', 'when-with', 'with', 'with-dyns', 'with-syms', 'with-vars', 'eachy',
];

const BUILTIN_FUNCTIONS = [
  '%', '*', '+', '-', '/', '<', '<=', '=', '>', '>=', 'abstract?', 'accumulate', 'accumulate2', 'all',
  'all-bindings', 'all-dynamics', 'any?', 'apply', 'array', 'array/clear', 'array/concat', 'array/ensure',
  'array/fill', 'array/insert', 'array/new', 'array/new-filled', 'array/peek', 'array/pop', 'array/push',
  'array/remove', 'array/slice', 'array/trim', 'array/weak', 'array?', 'asm', 'bad-compile', 'bad-parse', 'band',
  'blshift', 'bnot', 'boolean?', 'bor', 'brshift', 'brushift', 'buffer', 'buffer/bit', 'buffer/bit-clear',
  'buffer/bit-set', 'buffer/bit-toggle', 'buffer/blit', 'buffer/clear', 'buffer/fill', 'buffer/format',
  'buffer/from-bytes', 'buffer/new', 'buffer/new-filled', 'buffer/popn', 'buffer/push', 'buffer/push-at',
  'buffer/push-byte', 'buffer/push-string', 'buffer/push-word', 'buffer/slice', 'buffer/trim', 'buffer?', 'bxor',
  'bytes?', 'cancel', 'cfunction?', 'cli-main', 'cmp', 'comp', 'compare', 'compare<', 'compare<=', 'compare=',
  'compare>', 'compare>=', 'compile', 'complement', 'count', 'curenv', 'debug', 'debug/arg-stack', 'debug/break',
  'debug/fbreak', 'debug/lineage', 'debug/stack', 'debug/stacktrace', 'debug/step', 'debug/unbreak',
  'debug/unfbreak', 'debugger', 'debugger-on-status', 'dec', 'deep-not=', 'deep=', 'defglobal', 'describe',
  'dictionary?', 'disasm', 'distinct', 'div', 'doc*', 'doc-format', 'doc-of', 'dofile', 'drop', 'drop-until',
  'drop-while', 'dyn', 'eflush', 'empty?', 'env-lookup', 'eprin', 'eprinf', 'eprint', 'eprintf', 'error', 'errorf',
  'ev/acquire-lock', 'ev/acquire-rlock', 'ev/acquire-wlock', 'ev/all-tasks', 'ev/call', 'ev/cancel', 'ev/capacity',
  'ev/chan', 'ev/chan-close', 'ev/chunk', 'ev/close', 'ev/count', 'ev/deadline', 'ev/full', 'ev/give',
  'ev/give-supervisor', 'ev/go', 'ev/lock', 'ev/read', 'ev/release-lock', 'ev/release-rlock', 'ev/release-wlock',
  'ev/rselect', 'ev/rwlock', 'ev/select', 'ev/sleep', 'ev/take', 'ev/thread', 'ev/thread-chan', 'ev/write', 'eval',
  'eval-string', 'even?', 'every?', 'extreme', 'false?', 'ffi/align', 'ffi/call', 'ffi/calling-conventions',
  'ffi/close', 'ffi/context', 'ffi/free', 'ffi/jitfn', 'ffi/lookup', 'ffi/malloc', 'ffi/native',
  'ffi/pointer-buffer', 'ffi/pointer-cfunction', 'ffi/read', 'ffi/signature', 'ffi/size', 'ffi/struct',
  'ffi/trampoline', 'ffi/write', 'fiber/can-resume?', 'fiber/current', 'fiber/getenv', 'fiber/last-value',
  'fiber/maxstack', 'fiber/new', 'fiber/root', 'fiber/setenv', 'fiber/setmaxstack', 'fiber/status', 'fiber?',
  'file/close', 'file/flush', 'file/lines', 'file/open', 'file/read', 'file/seek', 'file/tell', 'file/temp',
  'file/write', 'filter', 'find', 'find-index', 'first', 'flatten', 'flatten-into', 'flush', 'flycheck', 'freeze',
  'frequencies', 'from-pairs', 'function?', 'gccollect', 'gcinterval', 'gcsetinterval', 'gensym', 'get', 'get-in',
  'getline', 'getproto', 'group-by', 'has-key?', 'has-value?', 'hash', 'idempotent?', 'identity', 'import*', 'in',
  'inc', 'index-of', 'indexed?', 'int/s64', 'int/to-bytes', 'int/to-number', 'int/u64', 'int?', 'interleave',
  'interpose', 'invert', 'juxt*', 'keep', 'keep-syntax', 'keep-syntax!', 'keys', 'keyword', 'keyword/slice',
  'keyword?', 'kvs', 'last', 'length', 'lengthable?', 'load-image', 'macex', 'macex1', 'maclintf', 'make-env',
  'make-image', 'map', 'mapcat', 'marshal', 'math/abs', 'math/acos', 'math/acosh', 'math/asin', 'math/asinh',
  'math/atan', 'math/atan2', 'math/atanh', 'math/cbrt', 'math/ceil', 'math/cos', 'math/cosh', 'math/erf',
  'math/erfc', 'math/exp', 'math/exp2', 'math/expm1', 'math/floor', 'math/gamma', 'math/gcd', 'math/hypot',
  'math/lcm', 'math/log', 'math/log-gamma', 'math/log10', 'math/log1p', 'math/log2', 'math/next', 'math/pow',
  'math/random', 'math/rng', 'math/rng-buffer', 'math/rng-int', 'math/rng-uniform', 'math/round', 'math/seedrandom',
  'math/sin', 'math/sinh', 'math/sqrt', 'math/tan', 'math/tanh', 'math/trunc', 'max', 'max-of', 'mean', 'memcmp',
  'merge', 'merge-into', 'merge-module', 'min', 'min-of', 'mod', 'module/add-paths', 'module/expand-path',
  'module/find', 'module/value', 'nan?', 'nat?', 'native', 'neg?', 'net/accept', 'net/accept-loop', 'net/address',
  'net/address-unpack', 'net/chunk', 'net/close', 'net/connect', 'net/flush', 'net/listen', 'net/localname',
  'net/peername', 'net/read', 'net/recv-from', 'net/send-to', 'net/server', 'net/setsockopt', 'net/shutdown',
  'net/write', 'next', 'nil?', 'not', 'not=', 'number?', 'odd?', 'one?', 'os/arch', 'os/cd', 'os/chmod', 'os/clock',
  'os/compiler', 'os/cpu-count', 'os/cryptorand', 'os/cwd', 'os/date', 'os/dir', 'os/environ', 'os/execute',
  'os/exit', 'os/getenv', 'os/isatty', 'os/link', 'os/lstat', 'os/mkdir', 'os/mktime', 'os/open', 'os/perm-int',
  'os/perm-string', 'os/pipe', 'os/posix-exec', 'os/posix-fork', 'os/proc-close', 'os/proc-kill', 'os/proc-wait',
  'os/readlink', 'os/realpath', 'os/rename', 'os/rm', 'os/rmdir', 'os/setenv', 'os/shell', 'os/sigaction',
  'os/sleep', 'os/spawn', 'os/stat', 'os/strftime', 'os/symlink', 'os/time', 'os/touch', 'os/umask', 'os/which',
  'pairs', 'parse', 'parse-all', 'parser/byte', 'parser/clone', 'parser/consume', 'parser/eof', 'parser/error',
  'parser/flush', 'parser/has-more', 'parser/insert', 'parser/new', 'parser/produce', 'parser/state',
  'parser/status', 'parser/where', 'partial', 'partition', 'partition-by', 'peg/compile', 'peg/find', 'peg/find-all',
  'peg/match', 'peg/replace', 'peg/replace-all', 'pos?', 'postwalk', 'pp', 'prewalk', 'prin', 'prinf', 'print',
  'printf', 'product', 'propagate', 'put', 'put-in', 'quit', 'range', 'reduce', 'reduce2', 'repl', 'require',
  'resume', 'return', 'reverse', 'reverse!', 'run-context', 'sandbox', 'scan-number', 'setdyn', 'signal', 'slice',
  'slurp', 'some', 'sort', 'sort-by', 'sorted', 'sorted-by', 'spit', 'string', 'string/ascii-lower',
  'string/ascii-upper', 'string/bytes', 'string/check-set', 'string/find', 'string/find-all', 'string/format',
  'string/from-bytes', 'string/has-prefix?', 'string/has-suffix?', 'string/join', 'string/repeat', 'string/replace',
  'string/replace-all', 'string/reverse', 'string/slice', 'string/split', 'string/trim', 'string/triml',
  'string/trimr', 'string?', 'struct', 'struct/getproto', 'struct/proto-flatten', 'struct/to-table',
  'struct/with-proto', 'struct?', 'sum', 'symbol', 'symbol/slice', 'symbol?', 'table', 'table/clear', 'table/clone',
  'table/getproto', 'table/new', 'table/proto-flatten', 'table/rawget', 'table/setproto', 'table/to-struct',
  'table/weak', 'table/weak-keys', 'table/weak-values', 'table?', 'take', 'take-until', 'take-while', 'thaw',
  'trace', 'true?', 'truthy?', 'tuple', 'tuple/brackets', 'tuple/setmap', 'tuple/slice', 'tuple/sourcemap',
  'tuple/type', 'tuple?', 'type', 'unmarshal', 'untrace', 'update', 'update-in', 'values', 'varglobal', 'walk',
  'warn-compile', 'xprin', 'xprinf', 'xprint', 'xprintf', 'yield', 'zero?', 'zipcoll', 'tarray/buffer',
  'tarray/copy-bytes', 'tarray/length', 'tarray/new', 'tarray/properties', 'tarray/slice', 'tarray/swap-bytes',
  'thread/close', 'thread/current', 'thread/exit', 'thread/new', 'thread/receive', 'thread/send',
];

const BUILTIN_VARIABLES = [
  'debugger-env', 'default-peg-grammar', 'janet/build', 'janet/config-bits', 'janet/version', 'load-image-dict',
  'make-image-dict', 'math/-inf', 'math/e', 'math/inf', 'math/int-max', 'math/int-min', 'math/int32-max',
  'math/int32-min', 'math/nan', 'math/pi', 'module/cache', 'module/loaders', 'module/loading', 'module/paths',
  'root-env', 'stderr', 'stdin', 'stdout',
];

const CONSTANTS = [
  'false', 'nil', 'true',
];

/** A token ends at whitespace, a comment, a closing bracket or the line end. */
const TOKEN_END = String.raw`(?=\s|#|[)\]]|$)`;
const FIRST_CHAR = String.raw`[a-zA-Z!$%&*+\-./<=>?@^_]`;
const REST_CHAR = `([0-9:]|${FIRST_CHAR})`;
const VALID_NAME = `${FIRST_CHAR}(${REST_CHAR})*`;
/** `2r1011`, `36rZZ`: the digits of a radix number, and its `&` exponent. */
const RADIX_UNIT = '[0-9a-zA-Z][0-9a-zA-Z_]*';
const RADIX_EXP = '&[+-]?[0-9a-zA-Z]+';
const HEX_UNIT = '[0-9a-fA-F][0-9a-fA-F_]*';
const DEC_UNIT = '[0-9][0-9_]*';
const DEC_EXP = '[eE][+-]?[0-9]+';

export const janetLexer: LexerDefinition = {
  name: 'Janet',
  aliases: ['janet'],
  tokens: {
    root: [
      ['#.*$', 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      // radix numbers (verbose patterns, as in Pygments)
      [String.raw`(?x)
                  [+-]? [0-9]{1,2} r ${RADIX_UNIT} \. (${RADIX_UNIT})?
                  (${RADIX_EXP})?
               `, 'Literal.Number'],
      [String.raw`(?x)
                  [+-]? [0-9]{1,2} r (\.)? ${RADIX_UNIT}
                  (${RADIX_EXP})?
               `, 'Literal.Number'],
      [String.raw`(?x) [+-]? 0x ${HEX_UNIT} \. (${HEX_UNIT})?`, 'Literal.Number.Hex'],
      [String.raw`(?x) [+-]? 0x (\.)? ${HEX_UNIT}`, 'Literal.Number.Hex'],
      [String.raw`(?x) [+-]? ${DEC_UNIT} \. (${DEC_UNIT})? (${DEC_EXP})?`, 'Literal.Number.Float'],
      [String.raw`(?x) [+-]? (\.)? ${DEC_UNIT} (${DEC_EXP})?`, 'Literal.Number.Float'],
      // strings and buffers
      ['@?"', 'Literal.String', 'string'],
      // long strings and buffers: content between two runs of as many backticks
      [String.raw`@?(\x60+)(.|\n)+?\1`, 'Literal.String'],
      [String.raw`['~,;|]`, 'Operator'],
      [String.raw`@?[(\[{]|[)\]}]`, 'Punctuation'],
      // `Keyword.Constants` (not Keyword.Constant): Pygments' spelling, which makes its own CSS class
      [words(CONSTANTS, '', TOKEN_END), 'Keyword.Constants'],
      [`(:(${REST_CHAR})+|:)`, 'Name.Constant'],
      [words(BUILTIN_VARIABLES, '', TOKEN_END), 'Name.Variable.Global'],
      [words(SPECIAL_FORMS, String.raw`(?<=\()`, TOKEN_END), 'Keyword.Reserved'],
      [words(BUILTIN_MACROS, String.raw`(?<=\()`, TOKEN_END), 'Name.Builtin'],
      [words(BUILTIN_FUNCTIONS, String.raw`(?<=\()`, TOKEN_END), 'Name.Function'],
      [VALID_NAME, 'Name.Variable'],
    ],
    string: [
      [String.raw`\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{6})`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};
