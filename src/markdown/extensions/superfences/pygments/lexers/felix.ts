/**
 * Pygments' FelixLexer (pygments/lexers/felix.py, Pygments 2.20.0), rule for rule.
 * Felix: ML-like declarations, C++ embedding, `#` preprocessor lines.
 *
 *     fun f(x:int) => x + 1;   ->   <k>fun</k><w> </w><nf>f</nf><p>(</p><n>x</n><p>:</p><kt>int</kt><p>)</p><w> </w><o>=...
 */
import { bygroups, combined, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'axiom', 'ctor', 'fun', 'gen', 'proc', 'reduce', 'union',
];
const ROOT_KEYWORD_2 = [
  'class', 'cclass', 'cstruct', 'obj', 'struct',
];
const ROOT_KEYWORD_3 = [
  '_', '_deref', 'all', 'as', 'assert', 'attempt', 'call', 'callback', 'case', 'caseno', 'cclass', 'code',
  'compound', 'ctypes', 'do', 'done', 'downto', 'elif', 'else', 'endattempt', 'endcase', 'endif', 'endmatch', 'enum',
  'except', 'exceptions', 'expect', 'finally', 'for', 'forall', 'forget', 'fork', 'functor', 'goto', 'ident', 'if',
  'incomplete', 'inherit', 'instance', 'interface', 'jump', 'lambda', 'loop', 'match', 'module', 'namespace', 'new',
  'noexpand', 'nonterm', 'obj', 'of', 'open', 'parse', 'raise', 'regexp', 'reglex', 'regmatch', 'rename', 'return',
  'the', 'then', 'to', 'type', 'typecase', 'typedef', 'typematch', 'typeof', 'upto', 'when', 'whilst', 'with',
  'yield',
];
const ROOT_DECORATOR = [
  '_gc_pointer', '_gc_type', 'body', 'comment', 'const', 'export', 'header', 'inline', 'lval', 'macro', 'noinline',
  'noreturn', 'package', 'private', 'pod', 'property', 'public', 'publish', 'requires', 'todo', 'virtual', 'use',
];
const ROOT_DECLARATION = [
  'def', 'let', 'ref', 'val', 'var',
];
const ROOT_TYPE = [
  'unit', 'void', 'any', 'bool', 'byte', 'offset', 'address', 'caddress', 'cvaddress', 'vaddress', 'tiny', 'short',
  'int', 'long', 'vlong', 'utiny', 'ushort', 'vshort', 'uint', 'ulong', 'uvlong', 'int8', 'int16', 'int32', 'int64',
  'uint8', 'uint16', 'uint32', 'uint64', 'float', 'double', 'ldouble', 'complex', 'dcomplex', 'lcomplex',
  'imaginary', 'dimaginary', 'limaginary', 'char', 'wchar', 'uchar', 'charp', 'charcp', 'ucharp', 'ucharcp',
  'string', 'wstring', 'ustring', 'cont', 'array', 'varray', 'list', 'lvalue', 'opt', 'slice',
];
const ROOT_CONSTANT = [
  'false', 'true',
];

export const felixLexer: LexerDefinition = {
  name: 'Felix',
  aliases: ['felix', 'flx'],
  tokens: {
    root: [
      include('whitespace'),
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword', 'funcname'],
      [words(ROOT_KEYWORD_2, '', String.raw`\b`), 'Keyword', 'classname'],
      [String.raw`(instance|module|typeclass)\b`, 'Keyword', 'modulename'],
      [words(ROOT_KEYWORD_3, '', String.raw`\b`), 'Keyword'],
      [words(ROOT_DECORATOR, '', String.raw`\b`), 'Name.Decorator'],
      [words(ROOT_DECLARATION, '', String.raw`\b`), 'Keyword.Declaration'],
      [words(ROOT_TYPE, '', String.raw`\b`), 'Keyword.Type'],
      [words(ROOT_CONSTANT, '', String.raw`\b`), 'Keyword.Constant'],
      include('operators'),
      [String.raw`0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[lLfFdD]?`, 'Literal.Number.Float'],
      [String.raw`[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[lLfFdD]?`, 'Literal.Number.Float'],
      [String.raw`\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[lLfFdD]?`, 'Literal.Number.Float'],
      ['0[Bb][01_]+([tTsSiIlLvV]|ll|LL|([iIuU])(8|16|32|64))?', 'Literal.Number.Bin'],
      ['0[0-7_]+([tTsSiIlLvV]|ll|LL|([iIuU])(8|16|32|64))?', 'Literal.Number.Oct'],
      ['0[xX][0-9a-fA-F_]+([tTsSiIlLvV]|ll|LL|([iIuU])(8|16|32|64))?', 'Literal.Number.Hex'],
      ['(0|[1-9][0-9_]*)([tTsSiIlLvV]|ll|LL|([iIuU])(8|16|32|64))?', 'Literal.Number.Integer'],
      ['([rR][cC]?|[cC][rR])"""', 'Literal.String', 'tdqs'],
      [String.raw`([rR][cC]?|[cC][rR])'''`, 'Literal.String', 'tsqs'],
      ['([rR][cC]?|[cC][rR])"', 'Literal.String', 'dqs'],
      [String.raw`([rR][cC]?|[cC][rR])'`, 'Literal.String', 'sqs'],
      ['[cCfFqQwWuU]?"""', 'Literal.String', combined('stringescape', 'tdqs')],
      [String.raw`[cCfFqQwWuU]?'''`, 'Literal.String', combined('stringescape', 'tsqs')],
      ['[cCfFqQwWuU]?"', 'Literal.String', combined('stringescape', 'dqs')],
      [String.raw`[cCfFqQwWuU]?'`, 'Literal.String', combined('stringescape', 'sqs')],
      [String.raw`[\[\]{}:(),;?]`, 'Punctuation'],
      [String.raw`[a-zA-Z_]\w*:>`, 'Name.Label'],
      [String.raw`(_svc|while)\b`, 'Name.Builtin'],
      [String.raw`(root|self|this)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      include('comment'),
      [String.raw`(#)(\s*)(if)(\s+)(0)`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Comment.Preproc', 'Text.Whitespace', 'Comment.Preproc'), 'if0'],
      ['#', 'Comment.Preproc', 'macro'],
    ],
    operators: [
      [String.raw`(and|not|in|is|isin|or|xor)\b`, 'Operator.Word'],
      [String.raw`!=|==|<<|>>|\|\||&&|[-~+/*%=<>&^|.$]`, 'Operator'],
    ],
    comment: [
      ['//(.*?)$', 'Comment.Single'],
      ['/[*]', 'Comment.Multiline', 'comment2'],
    ],
    comment2: [
      ['[^/*]', 'Comment.Multiline'],
      ['/[*]', 'Comment.Multiline', '#push'],
      ['[*]/', 'Comment.Multiline', '#pop'],
      ['[/*]', 'Comment.Multiline'],
    ],
    if0: [
      [String.raw`^(\s*)(#if.*?(?<!\\))(\n)`, bygroups('Text.Whitespace', 'Comment', 'Text.Whitespace'), '#push'],
      [String.raw`^(\s*)(#endif.*?(?<!\\))(\n)`, bygroups('Text.Whitespace', 'Comment', 'Text.Whitespace'), '#pop'],
      [String.raw`(.*?)(\n)`, bygroups('Comment', 'Text.Whitespace')],
    ],
    macro: [
      include('comment'),
      [String.raw`(import|include)(\s+)(<[^>]*?>)`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Literal.String'), '#pop'],
      [String.raw`(import|include)(\s+)("[^"]*?")`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Literal.String'), '#pop'],
      [String.raw`(import|include)(\s+)('[^']*?')`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Literal.String'), '#pop'],
      [String.raw`[^/\n]+`, 'Comment.Preproc'],
      ['/', 'Comment.Preproc'],
      [String.raw`(?<=\\)\n`, 'Comment.Preproc'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    funcname: [
      include('whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Function', '#pop'],
      [String.raw`(?=\()`, 'Text', '#pop'],
    ],
    classname: [
      include('whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
      [String.raw`(?=\{)`, 'Text', '#pop'],
    ],
    modulename: [
      include('whitespace'),
      [String.raw`\[`, 'Punctuation', ['modulename2', 'tvarlist']],
      defaultState('modulename2'),
    ],
    modulename2: [
      include('whitespace'),
      [String.raw`([a-zA-Z_]\w*)`, 'Name.Namespace', '#pop:2'],
    ],
    tvarlist: [
      include('whitespace'),
      include('operators'),
      [String.raw`\[`, 'Punctuation', '#push'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
      [String.raw`(with|where)\b`, 'Keyword'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    stringescape: [
      [String.raw`\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    strings: [
      [String.raw`%(\([a-zA-Z0-9]+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]`, 'Literal.String.Interpol'],
      [String.raw`[^\\\'"%\n]+`, 'Literal.String'],
      [String.raw`[\'"\\]`, 'Literal.String'],
      ['%', 'Literal.String'],
    ],
    nl: [
      [String.raw`\n`, 'Literal.String'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'],
      include('strings'),
    ],
    sqs: [
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'],
      include('strings'),
    ],
    tdqs: [
      ['"""', 'Literal.String', '#pop'],
      include('strings'),
      include('nl'),
    ],
    tsqs: [
      [String.raw`'''`, 'Literal.String', '#pop'],
      include('strings'),
      include('nl'),
    ],
  },
};
