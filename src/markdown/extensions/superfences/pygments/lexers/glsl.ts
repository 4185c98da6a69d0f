/**
 * Pygments' GLShaderLexer (pygments/lexers/graphics.py, Pygments 2.20.0), rule for rule: one
 * state; qualifiers, types and reserved words by list, `gl_` names built in.
 *
 *     uniform vec4 color;   ->   <k>uniform</k><w> </w><kt>vec4</kt><w> </w><n>color</n><p>;</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

export const glslLexer: LexerDefinition = {
  name: 'GLSL',
  aliases: ['glsl'],
  tokens: {
    root: [
      [String.raw`#(?:.*\\\n)*.*$`, 'Comment.Preproc'],
      [String.raw`//.*$`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`\+|-|~|!=?|\*|/|%|<<|>>|<=?|>=?|==?|&&?|\^|\|\|?`, 'Operator'],
      [String.raw`[?:]`, 'Operator'], // quick hack for ternary
      [String.raw`\bdefined\b`, 'Operator'],
      [String.raw`[;{}(),\[\]]`, 'Punctuation'],
      // A float needs its point, exponent or not (Pygments' FIXME).
      [String.raw`[+-]?\d*\.\d+([eE][-+]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+\.\d*([eE][-+]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`0[xX][0-9a-fA-F]*`, 'Literal.Number.Hex'],
      [String.raw`0[0-7]*`, 'Literal.Number.Oct'],
      [String.raw`[1-9][0-9]*`, 'Literal.Number.Integer'],
      [
        words([
          'attribute', 'const', 'uniform', 'varying', 'buffer', 'shared', 'in', 'out', 'layout', 'flat', 'smooth',
          'noperspective', 'centroid', 'sample', 'patch', 'inout', 'lowp', 'mediump', 'highp', 'precision',
          'invariant', 'precise', 'coherent', 'volatile', 'restrict', 'readonly', 'writeonly', 'break', 'continue',
          'do', 'for', 'while', 'switch', 'case', 'default', 'if', 'else', 'subroutine', 'discard', 'return', 'struct',
        ], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['true', 'false'], String.raw`\b`, String.raw`\b`), 'Keyword.Constant'],
      [
        words([
          'void', 'atomic_uint', 'float', 'vec2', 'vec3', 'vec4', 'double', 'dvec2', 'dvec3', 'dvec4', 'int', 'ivec2',
          'ivec3', 'ivec4', 'uint', 'uvec2', 'uvec3', 'uvec4', 'bool', 'bvec2', 'bvec3', 'bvec4', 'mat2', 'mat3',
          'mat4', 'dmat2', 'dmat3', 'dmat4', 'mat2x2', 'mat2x3', 'mat2x4', 'dmat2x2', 'dmat2x3', 'dmat2x4', 'mat3x2',
          'mat3x3', 'mat3x4', 'dmat3x2', 'dmat3x3', 'dmat3x4', 'mat4x2', 'mat4x3', 'mat4x4', 'dmat4x2', 'dmat4x3',
          'dmat4x4', 'sampler1D', 'sampler2D', 'sampler3D', 'samplerCube', 'sampler1DArray', 'sampler2DArray',
          'samplerCubeArray', 'sampler2DRect', 'samplerBuffer', 'sampler2DMS', 'sampler2DMSArray', 'sampler1DShadow',
          'sampler2DShadow', 'samplerCubeShadow', 'sampler1DArrayShadow', 'sampler2DArrayShadow',
          'samplerCubeArrayShadow', 'sampler2DRectShadow', 'isampler1D', 'isampler2D', 'isampler3D', 'isamplerCube',
          'isampler1DArray', 'isampler2DArray', 'isamplerCubeArray', 'isampler2DRect', 'isamplerBuffer',
          'isampler2DMS', 'isampler2DMSArray', 'usampler1D', 'usampler2D', 'usampler3D', 'usamplerCube',
          'usampler1DArray', 'usampler2DArray', 'usamplerCubeArray', 'usampler2DRect', 'usamplerBuffer',
          'usampler2DMS', 'usampler2DMSArray', 'image1D', 'image2D', 'image3D', 'imageCube', 'image1DArray',
          'image2DArray', 'imageCubeArray', 'image2DRect', 'imageBuffer', 'image2DMS', 'image2DMSArray', 'iimage1D',
          'iimage2D', 'iimage3D', 'iimageCube', 'iimage1DArray', 'iimage2DArray', 'iimageCubeArray', 'iimage2DRect',
          'iimageBuffer', 'iimage2DMS', 'iimage2DMSArray', 'uimage1D', 'uimage2D', 'uimage3D', 'uimageCube',
          'uimage1DArray', 'uimage2DArray', 'uimageCubeArray', 'uimage2DRect', 'uimageBuffer', 'uimage2DMS',
          'uimage2DMSArray',
        ], String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [
        words([
          'common', 'partition', 'active', 'asm', 'class', 'union', 'enum', 'typedef', 'template', 'this', 'resource',
          'goto', 'inline', 'noinline', 'public', 'static', 'extern', 'external', 'interface', 'long', 'short', 'half',
          'fixed', 'unsigned', 'superp', 'input', 'output', 'hvec2', 'hvec3', 'hvec4', 'fvec2', 'fvec3', 'fvec4',
          'sampler3DRect', 'filter', 'sizeof', 'cast', 'namespace', 'using',
        ], String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      // All names beginning with `gl_` are reserved.
      [String.raw`gl_\w*`, 'Name.Builtin'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
