/**
 * Pygments' RustLexer (pygments/lexers/rust.py, Pygments 2.20), rule for rule: nested block
 * comments, raw strings `r#"..."#`, lifetimes, attributes, number suffixes.
 *
 *     fn f<'a>(x: &'a str)   ->   <k>fn</k><w> </w><nf>f</nf><o><'</o><na>a</na><o>></o><p>(</p><n>x</n><p>:</p>
 *                                  <w> </w><kp>&</kp><o>'</o><na>a</na><w> </w><kt>str</kt><p>)</p>
 */
import { bygroups, defaultState, include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

const KEYWORD_TYPES: Rule = [
  words(['u8', 'u16', 'u32', 'u64', 'u128', 'i8', 'i16', 'i32', 'i64', 'i128', 'usize', 'isize', 'f32', 'f64',
    'char', 'str', 'bool'], '', String.raw`\b`),
  'Keyword.Type',
];

const BUILTIN_FUNCS_TYPES: Rule = [
  words(['Copy', 'Send', 'Sized', 'Sync', 'Unpin', 'Drop', 'Fn', 'FnMut', 'FnOnce', 'drop', 'Box', 'ToOwned',
    'Clone', 'PartialEq', 'PartialOrd', 'Eq', 'Ord', 'AsRef', 'AsMut', 'Into', 'From', 'Default', 'Iterator',
    'Extend', 'IntoIterator', 'DoubleEndedIterator', 'ExactSizeIterator', 'Option', 'Some', 'None', 'Result',
    'Ok', 'Err', 'String', 'ToString', 'Vec'], '', String.raw`\b`),
  'Name.Builtin',
];

const BUILTIN_MACROS: Rule = [
  words(['asm', 'assert', 'assert_eq', 'assert_ne', 'cfg', 'column', 'compile_error', 'concat', 'concat_idents',
    'dbg', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne', 'env', 'eprint', 'eprintln', 'file', 'format',
    'format_args', 'format_args_nl', 'global_asm', 'include', 'include_bytes', 'include_str',
    'is_aarch64_feature_detected', 'is_arm_feature_detected', 'is_mips64_feature_detected',
    'is_mips_feature_detected', 'is_powerpc64_feature_detected', 'is_powerpc_feature_detected',
    'is_x86_feature_detected', 'line', 'llvm_asm', 'log_syntax', 'macro_rules', 'matches', 'module_path',
    'option_env', 'panic', 'print', 'println', 'stringify', 'thread_local', 'todo', 'trace_macros',
    'unimplemented', 'unreachable', 'vec', 'write', 'writeln'], '', '!'),
  'Name.Function.Magic',
];

// A `/* */` comment's body: comments nest, so `/*` pushes and `*/` pops. (A line comment: in a
// JSDoc block the first `*/` above ended the comment and left a stray template literal.)
function nestedComment(type: 'Comment.Multiline' | 'Literal.String.Doc'): Rule[] {
  return [
    ['[^*/]+', type],
    [String.raw`/\*`, type, '#push'],
    [String.raw`\*/`, type, '#pop'],
    ['[*/]', type],
  ];
}

export const rustLexer: LexerDefinition = {
  name: 'Rust',
  aliases: ['rust', 'rs'],
  tokens: {
    root: [
      // A shebang, unless the first line is a crate attribute `#![...]`.
      [String.raw`#![^[\r\n].*$`, 'Comment.Preproc'],
      defaultState('base'),
    ],
    base: [
      // Whitespace and Comments
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//!.*?\n`, 'Literal.String.Doc'],
      [String.raw`///(\n|[^/].*?\n)`, 'Literal.String.Doc'],
      [String.raw`//(.*?)\n`, 'Comment.Single'],
      [String.raw`/\*\*(\n|[^/*])`, 'Literal.String.Doc', 'doccomment'],
      [String.raw`/\*!`, 'Literal.String.Doc', 'doccomment'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      // Macro parameters
      [String.raw`\$([a-zA-Z_]\w*|\(,?|\),?|,?)`, 'Comment.Preproc'],
      // Keywords
      [
        words(['as', 'async', 'await', 'box', 'const', 'crate', 'dyn', 'else', 'extern', 'for', 'if', 'impl', 'in',
          'loop', 'match', 'move', 'mut', 'pub', 'ref', 'return', 'static', 'super', 'trait', 'unsafe', 'use',
          'where', 'while'], '', String.raw`\b`),
        'Keyword',
      ],
      [
        words(['abstract', 'become', 'do', 'final', 'macro', 'override', 'priv', 'typeof', 'try', 'unsized',
          'virtual', 'yield'], '', String.raw`\b`),
        'Keyword.Reserved',
      ],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`self\b`, 'Name.Builtin.Pseudo'],
      [String.raw`mod\b`, 'Keyword', 'modname'],
      [String.raw`let\b`, 'Keyword.Declaration'],
      [String.raw`fn\b`, 'Keyword', 'funcname'],
      [String.raw`(struct|enum|type|union)\b`, 'Keyword', 'typename'],
      [String.raw`(default)(\s+)(type|fn)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      KEYWORD_TYPES,
      [String.raw`[sS]elf\b`, 'Name.Builtin.Pseudo'],
      // Prelude (taken from Rust's src/libstd/prelude.rs)
      BUILTIN_FUNCS_TYPES,
      BUILTIN_MACROS,
      // Path separators, so types don't catch them.
      [String.raw`::\b`, 'Punctuation'],
      // Types in positions.
      ['(?::|->)', 'Punctuation', 'typename'],
      // Labels
      [String.raw`(break|continue)(\b\s*)(\'[A-Za-z_]\w*)?`, bygroups('Keyword', 'Text.Whitespace', 'Name.Label')],
      // Character literals
      [String.raw`'(\\['"\\nrt]|\\x[0-7][0-9a-fA-F]|\\0` + String.raw`|\\u\{[0-9a-fA-F]{1,6}\}|.)'`, 'Literal.String.Char'],
      [String.raw`b'(\\['"\\nrt]|\\x[0-9a-fA-F]{2}|\\0` + String.raw`|\\u\{[0-9a-fA-F]{1,6}\}|.)'`, 'Literal.String.Char'],
      // Binary, octal, hexadecimal and decimal literals
      ['0b[01_]+', 'Literal.Number.Bin', 'number_lit'],
      ['0o[0-7_]+', 'Literal.Number.Oct', 'number_lit'],
      ['0[xX][0-9a-fA-F_]+', 'Literal.Number.Hex', 'number_lit'],
      [
        String.raw`[0-9][0-9_]*(\.[0-9_]+[eE][+\-]?[0-9_]+|` + String.raw`\.[0-9_]*(?!\.)|[eE][+\-]?[0-9_]+)`,
        'Literal.Number.Float',
        'number_lit',
      ],
      ['[0-9][0-9_]*', 'Literal.Number.Integer', 'number_lit'],
      // String literals
      ['b"', 'Literal.String', 'bytestring'],
      ['"', 'Literal.String', 'string'],
      [String.raw`(?s)b?r(#*)".*?"\1`, 'Literal.String'],
      // Lifetime names
      ["'", 'Operator', 'lifetime'],
      // Operators and Punctuation
      [String.raw`\.\.=?`, 'Operator'],
      [String.raw`[{}()\[\],.;]`, 'Punctuation'],
      [String.raw`[+\-*/%&|<>^!~@=:?]`, 'Operator'],
      // Identifiers, raw identifiers
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`r#[a-zA-Z_]\w*`, 'Name'],
      // Attributes
      [String.raw`#!?\[`, 'Comment.Preproc', 'attribute['],
      // Lone hashes: not Rust syntax, but allowed in macro arguments (quote::quote!())
      ['#', 'Punctuation'],
    ],
    comment: nestedComment('Comment.Multiline'),
    doccomment: nestedComment('Literal.String.Doc'),
    modname: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Namespace', '#pop'],
      defaultState('#pop'),
    ],
    funcname: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Function', '#pop'],
      defaultState('#pop'),
    ],
    typename: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['&', 'Keyword.Pseudo'],
      ["'", 'Operator', 'lifetime'],
      BUILTIN_FUNCS_TYPES,
      KEYWORD_TYPES,
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
      defaultState('#pop'),
    ],
    lifetime: [
      ['(static|_)', 'Name.Builtin'],
      [String.raw`[a-zA-Z_]+\w*`, 'Name.Attribute'],
      defaultState('#pop'),
    ],
    number_lit: [
      ['[ui](8|16|32|64|size)', 'Keyword', '#pop'],
      ['f(32|64)', 'Keyword', '#pop'],
      defaultState('#pop'),
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\['"\\nrt]|\\x[0-7][0-9a-fA-F]|\\0` + String.raw`|\\u\{[0-9a-fA-F]{1,6}\}`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
    bytestring: [
      [String.raw`\\x[89a-fA-F][0-9a-fA-F]`, 'Literal.String.Escape'],
      include('string'),
    ],
    attribute_common: [
      ['"', 'Literal.String', 'string'],
      [String.raw`\[`, 'Comment.Preproc', 'attribute['],
    ],
    'attribute[': [
      include('attribute_common'),
      [String.raw`\]`, 'Comment.Preproc', '#pop'],
      [String.raw`[^"\]\[]+`, 'Comment.Preproc'],
    ],
  },
};
