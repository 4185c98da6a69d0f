/**
 * Pygments' CudaLexer (pygments/lexers/c_like.py, Pygments 2.20.0): CLexer's rules, then a pass
 * that retypes the `Name` tokens CUDA gives a meaning to (qualifiers, vector types, built-in
 * variables and functions).
 *
 *     __global__ void k(float4 v)   ->   <kr>__global__</kr><w> </w><kt>void</kt><w> </w><nf>k</nf><p>(</p><kt>float4</kt><w> </w><n>v</n><p>)</p>
 */
import type { LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { cLexer } from './c.ts';

const FUNCTION_QUALIFIERS = new Set(['__device__', '__global__', '__host__', '__noinline__', '__forceinline__']);
const VARIABLE_QUALIFIERS = new Set(['__device__', '__constant__', '__shared__', '__restrict__']);
const VECTOR_TYPES = new Set([
  'char1', 'uchar1', 'char2', 'uchar2', 'char3', 'uchar3', 'char4', 'uchar4', 'short1', 'ushort1', 'short2', 'ushort2',
  'short3', 'ushort3', 'short4', 'ushort4', 'int1', 'uint1', 'int2', 'uint2', 'int3', 'uint3', 'int4', 'uint4', 'long1',
  'ulong1', 'long2', 'ulong2', 'long3', 'ulong3', 'long4', 'ulong4', 'longlong1', 'ulonglong1', 'longlong2',
  'ulonglong2', 'float1', 'float2', 'float3', 'float4', 'double1', 'double2', 'dim3',
]);
const VARIABLES = new Set(['gridDim', 'blockIdx', 'blockDim', 'threadIdx', 'warpSize']);
const FUNCTIONS = new Set([
  '__threadfence_block', '__threadfence', '__threadfence_system', '__syncthreads', '__syncthreads_count',
  '__syncthreads_and', '__syncthreads_or',
]);

/** The type a C `Name` gets in CUDA, checked in Pygments' order (`__device__` is a variable qualifier first). */
function cudaType(value: string): TokenType {
  if (VARIABLE_QUALIFIERS.has(value) || VECTOR_TYPES.has(value)) return 'Keyword.Type';
  if (VARIABLES.has(value)) return 'Name.Builtin';
  // Pygments also lists `<<<` and `>>>` (Keyword.Pseudo), which C never lexes as one Name.
  if (FUNCTION_QUALIFIERS.has(value)) return 'Keyword.Reserved';
  if (FUNCTIONS.has(value)) return 'Name.Function';
  return 'Name';
}

export const cudaLexer: LexerFactory = {
  name: 'CUDA',
  aliases: ['cuda', 'cu'],
  create(byName) {
    // CLexer with its own type pass; `using(this)` parts come out of it and are retyped here too,
    // which is what Pygments' subclass override does for them.
    const c = cLexer.create(byName);
    return {
      ...c,
      name: 'CUDA',
      *tokensUnprocessed(text, stack) {
        for (const [index, type, value] of c.tokensUnprocessed(text, stack)) yield [index, type === 'Name' ? cudaType(value) : type, value];
      },
    };
  },
};
