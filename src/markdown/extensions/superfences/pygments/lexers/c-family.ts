/**
 * Pygments' CFamilyLexer (pygments/lexers/c_cpp.py, Pygments 2.20), the base of CLexer and
 * CppLexer, rule for rule. c.ts and cpp.ts add their rules as Pygments' `inherit` does: a
 * subclass state lists its own rules around the base state's rules.
 *
 *     int main(void) {   ->   <kt>int</kt><w> </w><nf>main</nf><p>(</p><kt>void</kt><p>)</p><w> </w><p>{</p>
 */
import { retypingLexer, bygroups, defaultState, include, usingThis, words, type LexerDefinition, type LexerFactory, type Rule } from '../regex-lexer.ts';
import { C_TYPE_NAMES } from './c-family-types.ts';

// The trailing ?, rather than *, keeps one optional /* */ comment (Pygments' _ws1).
const WS1 = String.raw`\s*(?:/[*].*?[*]/\s*)?`;
/** Hexadecimal and decimal digits with C++14 `'` separators. */
const HEXPART = String.raw`[0-9a-fA-F](\'?[0-9a-fA-F])*`;
const DECPART = String.raw`\d(\'?\d)*`;
const INTSUFFIX = String.raw`(([uU]?[zZ])|([zZ][uU])|([uU][lL]{0,2})|([lL]{1,2}[uU]?))?`;
/** Identifiers with universal character names (`\u00e9`). */
export const C_IDENT = String.raw`(?!\d)(?:[\w$]|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})+`;
const NAMESPACED_IDENT = String.raw`(?!\d)(?:[\w$]|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|::)+`;
const COMMENT_SINGLE = String.raw`//(?:.|(?<=\\)\n)*\n`;
const COMMENT_MULTILINE = String.raw`/(?:\\\n)?[*](?:[^*]|[*](?!(?:\\\n)?/))*[*](?:\\\n)?/`;
const POSSIBLE_COMMENTS = String.raw`\s*(?:(?:(?:${COMMENT_SINGLE})|(?:${COMMENT_MULTILINE}))\s*)*`;

/** A function head: return type, comments, name, comments, signature, comments, trailer. */
function functionHead(trailer: string): string {
  return (
    `(${NAMESPACED_IDENT}(?:[&*\\s])+)` + // return arguments
    `(${POSSIBLE_COMMENTS})` +
    `(${NAMESPACED_IDENT})` + // method name
    `(${POSSIBLE_COMMENTS})` +
    String.raw`(\([^;"\')]*?\))` + // signature
    `(${POSSIBLE_COMMENTS})` +
    trailer
  );
}

const functionGroups = bygroups(
  usingThis(), usingThis('whitespace'), 'Name.Function', usingThis('whitespace'),
  usingThis(), usingThis('whitespace'), usingThis(), 'Punctuation',
);

/** The base lexer's states; each call gives fresh arrays for a subclass to extend. */
export function cFamilyTokens(): Record<string, Rule[]> {
  return {
    whitespace: [
      // preprocessor directives: without whitespace
      [String.raw`^#if\s+0`, 'Comment.Preproc', 'if0'],
      ['^#', 'Comment.Preproc', 'macro'],
      // or with whitespace
      [`^(${WS1})(#if\\s+0)`, bygroups(usingThis(), 'Comment.Preproc'), 'if0'],
      [`^(${WS1})(#)`, bygroups(usingThis(), 'Comment.Preproc'), 'macro'],
      // Labels: line start and indentation, no keyword mistaken for a label, one colon.
      [
        String.raw`(^[ \t]*)(?!(?:public|private|protected|default)\b)(` + C_IDENT + String.raw`)(\s*)(:)(?!:)`,
        bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Punctuation'),
      ],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`\\\n`, 'Text'], // line continuation
      [COMMENT_SINGLE, 'Comment.Single'],
      [COMMENT_MULTILINE, 'Comment.Multiline'],
      // Open until EOF, so no ending delimiter
      [String.raw`/(\\\n)?[*][\w\W]*`, 'Comment.Multiline'],
    ],
    statements: [
      include('keywords'),
      include('types'),
      [String.raw`([LuU]|u8)?(")`, bygroups('Literal.String.Affix', 'Literal.String'), 'string'],
      [
        String.raw`([LuU]|u8)?(')(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])(')`,
        bygroups('Literal.String.Affix', 'Literal.String.Char', 'Literal.String.Char', 'Literal.String.Char'),
      ],
      // Hexadecimal floating-point literals (C11, C++17)
      [String.raw`0[xX](` + HEXPART + String.raw`\.` + HEXPART + String.raw`|\.` + HEXPART + '|' + HEXPART + String.raw`)[pP][+-]?` + HEXPART + '[lL]?', 'Literal.Number.Float'],
      [String.raw`(-)?(` + DECPART + String.raw`\.` + DECPART + String.raw`|\.` + DECPART + '|' + DECPART + String.raw`)[eE][+-]?` + DECPART + '[fFlL]?', 'Literal.Number.Float'],
      [String.raw`(-)?((` + DECPART + String.raw`\.(` + DECPART + String.raw`)?|\.` + DECPART + ')[fFlL]?)|(' + DECPART + '[fFlL])', 'Literal.Number.Float'],
      [String.raw`(-)?0[xX]` + HEXPART + INTSUFFIX, 'Literal.Number.Hex'],
      [String.raw`(-)?0[bB][01](\'?[01])*` + INTSUFFIX, 'Literal.Number.Bin'],
      [String.raw`(-)?0(\'?[0-7])+` + INTSUFFIX, 'Literal.Number.Oct'],
      ['(-)?' + DECPART + INTSUFFIX, 'Literal.Number.Integer'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`[()\[\],.]`, 'Punctuation'],
      [String.raw`(true|false|NULL|nullptr)\b`, 'Name.Builtin'],
      [C_IDENT, 'Name'],
    ],
    types: [
      [words(['int8', 'int16', 'int32', 'int64', 'wchar_t'], '__', String.raw`\b`), 'Keyword.Reserved'],
      [words(['bool', 'int', 'long', 'float', 'short', 'double', 'char', 'unsigned', 'signed', 'void', '_BitInt', '__int128'], '', String.raw`\b`), 'Keyword.Type'],
    ],
    keywords: [
      [String.raw`(struct|union)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [String.raw`case\b`, 'Keyword', 'case-value'],
      [
        words([
          'asm', 'auto', 'break', 'const', 'constexpr', 'continue', 'default', 'do', 'else', 'enum', 'extern', 'for', 'goto',
          'if', 'register', 'restricted', 'return', 'sizeof', 'struct', 'static', 'switch', 'typedef', 'typeof',
          'typeof_unqual', 'volatile', 'while', 'union', 'thread_local', 'alignas', 'alignof', 'static_assert', '_Pragma',
          'fortran',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      [words(['inline', '_inline', '__inline', 'naked', 'restrict', 'thread'], '', String.raw`\b`), 'Keyword.Reserved'],
      // Vector intrinsics
      [String.raw`(__m(128i|128d|128|64))\b`, 'Keyword.Reserved'],
      // Microsoft-isms
      [
        words([
          'asm', 'based', 'except', 'stdcall', 'cdecl', 'fastcall', 'declspec', 'finally', 'try', 'leave', 'w64',
          'unaligned', 'raise', 'noop', 'identifier', 'forceinline', 'assume', 'null',
        ], '__', String.raw`\b`),
        'Keyword.Reserved',
      ],
    ],
    root: [
      include('whitespace'),
      include('keywords'),
      // functions
      [functionHead(String.raw`([^;{/"\']*)(\{)`), functionGroups, 'function'],
      // function declarations
      [functionHead(String.raw`([^;/"\']*)(;)`), functionGroups],
      include('types'),
      defaultState('statement'),
    ],
    statement: [
      include('whitespace'),
      include('statements'),
      [String.raw`\}`, 'Punctuation'],
      ['[{;]', 'Punctuation', '#pop'],
    ],
    function: [
      include('whitespace'),
      include('statements'),
      [';', 'Punctuation'],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'], // all other characters
      [String.raw`\\\n`, 'Literal.String'], // line continuation
      [String.raw`\\`, 'Literal.String'], // stray backslash
    ],
    macro: [
      [`(${WS1})(include)(${WS1})("[^"]+")([^\\n]*)`, bygroups(usingThis(), 'Comment.Preproc', usingThis(), 'Comment.PreprocFile', 'Comment.Single')],
      [`(${WS1})(include)(${WS1})(<[^>]+>)([^\\n]*)`, bygroups(usingThis(), 'Comment.Preproc', usingThis(), 'Comment.PreprocFile', 'Comment.Single')],
      [String.raw`[^/\n]+`, 'Comment.Preproc'],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
      [String.raw`//.*?\n`, 'Comment.Single', '#pop'],
      ['/', 'Comment.Preproc'],
      [String.raw`(?<=\\)\n`, 'Comment.Preproc'],
      [String.raw`\n`, 'Comment.Preproc', '#pop'],
    ],
    if0: [
      [String.raw`^\s*#if.*?(?<!\\)\n`, 'Comment.Preproc', '#push'],
      [String.raw`^\s*#el(?:se|if).*\n`, 'Comment.Preproc', '#pop'],
      [String.raw`^\s*#endif.*?(?<!\\)\n`, 'Comment.Preproc', '#pop'],
      [String.raw`.*?\n`, 'Comment'],
    ],
    classname: [
      [C_IDENT, 'Name.Class', '#pop'],
      // template specification
      [String.raw`\s*(?=>)`, 'Text', '#pop'],
      defaultState('#pop'),
    ],
    // Mark identifiers preceded by `case` keyword as constants.
    'case-value': [
      ['(?<!:)(:)(?!:)', 'Punctuation', '#pop'],
      [C_IDENT, 'Name.Constant'],
      include('whitespace'),
      include('statements'),
    ],
  };
}

/**
 * CFamilyLexer.get_tokens_unprocessed: a `Name` that is a standard, C99, C11 atomic or Linux
 * type (all highlighted by default) becomes `Keyword.Type`, also inside `using(this)` matches.
 */
export function cFamilyFactory(definition: LexerDefinition): LexerFactory {
  return retypingLexer(definition, (type, value) => (type === 'Name' && C_TYPE_NAMES.has(value) ? 'Keyword.Type' : type));
}
