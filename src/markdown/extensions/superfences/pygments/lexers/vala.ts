/**
 * Pygments' ValaLexer (pygments/lexers/c_like.py, Pygments 2.20.0), rule for rule: C-like
 * statements, `[CCode]`-style attributes, `#if 0` blocks as comments, verbatim `"""` strings.
 *
 *     public class Foo : Object   ->   <kd>public</kd><w> </w><kd>class</kd><w> </w><nc>Foo</nc><w> </w><o>:</o><w> </w><n>Object</n>
 */
import { bygroups, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const valaLexer: LexerDefinition = {
  name: 'Vala',
  aliases: ['vala', 'vapi'],
  tokens: {
    whitespace: [
      [String.raw`^\s*#if\s+0`, 'Comment.Preproc', 'if0'],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\\\n`, 'Text'], // line continuation
      [String.raw`//(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
    ],
    statements: [
      ['[L@]?"', 'Literal.String', 'string'],
      [String.raw`L?'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      ['(?s)""".*?"""', 'Literal.String'], // verbatim strings
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[lL]?`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+[Ll]?', 'Literal.Number.Hex'],
      ['0[0-7]+[Ll]?', 'Literal.Number.Oct'],
      [String.raw`\d+[Ll]?`, 'Literal.Number.Integer'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`(\[)(Compact|Immutable|(?:Boolean|Simple)Type)(\])`, bygroups('Punctuation', 'Name.Decorator', 'Punctuation')],
      // only the attribute's name: Pygments leaves its arguments to the other rules
      [String.raw`(\[)(CCode|(?:Integer|Floating)Type)`, bygroups('Punctuation', 'Name.Decorator')],
      [String.raw`[()\[\],.]`, 'Punctuation'],
      [words([
        'as', 'base', 'break', 'case', 'catch', 'construct', 'continue', 'default', 'delete', 'do', 'else', 'enum',
        'finally', 'for', 'foreach', 'get', 'if', 'in', 'is', 'lock', 'new', 'out', 'params', 'return', 'set', 'sizeof',
        'switch', 'this', 'throw', 'try', 'typeof', 'while', 'yield',
      ], '', String.raw`\b`), 'Keyword'],
      [words([
        'abstract', 'const', 'delegate', 'dynamic', 'ensures', 'extern', 'inline', 'internal', 'override', 'owned',
        'private', 'protected', 'public', 'ref', 'requires', 'signal', 'static', 'throws', 'unowned', 'var', 'virtual',
        'volatile', 'weak', 'yields',
      ], '', String.raw`\b`), 'Keyword.Declaration'],
      [String.raw`(namespace|using)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'namespace'],
      [String.raw`(class|errordomain|interface|struct)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'class'],
      [String.raw`(\.)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      // void is a keyword; the others come from glib-2.0.vapi
      [words([
        'void', 'bool', 'char', 'double', 'float', 'int', 'int8', 'int16', 'int32', 'int64', 'long', 'short', 'size_t',
        'ssize_t', 'string', 'time_t', 'uchar', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'ulong', 'unichar',
        'ushort',
      ], '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`(true|false|null)\b`, 'Name.Builtin'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    root: [
      include('whitespace'),
      defaultState('statement'),
    ],
    statement: [
      include('whitespace'),
      include('statements'),
      ['[{}]', 'Punctuation'],
      [';', 'Punctuation', '#pop'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'], // all other characters
      [String.raw`\\\n`, 'Literal.String'], // line continuation
      [String.raw`\\`, 'Literal.String'], // stray backslash
    ],
    // `#if 0` ... `#endif`, nested `#if`s counted
    if0: [
      [String.raw`^\s*#if.*?(?<!\\)\n`, 'Comment.Preproc', '#push'],
      [String.raw`^\s*#el(?:se|if).*\n`, 'Comment.Preproc', '#pop'],
      [String.raw`^\s*#endif.*?(?<!\\)\n`, 'Comment.Preproc', '#pop'],
      [String.raw`.*?\n`, 'Comment'],
    ],
    class: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    namespace: [
      [String.raw`[a-zA-Z_][\w.]*`, 'Name.Namespace', '#pop'],
    ],
  },
};
