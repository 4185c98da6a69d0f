/**
 * Pygments' HLSLShaderLexer (pygments/lexers/graphics.py, Pygments 2.20.0), rule for rule: GLSL's
 * shape plus strings, vector and matrix type suffixes (`float4x4`), intrinsics, and semantics and
 * attributes as decorators.
 *
 *     float4 main() : SV_Target   ->   <kt>float4</kt><w> </w><n>main</n><p>()</p><w> </w><o>:</o><w> </w><nd>SV_Target</nd>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

export const hlslLexer: LexerDefinition = {
  name: 'HLSL',
  aliases: ['hlsl'],
  tokens: {
    root: [
      [String.raw`#(?:.*\\\n)*.*$`, 'Comment.Preproc'],
      [String.raw`//.*$`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`\+|-|~|!=?|\*|/|%|<<|>>|<=?|>=?|==?|&&?|\^|\|\|?`, 'Operator'],
      [String.raw`[?:]`, 'Operator'], // quick hack for ternary
      [String.raw`\bdefined\b`, 'Operator'],
      [String.raw`[;{}(),.\[\]]`, 'Punctuation'],
      // A float needs its point, exponent or not (Pygments' FIXME).
      [String.raw`[+-]?\d*\.\d+([eE][-+]?\d+)?f?`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+\.\d*([eE][-+]?\d+)?f?`, 'Literal.Number.Float'],
      [String.raw`0[xX][0-9a-fA-F]*`, 'Literal.Number.Hex'],
      [String.raw`0[0-7]*`, 'Literal.Number.Oct'],
      [String.raw`[1-9][0-9]*`, 'Literal.Number.Integer'],
      [String.raw`"`, 'Literal.String', 'string'],
      [
        words([
          'asm', 'asm_fragment', 'break', 'case', 'cbuffer', 'centroid', 'class', 'column_major', 'compile',
          'compile_fragment', 'const', 'continue', 'default', 'discard', 'do', 'else', 'export', 'extern', 'for',
          'fxgroup', 'globallycoherent', 'groupshared', 'if', 'in', 'inline', 'inout', 'interface', 'line', 'lineadj',
          'linear', 'namespace', 'nointerpolation', 'noperspective', 'NULL', 'out', 'packoffset', 'pass',
          'pixelfragment', 'point', 'precise', 'return', 'register', 'row_major', 'sample', 'sampler', 'shared',
          'stateblock', 'stateblock_state', 'static', 'struct', 'switch', 'tbuffer', 'technique', 'technique10',
          'technique11', 'texture', 'typedef', 'triangle', 'triangleadj', 'uniform', 'vertexfragment', 'volatile',
          'while',
        ], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['true', 'false'], String.raw`\b`, String.raw`\b`), 'Keyword.Constant'],
      [
        words([
          'auto', 'catch', 'char', 'const_cast', 'delete', 'dynamic_cast', 'enum', 'explicit', 'friend', 'goto',
          'long', 'mutable', 'new', 'operator', 'private', 'protected', 'public', 'reinterpret_cast', 'short',
          'signed', 'sizeof', 'static_cast', 'template', 'this', 'throw', 'try', 'typename', 'union', 'unsigned',
          'using', 'virtual',
        ], String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [
        words([
          'dword', 'matrix', 'snorm', 'string', 'unorm', 'unsigned', 'void', 'vector', 'BlendState', 'Buffer',
          'ByteAddressBuffer', 'ComputeShader', 'DepthStencilState', 'DepthStencilView', 'DomainShader',
          'GeometryShader', 'HullShader', 'InputPatch', 'LineStream', 'OutputPatch', 'PixelShader', 'PointStream',
          'RasterizerState', 'RenderTargetView', 'RasterizerOrderedBuffer', 'RasterizerOrderedByteAddressBuffer',
          'RasterizerOrderedStructuredBuffer', 'RasterizerOrderedTexture1D', 'RasterizerOrderedTexture1DArray',
          'RasterizerOrderedTexture2D', 'RasterizerOrderedTexture2DArray', 'RasterizerOrderedTexture3D', 'RWBuffer',
          'RWByteAddressBuffer', 'RWStructuredBuffer', 'RWTexture1D', 'RWTexture1DArray', 'RWTexture2D',
          'RWTexture2DArray', 'RWTexture3D', 'SamplerState', 'SamplerComparisonState', 'StructuredBuffer', 'Texture1D',
          'Texture1DArray', 'Texture2D', 'Texture2DArray', 'Texture2DMS', 'Texture2DMSArray', 'Texture3D',
          'TextureCube', 'TextureCubeArray', 'TriangleStream', 'VertexShader',
        ], String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [
        words([
          'bool', 'double', 'float', 'int', 'half', 'min16float', 'min10float', 'min16int', 'min12int', 'min16uint',
          'uint',
        ], String.raw`\b`, String.raw`([1-4](x[1-4])?)?\b`), 'Keyword.Type'], // vector and matrix types
      [
        words([
          'abort', 'abs', 'acos', 'all', 'AllMemoryBarrier', 'AllMemoryBarrierWithGroupSync', 'any',
          'AppendStructuredBuffer', 'asdouble', 'asfloat', 'asin', 'asint', 'asuint', 'asuint', 'atan', 'atan2',
          'ceil', 'CheckAccessFullyMapped', 'clamp', 'clip', 'CompileShader', 'ConsumeStructuredBuffer', 'cos', 'cosh',
          'countbits', 'cross', 'D3DCOLORtoUBYTE4', 'ddx', 'ddx_coarse', 'ddx_fine', 'ddy', 'ddy_coarse', 'ddy_fine',
          'degrees', 'determinant', 'DeviceMemoryBarrier', 'DeviceMemoryBarrierWithGroupSync', 'distance', 'dot',
          'dst', 'errorf', 'EvaluateAttributeAtCentroid', 'EvaluateAttributeAtSample', 'EvaluateAttributeSnapped',
          'exp', 'exp2', 'f16tof32', 'f32tof16', 'faceforward', 'firstbithigh', 'firstbitlow', 'floor', 'fma', 'fmod',
          'frac', 'frexp', 'fwidth', 'GetRenderTargetSampleCount', 'GetRenderTargetSamplePosition',
          'GlobalOrderedCountIncrement', 'GroupMemoryBarrier', 'GroupMemoryBarrierWithGroupSync', 'InterlockedAdd',
          'InterlockedAnd', 'InterlockedCompareExchange', 'InterlockedCompareStore', 'InterlockedExchange',
          'InterlockedMax', 'InterlockedMin', 'InterlockedOr', 'InterlockedXor', 'isfinite', 'isinf', 'isnan', 'ldexp',
          'length', 'lerp', 'lit', 'log', 'log10', 'log2', 'mad', 'max', 'min', 'modf', 'msad4', 'mul', 'noise',
          'normalize', 'pow', 'printf', 'Process2DQuadTessFactorsAvg', 'Process2DQuadTessFactorsMax',
          'Process2DQuadTessFactorsMin', 'ProcessIsolineTessFactors', 'ProcessQuadTessFactorsAvg',
          'ProcessQuadTessFactorsMax', 'ProcessQuadTessFactorsMin', 'ProcessTriTessFactorsAvg',
          'ProcessTriTessFactorsMax', 'ProcessTriTessFactorsMin', 'QuadReadLaneAt', 'QuadSwapX', 'QuadSwapY',
          'radians', 'rcp', 'reflect', 'refract', 'reversebits', 'round', 'rsqrt', 'saturate', 'sign', 'sin', 'sincos',
          'sinh', 'smoothstep', 'sqrt', 'step', 'tan', 'tanh', 'tex1D', 'tex1D', 'tex1Dbias', 'tex1Dgrad', 'tex1Dlod',
          'tex1Dproj', 'tex2D', 'tex2D', 'tex2Dbias', 'tex2Dgrad', 'tex2Dlod', 'tex2Dproj', 'tex3D', 'tex3D',
          'tex3Dbias', 'tex3Dgrad', 'tex3Dlod', 'tex3Dproj', 'texCUBE', 'texCUBE', 'texCUBEbias', 'texCUBEgrad',
          'texCUBElod', 'texCUBEproj', 'transpose', 'trunc', 'WaveAllBitAnd', 'WaveAllMax', 'WaveAllMin',
          'WaveAllBitOr', 'WaveAllBitXor', 'WaveAllEqual', 'WaveAllProduct', 'WaveAllSum', 'WaveAllTrue',
          'WaveAnyTrue', 'WaveBallot', 'WaveGetLaneCount', 'WaveGetLaneIndex', 'WaveGetOrderedIndex',
          'WaveIsHelperLane', 'WaveOnce', 'WavePrefixProduct', 'WavePrefixSum', 'WaveReadFirstLane', 'WaveReadLaneAt',
        ], String.raw`\b`, String.raw`\b`), 'Name.Builtin'], // intrinsic functions
      [
        words([
          'SV_ClipDistance', 'SV_ClipDistance0', 'SV_ClipDistance1', 'SV_Culldistance', 'SV_CullDistance0',
          'SV_CullDistance1', 'SV_Coverage', 'SV_Depth', 'SV_DepthGreaterEqual', 'SV_DepthLessEqual',
          'SV_DispatchThreadID', 'SV_DomainLocation', 'SV_GroupID', 'SV_GroupIndex', 'SV_GroupThreadID',
          'SV_GSInstanceID', 'SV_InnerCoverage', 'SV_InsideTessFactor', 'SV_InstanceID', 'SV_IsFrontFace',
          'SV_OutputControlPointID', 'SV_Position', 'SV_PrimitiveID', 'SV_RenderTargetArrayIndex', 'SV_SampleIndex',
          'SV_StencilRef', 'SV_TessFactor', 'SV_VertexID', 'SV_ViewportArrayIndex',
        ], String.raw`\b`, String.raw`\b`), 'Name.Decorator'],
      [String.raw`\bSV_Target[0-7]?\b`, 'Name.Decorator'], // system-value semantics
      [
        words([
          'allow_uav_condition', 'branch', 'call', 'domain', 'earlydepthstencil', 'fastopt', 'flatten', 'forcecase',
          'instance', 'loop', 'maxtessfactor', 'numthreads', 'outputcontrolpoints', 'outputtopology', 'partitioning',
          'patchconstantfunc', 'unroll',
        ], String.raw`\b`, String.raw`\b`), 'Name.Decorator'], // attributes
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`\\$`, 'Comment.Preproc'], // a backslash at the end of a line: usually a macro continuation
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    string: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
  },
};
