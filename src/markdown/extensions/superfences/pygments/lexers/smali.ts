/**
 * Pygments' SmaliLexer (pygments/lexers/dalvik.py, Pygments 2.20.0), rule for rule: Dalvik bytecode
 * as baksmali writes it (directives, registers, labels, type descriptors, instructions).
 *
 *     invoke-virtual {p0}, Lx;->f()V   ->   <nb>invoke-virtual</nb><w> </w><p>{</p><nv>p0</nv>...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const smaliLexer: LexerDefinition = {
  name: 'Smali',
  aliases: ['smali'],
  tokens: {
    root: [
      include('comment'),
      include('label'),
      include('field'),
      include('method'),
      include('class'),
      include('directive'),
      include('access-modifier'),
      include('instruction'),
      include('literal'),
      include('punctuation'),
      include('type'),
      include('whitespace'),
    ],
    directive: [
      [String.raw`^([ \t]*)(\.(?:class|super|implements|field|subannotation|annotation|enum|method|registers|locals|array-data|packed-switch|sparse-switch|catchall|catch|line|parameter|local|prologue|epilogue|source))`, bygroups('Text.Whitespace', 'Keyword')],
      [String.raw`^([ \t]*)(\.end)( )(field|subannotation|annotation|method|array-data|packed-switch|sparse-switch|parameter|local)`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`^([ \t]*)(\.restart)( )(local)`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
    ],
    'access-modifier': [
      ['(public|private|protected|static|final|synchronized|bridge|varargs|native|abstract|strictfp|synthetic|constructor|declared-synchronized|interface|enum|annotation|volatile|transient)', 'Keyword'],
    ],
    whitespace: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    instruction: [
      [String.raw`\b[vp]\d+\b`, 'Name.Builtin'],
      [String.raw`(\b[a-z][A-Za-z0-9/-]+)(\s+)`, bygroups('Text', 'Text.Whitespace')],
    ],
    literal: [
      ['".*"', 'Literal.String'],
      ['0x[0-9A-Fa-f]+t?', 'Literal.Number.Hex'],
      [String.raw`[0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['[0-9]+L?', 'Literal.Number.Integer'],
    ],
    field: [
      [String.raw`(\$?\b)([\w$]*)(:)`, bygroups('Punctuation', 'Name.Variable', 'Punctuation')],
    ],
    method: [
      ['<(?:cl)?init>', 'Name.Function'],
      [String.raw`(\$?\b)([\w$]*)(\()`, bygroups('Punctuation', 'Name.Function', 'Punctuation')],
    ],
    label: [
      [String.raw`:\w+`, 'Name.Label'],
    ],
    class: [
      [String.raw`(L)((?:[\w$]+/)*)([\w$]+)(;)`, bygroups('Keyword.Type', 'Text', 'Name.Class', 'Text')],
    ],
    punctuation: [
      ['->', 'Punctuation'],
      ['[{},():=.-]', 'Punctuation'],
    ],
    type: [
      [String.raw`[ZBSCIJFDV\[]+`, 'Keyword.Type'],
    ],
    comment: [
      [String.raw`#.*?\n`, 'Comment'],
    ],
  },
};
