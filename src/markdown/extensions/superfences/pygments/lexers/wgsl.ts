/**
 * Pygments' WgslLexer (pygments/lexers/wgsl.py, Pygments 2.20.0), rule for rule: WebGPU's shading
 * language, with WGSL's own blankspace and line ends, and `@name` attributes as decorators.
 *
 *     @vertex fn main() -> vec4f   ->   <nd>@</nd><nd>vertex</nd><w> </w><k>fn</k><w> </w><n>main</n><p>(</p><p>)</p>...
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

// WGSL's line ends: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR
const LINE_END_CODE_POINTS = String.raw`\u000a\u000b\u000c\u000d\u0085\u2028\u2029`;
const NOT_LINE_END = `[^${LINE_END_CODE_POINTS}]`;
const LINE_END = `[${LINE_END_CODE_POINTS}]`;
/** ident_pattern_token: Pygments' xid_start table is `_` and XID_Start; xid_continue is XID_Continue. */
const IDENT = String.raw`([_\p{XID_Start}][\p{XID_Continue}]+)|[_\p{XID_Start}]`;

const KEYWORDS = [
  'alias', 'break', 'case', 'const_assert', 'continue', 'continuing', 'default', 'diagnostic', 'discard',
  'else', 'enable', 'false', 'fn', 'for', 'if', 'loop', 'requires', 'return', 'struct', 'switch', 'true',
  'while',
];

const RESERVED = [
  'NULL', 'Self', 'abstract', 'active', 'alignas', 'alignof', 'as', 'asm', 'asm_fragment', 'async',
  'attribute', 'auto', 'await', 'become', 'binding_array', 'cast', 'catch', 'class', 'co_await',
  'co_return', 'co_yield', 'coherent', 'column_major', 'common', 'compile', 'compile_fragment', 'concept',
  'const_cast', 'consteval', 'constexpr', 'constinit', 'crate', 'debugger', 'decltype', 'delete', 'demote',
  'demote_to_helper', 'do', 'dynamic_cast', 'enum', 'explicit', 'export', 'extends', 'extern', 'external',
  'fallthrough', 'filter', 'final', 'finally', 'friend', 'from', 'fxgroup', 'get', 'goto', 'groupshared',
  'highp', 'impl', 'implements', 'import', 'inline', 'instanceof', 'interface', 'layout', 'lowp', 'macro',
  'macro_rules', 'match', 'mediump', 'meta', 'mod', 'module', 'move', 'mut', 'mutable', 'namespace', 'new',
  'nil', 'noexcept', 'noinline', 'nointerpolation', 'noperspective', 'null', 'nullptr', 'of', 'operator',
  'package', 'packoffset', 'partition', 'pass', 'patch', 'pixelfragment', 'precise', 'precision',
  'premerge', 'priv', 'protected', 'pub', 'public', 'readonly', 'ref', 'regardless', 'register',
  'reinterpret_cast', 'require', 'resource', 'restrict', 'self', 'set', 'shared', 'sizeof', 'smooth',
  'snorm', 'static', 'static_assert', 'static_cast', 'std', 'subroutine', 'super', 'target', 'template',
  'this', 'thread_local', 'throw', 'trait', 'try', 'type', 'typedef', 'typeid', 'typename', 'typeof',
  'union', 'unless', 'unorm', 'unsafe', 'unsized', 'use', 'using', 'varying', 'virtual', 'volatile', 'wgsl',
  'where', 'with', 'writeonly', 'yield',
];

const ENUMS = [
  'read', 'write', 'read_write', 'function', 'private', 'workgroup', 'uniform', 'storage', 'perspective',
  'linear', 'flat', 'center', 'centroid', 'sample', 'vertex_index', 'instance_index', 'position',
  'front_facing', 'frag_depth', 'local_invocation_id', 'local_invocation_index', 'global_invocation_id',
  'workgroup_id', 'num_workgroups', 'sample_index', 'sample_mask', 'rgba8unorm', 'rgba8snorm', 'rgba8uint',
  'rgba8sint', 'rgba16uint', 'rgba16sint', 'rgba16float', 'r32uint', 'r32sint', 'r32float', 'rg32uint',
  'rg32sint', 'rg32float', 'rgba32uint', 'rgba32sint', 'rgba32float', 'bgra8unorm',
];

const TYPES = [
  'bool', 'f16', 'f32', 'i32', 'sampler', 'sampler_comparison', 'texture_depth_2d',
  'texture_depth_2d_array', 'texture_depth_cube', 'texture_depth_cube_array',
  'texture_depth_multisampled_2d', 'texture_external', 'texture_external', 'u32',
];

const TYPE_GENERATORS = [
  'array', 'atomic', 'mat2x2', 'mat2x3', 'mat2x4', 'mat3x2', 'mat3x3', 'mat3x4', 'mat4x2', 'mat4x3',
  'mat4x4', 'ptr', 'texture_1d', 'texture_2d', 'texture_2d_array', 'texture_3d', 'texture_cube',
  'texture_cube_array', 'texture_multisampled_2d', 'texture_storage_1d', 'texture_storage_2d',
  'texture_storage_2d_array', 'texture_storage_3d', 'vec2', 'vec3', 'vec4',
];

const VECTOR_ALIASES = [
  'vec2i', 'vec3i', 'vec4i', 'vec2u', 'vec3u', 'vec4u', 'vec2f', 'vec3f', 'vec4f', 'vec2h', 'vec3h',
  'vec4h',
];

const MATRIX_ALIASES = [
  'mat2x2f', 'mat2x3f', 'mat2x4f', 'mat3x2f', 'mat3x3f', 'mat3x4f', 'mat4x2f', 'mat4x3f', 'mat4x4f',
  'mat2x2h', 'mat2x3h', 'mat2x4h', 'mat3x2h', 'mat3x3h', 'mat3x4h', 'mat4x2h', 'mat4x3h', 'mat4x4h',
];

export const wgslLexer: LexerDefinition = {
  name: 'WebGPU Shading Language',
  aliases: ['wgsl'],
  tokens: {
    blankspace: [
      [String.raw`[\u0020\u0009\u000a\u000b\u000c\u000d\u0085\u200e\u200f\u2028\u2029]+`, 'Text.Whitespace'],
    ],
    comments: [
      // a CR LF pair first, so that both end the comment
      [`//${NOT_LINE_END}*\\u000d\\u000a`, 'Comment.Single'],
      [`//${NOT_LINE_END}*${LINE_END}`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'block_comment'],
    ],
    attribute: [
      include('blankspace'),
      include('comments'),
      [IDENT, 'Name.Decorator', '#pop'],
      defaultState('#pop'),
    ],
    root: [
      include('blankspace'),
      include('comments'),
      // the `@` and the attribute's name are both a decorator
      ['@', 'Name.Decorator', 'attribute'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [words(['var', 'let', 'const', 'override'], '', String.raw`\b`), 'Keyword.Declaration'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      [words(ENUMS, '', String.raw`\b`), 'Name.Builtin'],
      [words(TYPES, '', String.raw`\b`), 'Name.Builtin'],
      [words(TYPE_GENERATORS, '', String.raw`\b`), 'Name.Builtin'],
      [words(VECTOR_ALIASES, '', String.raw`\b`), 'Name.Builtin'],
      [words(MATRIX_ALIASES, '', String.raw`\b`), 'Name.Builtin'],
      // decimal floats: 0 or another integer with a type suffix, a point, or an exponent
      ['0[fh]', 'Literal.Number.Float'],
      ['[1-9][0-9]*[fh]', 'Literal.Number.Float'],
      [String.raw`[0-9]*\.[0-9]+([eE][+-]?[0-9]+)?[fh]?`, 'Literal.Number.Float'],
      [String.raw`[0-9]+\.[0-9]*([eE][+-]?[0-9]+)?[fh]?`, 'Literal.Number.Float'],
      ['[0-9]+[eE][+-]?[0-9]+[fh]?', 'Literal.Number.Float'],
      // hex floats
      [String.raw`0[xX][0-9a-fA-F]*\.[0-9a-fA-F]+([pP][+-]?[0-9]+[fh]?)?`, 'Literal.Number.Float'],
      [String.raw`0[xX][0-9a-fA-F]+\.[0-9a-fA-F]*([pP][+-]?[0-9]+[fh]?)?`, 'Literal.Number.Float'],
      ['0[xX][0-9a-fA-F]+[pP][+-]?[0-9]+[fh]?', 'Literal.Number.Float'],
      ['0[xX][0-9a-fA-F]+[iu]?', 'Literal.Number.Hex'],
      // two rules, as `01` is no integer: the lone 0 last
      ['[1-9][0-9]*[iu]?', 'Literal.Number.Integer'],
      ['0[iu]?', 'Literal.Number.Integer'],
      [String.raw`[{}()\[\],\.;:]`, 'Punctuation'],
      ['->', 'Punctuation'], // the return type's arrow
      [String.raw`[+\-*/%&|<>^!~=]`, 'Operator'],
      [IDENT, 'Name'],
    ],
    // block comments nest
    block_comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};
