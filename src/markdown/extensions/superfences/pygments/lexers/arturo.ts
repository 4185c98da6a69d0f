/**
 * Pygments' ArturoLexer (pygments/lexers/arturo.py, Pygments 2.20.0), rule for rule: Arturo.
 *
 *     print "Hello" loop 1..10 'x -> print x
 *     ->   <nb>print</nb> <s2>"</s2><s>Hello</s><s2>"</s2> <nb>loop</nb> <mi>1</mi><o>..</o><mi>10</mi> <kd>'x</kd> <nd>-></nd> <nb>print</nb> <n>x</n>
 */
import { bygroups, include, usingThis, words, type Callback, type LexerDefinition } from '../regex-lexer.ts';

/**
 * ArturoLexer.handle_annotated_strings: `{!lang code}` strings, the code lexed by the lexer
 * Pygments registers as `lang` (one we have not ported, or no such name: one String token).
 * Pygments gives the code's tokens offsets from the code's start; here from the text's (the
 * HTML is the same). The `handle_annotateds` option (default on) is not read.
 */
const annotatedString: Callback = function* (lexer, match) {
  const group = (index: number): string => match.group(index) ?? '';
  yield [match.groupStart(1), 'Literal.String.Double', group(1)];
  yield [match.groupStart(2), 'Literal.String.Interpol', group(2)];
  yield [match.groupStart(3), 'Literal.String.Interpol', group(3)];
  yield [match.groupStart(4), 'Text.Whitespace', group(4)];
  const code = group(5);
  const start = match.groupStart(5);
  const other = lexer.byName(group(3).trim());
  if (other === undefined) yield [start, 'Literal.String', code];
  else for (const [index, type, value] of other.tokensUnprocessed(code)) yield [index + start, type, value];
  yield [match.groupStart(6), 'Literal.String.Double', group(6)];
};

const ROOT_WORDS: readonly string[] = [
  '<:', ':>', ':<', '>:', '<\\', '<>', '<', '>', 'ø', '∞', '+', '-', '*', '~', '=', '^', '%', '/', '//', '==>',
  '<=>', '<==>', '=>>', '<<=>>', '<<==>>', '-->', '<->', '<-->', '=|', '|=', '-:', ':-', '_', '.', '..', '\\',
];

const BUILTIN_FUNCTIONS_WORDS: readonly string[] = [
  'all', 'and', 'any', 'ascii', 'attr', 'attribute', 'attributeLabel', 'binary', 'blockchar', 'contains', 'database',
  'date', 'dictionary', 'empty', 'equal', 'even', 'every', 'exists', 'false', 'floatin', 'function', 'greater',
  'greaterOrEqual', 'if', 'in', 'inline', 'integer', 'is', 'key', 'label', 'leap', 'less', 'lessOrEqual', 'literal',
  'logical', 'lower', 'nand', 'negative', 'nor', 'not', 'notEqual', 'null', 'numeric', 'odd', 'or', 'path',
  'pathLabel', 'positive', 'prefix', 'prime', 'set', 'some', 'sorted', 'standalone', 'string', 'subset', 'suffix',
  'superset', 'ymbol', 'true', 'try', 'type', 'unless', 'upper', 'when', 'whitespace', 'word', 'xnor', 'xor', 'zero',
];

const BUILTIN_FUNCTIONS_WORDS_2: readonly string[] = [
  'abs', 'acos', 'acosh', 'acsec', 'acsech', 'actan', 'actanh', 'add', 'after', 'alphabet', 'and', 'angle', 'append',
  'arg', 'args', 'arity', 'array', 'as', 'asec', 'asech', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'attr', 'attrs',
  'average', 'before', 'benchmark', 'blend', 'break', 'builtins1', 'builtins2', 'call', 'capitalize', 'case', 'ceil',
  'chop', 'chunk', 'clear', 'close', 'cluster', 'color', 'combine', 'conj', 'continue', 'copy', 'cos', 'cosh',
  'couple', 'csec', 'csech', 'ctan', 'ctanh', 'cursor', 'darken', 'dec', 'decode', 'decouple', 'define', 'delete',
  'desaturate', 'deviation', 'dictionary', 'difference', 'digest', 'digits', 'div', 'do', 'download', 'drop', 'dup',
  'e', 'else', 'empty', 'encode', 'ensure', 'env', 'epsilon', 'escape', 'execute', 'exit', 'exp', 'extend',
  'extract', 'factors', 'false', 'fdiv', 'filter', 'first', 'flatten', 'floor', 'fold', 'from', 'function', 'gamma',
  'gcd', 'get', 'goto', 'hash', 'help', 'hypot', 'if', 'in', 'inc', 'indent', 'index', 'infinity', 'info', 'input',
  'insert', 'inspect', 'intersection', 'invert', 'join', 'keys', 'kurtosis', 'last', 'let', 'levenshtein', 'lighten',
  'list', 'ln', 'log', 'loop', 'lower', 'mail', 'map', 'match', 'max', 'maybe', 'median', 'min', 'mod', 'module',
  'mul', 'nand', 'neg', 'new', 'nor', 'normalize', 'not', 'now', 'null', 'open', 'or', 'outdent', 'pad', 'panic',
  'path', 'pause', 'permissions', 'permutate', 'pi', 'pop', 'pow', 'powerset', 'powmod', 'prefix', 'print', 'prints',
  'process', 'product', 'query', 'random', 'range', 'read', 'relative', 'remove', 'rename', 'render', 'repeat',
  'replace', 'request', 'return', 'reverse', 'round', 'sample', 'saturate', 'script', 'sec', 'sech', 'select',
  'serve', 'set', 'shl', 'shr', 'shuffle', 'sin', 'sinh', 'size', 'skewness', 'slice', 'sort', 'split', 'sqrt',
  'squeeze', 'stack', 'strip', 'sub', 'suffix', 'sum', 'switch', 'symbols', 'symlink', 'sys', 'take', 'tan', 'tanh',
  'terminal', 'to', 'true', 'truncate', 'try', 'type', 'union', 'unique', 'unless', 'until', 'unzip', 'upper',
  'values', 'var', 'variance', 'volume', 'webview', 'while', 'with', 'wordwrap', 'write', 'xnor', 'xor', 'zip',
];

export const arturoLexer: LexerDefinition = {
  name: 'Arturo',
  aliases: ['arturo', 'art'],
  tokens: {
    root: [
      [String.raw`;.*?$`, 'Comment.Single'],
      [String.raw`^((\s#!)|(#!)).*?$`, 'Comment.Hashbang'],
      [words(['false', 'true', 'maybe'], '', String.raw`\b`), 'Name.Constant'],
      [words(['this', 'init'], String.raw`\b`, String.raw`\b\??:?`), 'Name.Builtin.Pseudo'],
      ["`.`", 'Literal.String.Char'],
      [String.raw`\\\w+\b\??:?`, 'Name.Property'],
      [String.raw`#\w+`, 'Name.Constant'],
      [String.raw`\b[0-9]+\.[0-9]+`, 'Literal.Number.Float'],
      [String.raw`\b[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`\w+\b\??:`, 'Name.Label'],
      [String.raw`\'(?:\w+\b\??:?)`, 'Keyword.Declaration'],
      [String.raw`\:\w+`, 'Keyword.Type'],
      [String.raw`\.\w+\??:?`, 'Name.Attribute'],
      [String.raw`(\()(.*?)(\)\?)`, bygroups('Punctuation', usingThis(), 'Punctuation')],
      [String.raw`"`, 'Literal.String.Double', 'inside-simple-string'],
      [String.raw`»`, 'Literal.String.Single', 'inside-smart-string'],
      [String.raw`«««`, 'Literal.String.Double', 'inside-safe-string'],
      [String.raw`\{\/`, 'Literal.String.Single', 'inside-regex-string'],
      [String.raw`\{\:`, 'Literal.String.Double', 'inside-curly-verb-string'],
      [String.raw`(\{)(\!)(\w+)(\s|\n)([\w\W]*?)(^\})`, annotatedString],
      [String.raw`\{`, 'Literal.String.Single', 'inside-curly-string'],
      [String.raw`\-{3,}`, 'Literal.String.Single', 'inside-eof-string'],
      include('builtin-functions'),
      [String.raw`[()[\],]`, 'Punctuation'],
      [words(['->', '==>', '|', '::', '@', '#', '$', '&', '!', '!!', './']), 'Name.Decorator'],
      [words(ROOT_WORDS), 'Operator'],
      [String.raw`\b\w+`, 'Name'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`.+$`, 'Error'],
    ],
    'inside-interpol': [
      [String.raw`\|`, 'Literal.String.Interpol', '#pop'],
      [String.raw`[^|]+`, usingThis()],
    ],
    'inside-template': [
      [String.raw`\|\|\>`, 'Literal.String.Interpol', '#pop'],
      [String.raw`[^|]+`, usingThis()],
    ],
    'string-escape': [
      [words(['\\\\', '\\n', '\\t', '\\"']), 'Literal.String.Escape'],
    ],
    'inside-simple-string': [
      include('string-escape'),
      [String.raw`\|`, 'Literal.String.Interpol', 'inside-interpol'],
      [String.raw`\<\|\|`, 'Literal.String.Interpol', 'inside-template'],
      [String.raw`"`, 'Literal.String.Double', '#pop'],
      [String.raw`[^|"]+`, 'Literal.String'],
    ],
    'inside-smart-string': [
      include('string-escape'),
      [String.raw`\|`, 'Literal.String.Interpol', 'inside-interpol'],
      [String.raw`\<\|\|`, 'Literal.String.Interpol', 'inside-template'],
      [String.raw`\n`, 'Literal.String.Single', '#pop'],
      [String.raw`[^|\n]+`, 'Literal.String'],
    ],
    'inside-safe-string': [
      include('string-escape'),
      [String.raw`\|`, 'Literal.String.Interpol', 'inside-interpol'],
      [String.raw`\<\|\|`, 'Literal.String.Interpol', 'inside-template'],
      [String.raw`»»»`, 'Literal.String.Double', '#pop'],
      [String.raw`[^|»]+`, 'Literal.String'],
    ],
    'inside-regex-string': [
      [String.raw`\\[sSwWdDbBZApPxucItnvfr0]+`, 'Literal.String.Escape'],
      [String.raw`\|`, 'Literal.String.Interpol', 'inside-interpol'],
      [String.raw`\<\|\|`, 'Literal.String.Interpol', 'inside-template'],
      [String.raw`\/\}`, 'Literal.String.Single', '#pop'],
      [String.raw`[^|\/]+`, 'Literal.String.Regex'],
    ],
    'inside-curly-verb-string': [
      include('string-escape'),
      [String.raw`\|`, 'Literal.String.Interpol', 'inside-interpol'],
      [String.raw`\<\|\|`, 'Literal.String.Interpol', 'inside-template'],
      [String.raw`\:\}`, 'Literal.String.Double', '#pop'],
      [String.raw`[^|<:]+`, 'Literal.String'],
    ],
    'inside-curly-string': [
      include('string-escape'),
      [String.raw`\|`, 'Literal.String.Interpol', 'inside-interpol'],
      [String.raw`\<\|\|`, 'Literal.String.Interpol', 'inside-template'],
      [String.raw`\}`, 'Literal.String.Single', '#pop'],
      [String.raw`[^|<}]+`, 'Literal.String'],
    ],
    'inside-eof-string': [
      include('string-escape'),
      [String.raw`\|`, 'Literal.String.Interpol', 'inside-interpol'],
      [String.raw`\<\|\|`, 'Literal.String.Interpol', 'inside-template'],
      [String.raw`\Z`, 'Literal.String.Single', '#pop'],
      [String.raw`[^|<]+`, 'Literal.String'],
    ],
    'builtin-functions': [
      [words(BUILTIN_FUNCTIONS_WORDS, String.raw`\b`, String.raw`\b\?`), 'Name.Builtin'],
      [words(BUILTIN_FUNCTIONS_WORDS_2, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
    ],
  },
};
