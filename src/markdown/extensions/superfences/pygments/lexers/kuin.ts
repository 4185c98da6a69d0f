/**
 * Pygments' KuinLexer (pygments/lexers/kuin.py, Pygments 2.20.0), rule for rule.
 * Kuin: block statements (`func`, `if`, `while`, ...) open and close states, so their
 *  * `end` keywords are told apart.
 *
 *     func main()   ->   <k>func</k><w> </w><nf>main</nf><p>(</p><p>)</p>
 */
import { bygroups, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const IFDEF_CONSTANT = [
  'rls', 'dbg',
];
const IF_KEYWORD = [
  'elif', 'else',
];
const SWITCH_KEYWORD = [
  'case', 'default', 'to',
];
const TRY_KEYWORD = [
  'catch', 'finally', 'to',
];
const EXPR_CONSTANT = [
  'true', 'false', 'null', 'inf',
];
const EXPR_KEYWORD = [
  'm', 'e',
];
const EXPR_TYPE = [
  'bit16', 'bit32', 'bit64', 'bit8', 'bool', 'char', 'class', 'dict', 'enum', 'float', 'func', 'int', 'list',
  'queue', 'stack',
];

export const kuinLexer: LexerDefinition = {
  name: 'Kuin',
  aliases: ['kuin'],
  tokens: {
    root: [
      include('statement'),
    ],
    statement: [
      include('whitespace'),
      [String.raw`(\+?)([ \t]*)(\*?)([ \t]*)(\bfunc)([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword', usingThis(), 'Name.Function'), 'func_'],
      [String.raw`\b(class)([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*)`, bygroups('Keyword', usingThis(), 'Name.Class'), 'class_'],
      [String.raw`\b(enum)([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*)`, bygroups('Keyword', usingThis(), 'Name.Constant'), 'enum_'],
      [String.raw`\b(block)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'block_'],
      [String.raw`\b(ifdef)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'ifdef_'],
      [String.raw`\b(if)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'if_'],
      [String.raw`\b(switch)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'switch_'],
      [String.raw`\b(while)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'while_'],
      [String.raw`\b(for)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'for_'],
      [String.raw`\b(foreach)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'foreach_'],
      [String.raw`\b(try)\b(?:([ \t]+(?:\n\s*\|)*[ \t]*)([a-zA-Z_][0-9a-zA-Z_]*))?`, bygroups('Keyword', usingThis(), 'Name.Other'), 'try_'],
      [String.raw`\b(do)\b`, 'Keyword', 'do'],
      [String.raw`(\+?[ \t]*\bvar)\b`, 'Keyword', 'var'],
      [String.raw`\b(const)\b`, 'Keyword', 'const'],
      [String.raw`\b(ret)\b`, 'Keyword', 'ret'],
      [String.raw`\b(throw)\b`, 'Keyword', 'throw'],
      [String.raw`\b(alias)\b`, 'Keyword', 'alias'],
      [String.raw`\b(assert)\b`, 'Keyword', 'assert'],
      [String.raw`\|`, 'Text', 'continued_line'],
      [String.raw`[ \t]*\n`, 'Text.Whitespace'],
    ],
    whitespace: [
      [String.raw`^([ \t]*)(;.*)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`[ \t]+(?![; \t])`, 'Text.Whitespace'],
      [String.raw`\{`, 'Comment.Multiline', 'multiline_comment'],
    ],
    multiline_comment: [
      [String.raw`\{`, 'Comment.Multiline', 'multiline_comment'],
      [String.raw`(?:\s*;.*|[^{}\n]+)`, 'Comment.Multiline'],
      [String.raw`\n`, 'Comment.Multiline'],
      [String.raw`\}`, 'Comment.Multiline', '#pop'],
    ],
    func_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'func'],
    ],
    func: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(func)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      include('statement'),
    ],
    class_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'class'],
    ],
    class: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(class)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      include('statement'),
    ],
    enum_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'enum'],
    ],
    enum: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(enum)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    block_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'block'],
    ],
    block: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(block)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    ifdef_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'ifdef'],
    ],
    ifdef: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(ifdef)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      [words(IFDEF_CONSTANT, String.raw`\b`, String.raw`\b`), 'Keyword.Constant', 'ifdef_sp'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    ifdef_sp: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    if_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'if'],
    ],
    if: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(if)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      [words(IF_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword', 'if_sp'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    if_sp: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    switch_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'switch'],
    ],
    switch: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(switch)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      [words(SWITCH_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword', 'switch_sp'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    switch_sp: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    while_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'while'],
    ],
    while: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(while)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    for_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'for'],
    ],
    for: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(for)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    foreach_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'foreach'],
    ],
    foreach: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(foreach)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    try_: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', 'try'],
    ],
    try: [
      [String.raw`\b(end)([ \t]+(?:\n\s*\|)*[ \t]*)(try)\b`, bygroups('Keyword', usingThis(), 'Keyword'), '#pop:2'],
      [words(TRY_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword', 'try_sp'],
      include('statement'),
      include('break'),
      include('skip'),
    ],
    try_sp: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    break: [
      [String.raw`\b(break)\b([ \t]+)([a-zA-Z_][0-9a-zA-Z_]*)`, bygroups('Keyword', usingThis(), 'Name.Other')],
    ],
    skip: [
      [String.raw`\b(skip)\b([ \t]+)([a-zA-Z_][0-9a-zA-Z_]*)`, bygroups('Keyword', usingThis(), 'Name.Other')],
    ],
    alias: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    assert: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    const: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    do: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    ret: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    throw: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    var: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    continued_line: [
      include('expr'),
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    expr: [
      include('whitespace'),
      [String.raw`\(`, 'Punctuation'],
      [String.raw`\)`, 'Punctuation'],
      [String.raw`\[`, 'Punctuation'],
      [String.raw`\]`, 'Punctuation'],
      [',', 'Punctuation'],
      [words(EXPR_CONSTANT, String.raw`\b`, String.raw`\b`), 'Keyword.Constant'],
      [words(EXPR_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(EXPR_TYPE, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [String.raw`\b[0-9]\.[0-9]+(?!\.)(:?e[\+-][0-9]+)?\b`, 'Literal.Number.Float'],
      [String.raw`\b2#[01]+(?:b(?:8|16|32|64))?\b`, 'Literal.Number.Bin'],
      [String.raw`\b8#[0-7]+(?:b(?:8|16|32|64))?\b`, 'Literal.Number.Oct'],
      [String.raw`\b16#[0-9A-F]+(?:b(?:8|16|32|64))?\b`, 'Literal.Number.Hex'],
      [String.raw`\b[0-9]+(?:b(?:8|16|32|64))?\b`, 'Literal.Number.Decimal'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`'(?:\\.|.)+?'`, 'Literal.String.Char'],
      [String.raw`(?:\.|\$(?:>|<)?)`, 'Operator'],
      [String.raw`(?:\^)`, 'Operator'],
      [String.raw`(?:\+|-|!|##?)`, 'Operator'],
      [String.raw`(?:\*|/|%)`, 'Operator'],
      ['(?:~)', 'Operator'],
      [String.raw`(?:(?:=|<>)(?:&|\$)?|<=?|>=?)`, 'Operator'],
      ['(?:&)', 'Operator'],
      [String.raw`(?:\|)`, 'Operator'],
      [String.raw`(?:\?)`, 'Operator'],
      [String.raw`(?::(?::|\+|-|\*|/|%|\^|~)?)`, 'Operator'],
      [String.raw`\b([a-zA-Z_][0-9a-zA-Z_]*)(?=@)\b`, 'Name'],
      [String.raw`(@)?\b([a-zA-Z_][0-9a-zA-Z_]*)\b`, bygroups('Name.Other', 'Name.Variable')],
    ],
    string: [
      [String.raw`(?:\\[^{\n]|[^"\\])+`, 'Literal.String.Double'],
      [String.raw`\\\{`, 'Literal.String.Double', 'toStrInString'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    toStrInString: [
      include('expr'),
      [String.raw`\}`, 'Literal.String.Double', '#pop'],
    ],
  },
};
