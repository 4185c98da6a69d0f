/**
 * Pygments' NuSMVLexer (pygments/lexers/smv.py, Pygments 2.20.0), rule for rule: NuSMV models.
 *
 *     MODULE main VAR x : boolean; ASSIGN init(x) := TRUE;
 *     ->   <kd>MODULE</kd> <nv>main</nv> <kd>VAR</kd> <nv>x</nv> <p>:</p> <kt>boolean</kt><p>;</p> <kd>ASSIGN</kd> <nb>init</nb><p>(</p><nv>x</nv><p>)</p> <o>:=</o> <kc>TRUE</kc><p>;</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'MODULE', 'DEFINE', 'MDEFINE', 'CONSTANTS', 'VAR', 'IVAR', 'FROZENVAR', 'INIT', 'TRANS', 'INVAR', 'SPEC',
  'CTLSPEC', 'LTLSPEC', 'PSLSPEC', 'COMPUTE', 'NAME', 'INVARSPEC', 'FAIRNESS', 'JUSTICE', 'COMPASSION', 'ISA',
  'ASSIGN', 'CONSTRAINT', 'SIMPWFF', 'CTLWFF', 'LTLWFF', 'PSLWFF', 'COMPWFF', 'IN', 'MIN', 'MAX', 'MIRROR', 'PRED',
  'PREDICATES',
];

const ROOT_WORDS_2: readonly string[] = [
  'EX', 'AX', 'EF', 'AF', 'EG', 'AG', 'E', 'F', 'O', 'G', 'H', 'X', 'Y', 'Z', 'A', 'U', 'S', 'V', 'T', 'BU', 'EBF',
  'ABF', 'EBG', 'ABG', 'next', 'mod', 'union', 'in', 'xor', 'xnor',
];

export const nusmvLexer: LexerDefinition = {
  name: 'NuSMV',
  aliases: ['nusmv'],
  tokens: {
    root: [
      [String.raw`(?s)\/\-\-.*?\-\-/`, 'Comment'],
      [String.raw`--.*\n`, 'Comment'],
      [words(ROOT_WORDS, '', String.raw`(?![\w$#-])`), 'Keyword.Declaration'],
      [String.raw`process(?![\w$#-])`, 'Keyword'],
      [words(['array', 'of', 'boolean', 'integer', 'real', 'word'], '', String.raw`(?![\w$#-])`), 'Keyword.Type'],
      [words(['case', 'esac'], '', String.raw`(?![\w$#-])`), 'Keyword'],
      [words(['word1', 'bool', 'signed', 'unsigned', 'extend', 'resize', 'sizeof', 'uwconst', 'swconst', 'init', 'self', 'count', 'abs', 'max', 'min'], '', String.raw`(?![\w$#-])`), 'Name.Builtin'],
      [words(ROOT_WORDS_2, '', String.raw`(?![\w$#-])`), 'Operator.Word'],
      [words(['TRUE', 'FALSE'], '', String.raw`(?![\w$#-])`), 'Keyword.Constant'],
      [String.raw`[a-zA-Z_][\w$#-]*`, 'Name.Variable'],
      [String.raw`:=`, 'Operator'],
      [String.raw`[-&|+*/<>!=]`, 'Operator'],
      [String.raw`\-?\d+\b`, 'Literal.Number.Integer'],
      [String.raw`0[su][bB]\d*_[01_]+`, 'Literal.Number.Bin'],
      [String.raw`0[su][oO]\d*_[0-7_]+`, 'Literal.Number.Oct'],
      [String.raw`0[su][dD]\d*_[\d_]+`, 'Literal.Number.Decimal'],
      [String.raw`0[su][hH]\d*_[\da-fA-F_]+`, 'Literal.Number.Hex'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[()\[\]{};?:.,]`, 'Punctuation'],
    ],
  },
};
