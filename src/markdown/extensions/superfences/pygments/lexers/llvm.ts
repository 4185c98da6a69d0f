/**
 * Pygments' LlvmLexer (pygments/lexers/asm.py, Pygments 2.20.0), rule for rule: LLVM IR, with
 * labels tried before keywords (a keyword is a valid label name).
 *
 *     %sum = add i32 %a, 1   ->   <nv>%sum</nv><w> </w><p>=</p><w> </w><k>add</k><w> </w><kt>i32</kt><w> </w><nv>%a</nv><p>,</p><w> </w><m>1</m>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const STRING = '"[^"]*?"';
const IDENTIFIER = String.raw`([-a-zA-Z$._][\w\-$.]*|${STRING})`;

export const llvmLexer: LexerDefinition = {
  name: 'LLVM',
  aliases: ['llvm'],
  tokens: {
    root: [
      include('whitespace'),
      // Before keywords, because keywords are valid label names.
      [String.raw`(${IDENTIFIER}|(\d+))\s*:`, 'Name.Label'],
      include('keyword'),
      [`%${IDENTIFIER}`, 'Name.Variable'],
      [`@${IDENTIFIER}`, 'Name.Variable.Global'],
      [String.raw`%\d+`, 'Name.Variable.Anonymous'],
      [String.raw`@\d+`, 'Name.Variable.Global'],
      [String.raw`#\d+`, 'Name.Variable.Global'],
      [`!${IDENTIFIER}`, 'Name.Variable'],
      [String.raw`!\d+`, 'Name.Variable.Anonymous'],
      [`c?${STRING}`, 'Literal.String'],
      [String.raw`0[xX][KLMHR]?[a-fA-F0-9]+`, 'Literal.Number'],
      [String.raw`-?\d+(?:[.]\d+)?(?:[eE][-+]?\d+(?:[.]\d+)?)?`, 'Literal.Number'],
      [String.raw`[=<>{}\[\]()*.,!]|x\b`, 'Punctuation'],
    ],
    whitespace: [
      [String.raw`(\n|\s+)+`, 'Text.Whitespace'],
      [String.raw`;.*?\n`, 'Comment'],
      [String.raw`/\*`, 'Comment', 'c-comment'],
    ],
    'c-comment': [
      [String.raw`[^*]+`, 'Comment'],
      [String.raw`\*/`, 'Comment', '#pop'],
      // A lone asterisk is comment text, not its end.
      [String.raw`\*`, 'Comment'],
    ],
    keyword: [
      [
        words([
          'aarch64_sve_vector_pcs', 'aarch64_vector_pcs', 'acq_rel', 'acquire', 'add', 'addrspace', 'addrspacecast',
          'afn', 'alias', 'aliasee', 'align', 'alignLog2', 'alignstack', 'alloca', 'allocsize', 'allOnes',
          'alwaysinline', 'alwaysInline', 'amdgpu_cs', 'amdgpu_es', 'amdgpu_gfx', 'amdgpu_gs', 'amdgpu_hs',
          'amdgpu_kernel', 'amdgpu_ls', 'amdgpu_ps', 'amdgpu_vs', 'and', 'any', 'anyregcc', 'appending', 'arcp',
          'argmemonly', 'args', 'arm_aapcs_vfpcc', 'arm_aapcscc', 'arm_apcscc', 'ashr', 'asm', 'atomic', 'atomicrmw',
          'attributes', 'available_externally', 'avr_intrcc', 'avr_signalcc', 'bit', 'bitcast', 'bitMask',
          'blockaddress', 'blockcount', 'br', 'branchFunnel', 'builtin', 'byArg', 'byref', 'byte', 'byteArray',
          'byval', 'c', 'call', 'callbr', 'callee', 'caller', 'calls', 'canAutoHide', 'catch', 'catchpad', 'catchret',
          'catchswitch', 'cc', 'ccc', 'cfguard_checkcc', 'cleanup', 'cleanuppad', 'cleanupret', 'cmpxchg', 'cold',
          'coldcc', 'comdat', 'common', 'constant', 'contract', 'convergent', 'critical', 'cxx_fast_tlscc',
          'datalayout', 'declare', 'default', 'define', 'deplibs', 'dereferenceable', 'dereferenceable_or_null',
          'distinct', 'dllexport', 'dllimport', 'dso_local', 'dso_local_equivalent', 'dso_preemptable', 'dsoLocal',
          'eq', 'exact', 'exactmatch', 'extern_weak', 'external', 'externally_initialized', 'extractelement',
          'extractvalue', 'fadd', 'false', 'fast', 'fastcc', 'fcmp', 'fdiv', 'fence', 'filter', 'flags', 'fmul',
          'fneg', 'fpext', 'fptosi', 'fptoui', 'fptrunc', 'freeze', 'frem', 'from', 'fsub', 'funcFlags', 'function',
          'gc', 'getelementptr', 'ghccc', 'global', 'guid', 'gv', 'hash', 'hhvm_ccc', 'hhvmcc', 'hidden', 'hot',
          'hotness', 'icmp', 'ifunc', 'inaccessiblemem_or_argmemonly', 'inaccessiblememonly', 'inalloca', 'inbounds',
          'indir', 'indirectbr', 'info', 'initialexec', 'inline', 'inlineBits', 'inlinehint', 'inrange', 'inreg',
          'insertelement', 'insertvalue', 'insts', 'intel_ocl_bicc', 'inteldialect', 'internal', 'inttoptr', 'invoke',
          'jumptable', 'kind', 'landingpad', 'largest', 'linkage', 'linkonce', 'linkonce_odr', 'live', 'load',
          'local_unnamed_addr', 'localdynamic', 'localexec', 'lshr', 'max', 'metadata', 'min', 'minsize', 'module',
          'monotonic', 'msp430_intrcc', 'mul', 'mustprogress', 'musttail', 'naked', 'name', 'nand', 'ne', 'nest',
          'ninf', 'nnan', 'noalias', 'nobuiltin', 'nocallback', 'nocapture', 'nocf_check', 'noduplicate',
          'noduplicates', 'nofree', 'noimplicitfloat', 'noinline', 'noInline', 'nomerge', 'none', 'nonlazybind',
          'nonnull', 'noprofile', 'norecurse', 'noRecurse', 'noredzone', 'noreturn', 'nosync', 'notail',
          'notEligibleToImport', 'noundef', 'nounwind', 'nsw', 'nsz', 'null', 'null_pointer_is_valid', 'nuw', 'oeq',
          'offset', 'oge', 'ogt', 'ole', 'olt', 'one', 'opaque', 'optforfuzzing', 'optnone', 'optsize', 'or', 'ord',
          'param', 'params', 'partition', 'path', 'personality', 'phi', 'poison', 'preallocated', 'prefix',
          'preserve_allcc', 'preserve_mostcc', 'private', 'prologue', 'protected', 'ptrtoint', 'ptx_device',
          'ptx_kernel', 'readnone', 'readNone', 'readonly', 'readOnly', 'reassoc', 'refs', 'relbf', 'release',
          'resByArg', 'resume', 'ret', 'returnDoesNotAlias', 'returned', 'returns_twice', 'safestack', 'samesize',
          'sanitize_address', 'sanitize_hwaddress', 'sanitize_memory', 'sanitize_memtag', 'sanitize_thread', 'sdiv',
          'section', 'select', 'seq_cst', 'sext', 'sge', 'sgt', 'shadowcallstack', 'shl', 'shufflevector',
          'sideeffect', 'signext', 'single', 'singleImpl', 'singleImplName', 'sitofp', 'sizeM1', 'sizeM1BitWidth',
          'sle', 'slt', 'source_filename', 'speculatable', 'speculative_load_hardening', 'spir_func', 'spir_kernel',
          'splat', 'srem', 'sret', 'ssp', 'sspreq', 'sspstrong', 'store', 'strictfp', 'sub', 'summaries', 'summary',
          'swiftcc', 'swifterror', 'swiftself', 'switch', 'syncscope', 'tail', 'tailcc', 'target', 'thread_local',
          'to', 'token', 'triple', 'true', 'trunc', 'type', 'typeCheckedLoadConstVCalls', 'typeCheckedLoadVCalls',
          'typeid', 'typeidCompatibleVTable', 'typeIdInfo', 'typeTestAssumeConstVCalls', 'typeTestAssumeVCalls',
          'typeTestRes', 'typeTests', 'udiv', 'ueq', 'uge', 'ugt', 'uitofp', 'ule', 'ult', 'umax', 'umin', 'undef',
          'une', 'uniformRetVal', 'uniqueRetVal', 'unknown', 'unnamed_addr', 'uno', 'unordered', 'unreachable',
          'unsat', 'unwind', 'urem', 'uselistorder', 'uselistorder_bb', 'uwtable', 'va_arg', 'varFlags', 'variable',
          'vcall_visibility', 'vFuncId', 'virtFunc', 'virtualConstProp', 'void', 'volatile', 'vscale', 'vTableFuncs',
          'weak', 'weak_odr', 'webkit_jscc', 'win64cc', 'within', 'wpdRes', 'wpdResolutions', 'writeonly', 'x',
          'x86_64_sysvcc', 'x86_fastcallcc', 'x86_intrcc', 'x86_mmx', 'x86_regcallcc', 'x86_stdcallcc',
          'x86_thiscallcc', 'x86_vectorcallcc', 'xchg', 'xor', 'zeroext', 'zeroinitializer', 'zext', 'immarg',
          'willreturn',
        ], '', String.raw`\b`), 'Keyword'],
      [
        words([
          'void', 'half', 'bfloat', 'float', 'double', 'fp128', 'x86_fp80', 'ppc_fp128', 'label', 'metadata',
          'x86_mmx', 'x86_amx', 'token', 'ptr',
        ]), 'Keyword.Type'],
      [String.raw`i[1-9]\d*`, 'Keyword.Type'],
    ],
  },
};
