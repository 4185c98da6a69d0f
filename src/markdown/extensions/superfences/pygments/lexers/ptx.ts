/**
 * Pygments' PtxLexer (pygments/lexers/ptx.py, Pygments 2.20.0), rule for rule: NVIDIA's PTX virtual
 * assembly (directives, instructions with their type suffixes, registers).
 *
 *     ld.global.f32 %f1, [%rd1];   ->   <k>ld.global.f32</k>...
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

export const ptxLexer: LexerDefinition = {
  name: 'PTX',
  aliases: ['ptx'],
  tokens: {
    root: [
      include('whitespace'),
      [String.raw`(([-a-zA-Z$._][\w\-$.]*|"[^"]*?")|(\d+))\s*:`, 'Name.Label'],
      include('keyword'),
      [String.raw`%([-a-zA-Z$._][\w\-$.]*|"[^"]*?")`, 'Name.Variable'],
      [String.raw`%\d+`, 'Name.Variable.Anonymous'],
      ['c?"[^"]*?"', 'Literal.String'],
      [String.raw`([-a-zA-Z$._][\w\-$.]*|"[^"]*?")`, 'Name.Variable'],
      [';', 'Punctuation'],
      ['[*+-/]', 'Operator'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number'],
      [String.raw`-?\d+(?:[.]\d+)?(?:[eE][-+]?\d+(?:[.]\d+)?)?`, 'Literal.Number'],
      [String.raw`[=<>{}\[\]()*.,!]|x\b`, 'Punctuation'],
    ],
    whitespace: [
      [String.raw`(\n|\s+)+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment'],
    ],
    keyword: [
      [
        words([
          'abs', 'discard', 'min', 'shf', 'vadd', 'activemask', 'div', 'mma', 'shfl', 'vadd2', 'add', 'dp2a',
          'mov', 'shl', 'vadd4', 'addc', 'dp4a', 'movmatrix', 'shr', 'vavrg2', 'alloca', 'elect', 'mul',
          'sin', 'vavrg4', 'and', 'ex2', 'mul24', 'slct', 'vmad', 'applypriority', 'exit', 'multimem',
          'sqrt', 'vmax', 'atom', 'fence', 'nanosleep', 'st', 'vmax2', 'bar', 'fma', 'neg', 'stackrestore',
          'vmax4', 'barrier', 'fns', 'not', 'stacksave', 'vmin', 'bfe', 'getctarank', 'or', 'stmatrix',
          'vmin2', 'bfi', 'griddepcontrol', 'pmevent', 'sub', 'vmin4', 'bfind', 'isspacep', 'popc', 'subc',
          'vote', 'bmsk', 'istypep', 'prefetch', 'suld', 'vset', 'bra', 'ld', 'prefetchu', 'suq', 'vset2',
          'brev', 'ldmatrix', 'prmt', 'sured', 'vset4', 'brkpt', 'ldu', 'rcp', 'sust', 'vshl', 'brx', 'lg2',
          'red', 'szext', 'vshr', 'call', 'lop3', 'redux', 'tanh', 'vsub', 'clz', 'mad', 'rem', 'testp',
          'vsub2', 'cnot', 'mad24', 'ret', 'tex', 'vsub4', 'copysign', 'madc', 'rsqrt', 'tld4', 'wgmma',
          'cos', 'mapa', 'sad', 'trap', 'wmma', 'cp', 'match', 'selp', 'txq', 'xor', 'createpolicy', 'max',
          'set', 'vabsdiff', 'cvt', 'mbarrier', 'setmaxnreg', 'vabsdiff2', 'cvta', 'membar', 'setp',
          'vabsdiff4',
        ]),
        'Keyword',
      ],
      [
        words([
          'reg', '.sreg', '.const', '.global', '.local', '.param', '.shared', '.tex', '.wide', '.loc',
        ]),
        'Keyword.Pseudo',
      ],
      [
        words([
          '.address_size', '.explicitcluster', '.maxnreg', '.section', '.alias', '.extern', '.maxntid',
          '.shared', '.align', '.file', '.minnctapersm', '.sreg', '.branchtargets', '.func', '.noreturn',
          '.target', '.callprototype', '.global', '.param', '.tex', '.calltargets', '.loc', '.pragma',
          '.version', '.common', '.local', '.reg', '.visible', '.const', '.maxclusterrank',
          '.reqnctapercluster', '.weak', '.entry', '.maxnctapersm', '.reqntid',
        ]),
        'Keyword.Reserved',
      ],
      [
        words([
          '.s8', '.s16', '.s32', '.s64', '.u8', '.u16', '.u32', '.u64', '.f16', '.f16x2', '.f32', '.f64',
          '.b8', '.b16', '.b32', '.b64', '.pred',
        ]),
        'Keyword.Type',
      ],
    ],
  },
};
