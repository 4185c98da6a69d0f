/**
 * Pygments' LlvmMirBodyLexer (pygments/lexers/asm.py, Pygments 2.20.0), rule for rule: the machine
 * instructions of a MIR function body (blocks, virtual and physical registers, types, operands).
 *
 *     %0:gpr32 = COPY $w0   ->   <nv>%0</nv><p>:</p><nv>gpr32</nv>...
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const llvmMirBodyLexer: LexerDefinition = {
  name: 'LLVM-MIR Body',
  aliases: ['llvm-mir-body'],
  tokens: {
    root: [
      [words(['liveins', 'successors'], '', ':'), 'Keyword'],
      [String.raw`bb\.[0-9]+(\.[a-zA-Z0-9_.-]+)?( \(address-taken\))?:`, 'Name.Label'],
      [String.raw`bb\.[0-9]+ \(%[a-zA-Z0-9_.-]+\)( \(address-taken\))?:`, 'Name.Label'],
      [String.raw`%bb\.[0-9]+(\.\w+)?`, 'Name.Label'],
      [String.raw`%stack\.[0-9]+(\.\w+\.addr)?`, 'Name'],
      [String.raw`%subreg\.\w+`, 'Name'],
      ['%[a-zA-Z0-9_]+ *', 'Name.Variable', 'vreg'],
      include('global'),
      [String.raw`intrinsic\(\@[a-zA-Z0-9_.]+\)`, 'Name.Variable.Global'],
      [words(['eq', 'ne', 'sgt', 'sge', 'slt', 'sle', 'ugt', 'uge', 'ult', 'ule'], String.raw`intpred\(`, String.raw`\)`), 'Name.Builtin'],
      [words(['oeq', 'one', 'ogt', 'oge', 'olt', 'ole', 'ugt', 'uge', 'ult', 'ule'], String.raw`floatpred\(`, String.raw`\)`), 'Name.Builtin'],
      [String.raw`\$\w+`, 'Literal.String.Single'],
      ['=', 'Operator'],
      [String.raw`(G_ANYEXT|G_[SZ]EXT|G_SEXT_INREG|G_TRUNC|G_IMPLICIT_DEF|G_PHI|G_FRAME_INDEX|G_GLOBAL_VALUE|G_INTTOPTR|G_PTRTOINT|G_BITCAST|G_CONSTANT|G_FCONSTANT|G_VASTART|G_VAARG|G_CTLZ|G_CTLZ_ZERO_UNDEF|G_CTTZ|G_CTTZ_ZERO_UNDEF|G_CTPOP|G_BSWAP|G_BITREVERSE|G_ADDRSPACE_CAST|G_BLOCK_ADDR|G_JUMP_TABLE|G_DYN_STACKALLOC|G_ADD|G_SUB|G_MUL|G_[SU]DIV|G_[SU]REM|G_AND|G_OR|G_XOR|G_SHL|G_[LA]SHR|G_[IF]CMP|G_SELECT|G_GEP|G_PTR_MASK|G_SMIN|G_SMAX|G_UMIN|G_UMAX|G_[US]ADDO|G_[US]ADDE|G_[US]SUBO|G_[US]SUBE|G_[US]MULO|G_[US]MULH|G_FNEG|G_FPEXT|G_FPTRUNC|G_FPTO[US]I|G_[US]ITOFP|G_FABS|G_FCOPYSIGN|G_FCANONICALIZE|G_FMINNUM|G_FMAXNUM|G_FMINNUM_IEEE|G_FMAXNUM_IEEE|G_FMINIMUM|G_FMAXIMUM|G_FADD|G_FSUB|G_FMUL|G_FMA|G_FMAD|G_FDIV|G_FREM|G_FPOW|G_FEXP|G_FEXP2|G_FLOG|G_FLOG2|G_FLOG10|G_FCEIL|G_FCOS|G_FSIN|G_FSQRT|G_FFLOOR|G_FRINT|G_FNEARBYINT|G_INTRINSIC_TRUNC|G_INTRINSIC_ROUND|G_LOAD|G_[ZS]EXTLOAD|G_INDEXED_LOAD|G_INDEXED_[ZS]EXTLOAD|G_STORE|G_INDEXED_STORE|G_ATOMIC_CMPXCHG_WITH_SUCCESS|G_ATOMIC_CMPXCHG|G_ATOMICRMW_(XCHG|ADD|SUB|AND|NAND|OR|XOR|MAX|MIN|UMAX|UMIN|FADD|FSUB)|G_FENCE|G_EXTRACT|G_UNMERGE_VALUES|G_INSERT|G_MERGE_VALUES|G_BUILD_VECTOR|G_BUILD_VECTOR_TRUNC|G_CONCAT_VECTORS|G_INTRINSIC|G_INTRINSIC_W_SIDE_EFFECTS|G_BR|G_BRCOND|G_BRINDIRECT|G_BRJT|G_INSERT_VECTOR_ELT|G_EXTRACT_VECTOR_ELT|G_SHUFFLE_VECTOR)\b`, 'Name.Builtin'],
      [String.raw`(COPY|PHI|INSERT_SUBREG|EXTRACT_SUBREG|REG_SEQUENCE)\b`, 'Name.Builtin'],
      [words(['killed', 'implicit']), 'Keyword'],
      ['(i[0-9]+)( +)', bygroups('Keyword.Type', 'Text.Whitespace'), 'constantint'],
      ['(half|float|double) +', 'Keyword.Type', 'constantfloat'],
      include('integer'),
      ['(::)( *)', bygroups('Operator', 'Text.Whitespace'), 'mmo'],
      [';.*', 'Comment'],
      ['[a-zA-Z0-9_]+', 'Name'],
      [String.raw`[(), \n]+`, 'Text'],
    ],
    constantint: [
      include('integer'),
      ['(?=.)', 'Text', '#pop'],
    ],
    constantfloat: [
      include('float'),
      ['(?=.)', 'Text', '#pop'],
    ],
    vreg: [
      ['( *)(:(?!:))', bygroups('Text.Whitespace', 'Keyword'), ['#pop', 'vreg_bank_or_class']],
      [String.raw`( *)(\()`, bygroups('Text.Whitespace', 'Text'), 'vreg_type'],
      ['(?=.)', 'Text', '#pop'],
    ],
    vreg_bank_or_class: [
      ['( *)(_)', bygroups('Text.Whitespace', 'Name.Variable.Magic')],
      ['( *)([a-zA-Z0-9_]+)', bygroups('Text.Whitespace', 'Name.Variable')],
      [String.raw`( *)(\()`, bygroups('Text.Whitespace', 'Text'), 'vreg_type'],
      ['(?=.)', 'Text', '#pop'],
    ],
    vreg_type: [
      ['( *)([sp][0-9]+)', bygroups('Text.Whitespace', 'Keyword.Type')],
      ['( *)(<[0-9]+ *x *[sp][0-9]+>)', bygroups('Text.Whitespace', 'Keyword.Type')],
      [String.raw`\)`, 'Text', '#pop'],
      ['(?=.)', 'Text', '#pop'],
    ],
    mmo: [
      [String.raw`\(`, 'Text'],
      [' +', 'Text.Whitespace'],
      [
        words([
          'load', 'store', 'on', 'into', 'from', 'align', 'monotonic', 'acquire', 'release', 'acq_rel',
          'seq_cst',
        ]),
        'Keyword',
      ],
      [String.raw`%ir\.[a-zA-Z0-9_.-]+`, 'Name'],
      [String.raw`%ir-block\.[a-zA-Z0-9_.-]+`, 'Name'],
      ['[-+]', 'Operator'],
      include('integer'),
      include('global'),
      [',', 'Punctuation'],
      [String.raw`\), \(`, 'Text'],
      [String.raw`\)`, 'Text', '#pop'],
    ],
    integer: [
      ['-?[0-9]+', 'Literal.Number.Integer'],
    ],
    float: [
      [String.raw`-?[0-9]+\.[0-9]+(e[+-][0-9]+)?`, 'Literal.Number.Float'],
    ],
    global: [
      [String.raw`\@[a-zA-Z0-9_.]+`, 'Name.Variable.Global'],
    ],
  },
};
