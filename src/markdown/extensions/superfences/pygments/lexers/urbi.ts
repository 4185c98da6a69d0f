/**
 * Pygments' UrbiscriptLexer (pygments/lexers/urbi.py, Pygments 2.20.0), rule for rule: an
 * ExtendedRegexLexer, for the binary blobs in strings. `\B(n)(` starts n bytes of data and a `)`,
 * drawn as one escape whatever they hold (quotes too).
 *
 *     var x = "a\B(3)(abc)";   ->   <kd>var</kd> <nx>x</nx> <o>=</o> <s2>"</s2><s>a</s><se>\B(3)(abc)</se><s2>"</s2><p>;</p>
 */
import { baseContext, type ContextCallback, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { words } from '../regex-lexer.ts';

/**
 * blob_callback: the string up to the blob, then the blob. When the byte after the n bytes is
 * no `)`, the blob's header is plain string and lexing goes on right after it. Both tokens are
 * given the match's start as their index, as in Pygments.
 */
const blob: ContextCallback<LexerContext> = function* (_lexer, match, context) {
  const before = match.group(1) ?? '';
  const header = match.group(2) ?? '';
  const digits = match.group(3) ?? '';
  const size = Number.parseInt(digits, 10);
  const end = match.start + match.text.length;
  yield [match.start, 'Literal.String', before];
  context.pos += before.length;
  if (context.text[end + size] !== ')') {
    const result = `\\B(${digits})(`;
    yield [match.start, 'Literal.String', result];
    context.pos += result.length;
    return;
  }
  yield [match.start, 'Literal.String.Escape', header + context.text.slice(end, end + size) + ')'];
  context.pos = end + size + 1;
};
const ROOT_KEYWORD = [
  'assert', 'at', 'break', 'case', 'catch', 'closure', 'compl', 'continue', 'default', 'else', 'enum', 'every',
  'external', 'finally', 'for', 'freezeif', 'if', 'new', 'onleave', 'return', 'stopif', 'switch', 'this', 'throw',
  'timeout', 'try', 'waituntil', 'whenever', 'while',
];
const ROOT_RESERVED = [
  'asm', 'auto', 'bool', 'char', 'const_cast', 'delete', 'double', 'dynamic_cast', 'explicit', 'export', 'extern',
  'float', 'friend', 'goto', 'inline', 'int', 'long', 'mutable', 'namespace', 'register', 'reinterpret_cast',
  'short', 'signed', 'sizeof', 'static_cast', 'struct', 'template', 'typedef', 'typeid', 'typename', 'union',
  'unsigned', 'using', 'virtual', 'volatile', 'wchar_t',
];
const ROOT_BUILTIN = [
  'Barrier', 'Binary', 'Boolean', 'CallMessage', 'Channel', 'Code', 'Comparable', 'Container', 'Control', 'Date',
  'Dictionary', 'Directory', 'Duration', 'Enumeration', 'Event', 'Exception', 'Executable', 'File', 'Finalizable',
  'Float', 'FormatInfo', 'Formatter', 'Global', 'Group', 'Hash', 'InputStream', 'IoService', 'Job', 'Kernel', 'Lazy',
  'List', 'Loadable', 'Lobby', 'Location', 'Logger', 'Math', 'Mutex', 'nil', 'Object', 'Orderable', 'OutputStream',
  'Pair', 'Path', 'Pattern', 'Position', 'Primitive', 'Process', 'Profile', 'PseudoLazy', 'PubSub', 'RangeIterable',
  'Regexp', 'Semaphore', 'Server', 'Singleton', 'Socket', 'StackFrame', 'Stream', 'String', 'System', 'Tag',
  'Timeout', 'Traceable', 'TrajectoryGenerator', 'Triplet', 'Tuple', 'UObject', 'UValue', 'UVar',
];

export const urbiscriptLexer: ExtendedLexerDefinition<LexerContext> = {
  name: 'UrbiScript',
  aliases: ['urbiscript'],
  flags: 's',
  context: baseContext,
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`//.*?\n`, 'Comment'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`(every|for|loop|while)(?:;|&|\||,)`, 'Keyword'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [words(ROOT_RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`(emit|foreach|internal|loopn|static)\b`, 'Keyword'],
      [String.raw`(private|protected|public)\b`, 'Keyword'],
      [String.raw`(var|do|const|function|class)\b`, 'Keyword.Declaration'],
      [String.raw`(true|false|nil|void)\b`, 'Keyword.Constant'],
      [words(ROOT_BUILTIN, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`(?:this)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`(?:[-=+*%/<>~^:]+|\.&?|\|\||&&)`, 'Operator'],
      [String.raw`(?:and_eq|and|bitand|bitor|in|not|not_eq|or_eq|or|xor_eq|xor)\b`, 'Operator.Word'],
      [String.raw`[{}\[\]()]+`, 'Punctuation'],
      [String.raw`(?:;|\||,|&|\?|!)+`, 'Punctuation'],
      [String.raw`[$a-zA-Z_]\w*`, 'Name.Other'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`(?:[0-9]+(?:(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)?((?:rad|deg|grad)|(?:ms|s|min|h|d))?)\b`, 'Literal.Number.Float'],
      ['"', 'Literal.String.Double', 'string.double'],
      [String.raw`'`, 'Literal.String.Single', 'string.single'],
    ],
    'string.double': [
      [String.raw`((?:\\\\|\\"|[^"])*?)(\\B\((\d+)\)\()`, blob],
      [String.raw`(\\\\|\\[^\\]|[^"\\])*?"`, 'Literal.String.Double', '#pop'],
    ],
    'string.single': [
      [String.raw`((?:\\\\|\\'|[^'])*?)(\\B\((\d+)\)\()`, blob],
      [String.raw`(\\\\|\\[^\\]|[^'\\])*?'`, 'Literal.String.Single', '#pop'],
    ],
    comment: [
      ['[^*/]', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};

