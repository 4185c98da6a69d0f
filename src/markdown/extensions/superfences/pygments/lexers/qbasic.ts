/**
 * Pygments' QBasicLexer (pygments/lexers/basic.py, Pygments 2.20.0), rule for rule. Its word lists are
 * joined with `|` in their written order (first match wins, not the longest), and end at `(` or a
 * word boundary, because `\b` cannot follow the `$` of `CHR$`.
 *
 *     10 PRINT "HI"   ->   <nl>10</nl><w> </w><kr>PRINT</kr><w> </w><s2>"HI"</s2>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

const DECLARATIONS = [
  'DATA', 'LET',
];
const FUNCTIONS = [
  'ABS', 'ASC', 'ATN', 'CDBL', 'CHR$', 'CINT', 'CLNG', 'COMMAND$', 'COS', 'CSNG', 'CSRLIN', 'CVD', 'CVDMBF',
  'CVI', 'CVL', 'CVS', 'CVSMBF', 'DATE$', 'ENVIRON$', 'EOF', 'ERDEV', 'ERDEV$', 'ERL', 'ERR', 'EXP',
  'FILEATTR', 'FIX', 'FRE', 'FREEFILE', 'HEX$', 'INKEY$', 'INP', 'INPUT$', 'INSTR', 'INT', 'IOCTL$',
  'LBOUND', 'LCASE$', 'LEFT$', 'LEN', 'LOC', 'LOF', 'LOG', 'LPOS', 'LTRIM$', 'MID$', 'MKD$', 'MKDMBF$',
  'MKI$', 'MKL$', 'MKS$', 'MKSMBF$', 'OCT$', 'PEEK', 'PEN', 'PLAY', 'PMAP', 'POINT', 'POS', 'RIGHT$', 'RND',
  'RTRIM$', 'SADD', 'SCREEN', 'SEEK', 'SETMEM', 'SGN', 'SIN', 'SPACE$', 'SPC', 'SQR', 'STICK', 'STR$',
  'STRIG', 'STRING$', 'TAB', 'TAN', 'TIME$', 'TIMER', 'UBOUND', 'UCASE$', 'VAL', 'VARPTR', 'VARPTR$',
  'VARSEG',
];
const METACOMMANDS = [
  '$DYNAMIC', '$INCLUDE', '$STATIC',
];
const OPERATORS = [
  'AND', 'EQV', 'IMP', 'NOT', 'OR', 'XOR',
];
const STATEMENTS = [
  'BEEP', 'BLOAD', 'BSAVE', 'CALL', 'CALL ABSOLUTE', 'CALL INTERRUPT', 'CALLS', 'CHAIN', 'CHDIR', 'CIRCLE',
  'CLEAR', 'CLOSE', 'CLS', 'COLOR', 'COM', 'COMMON', 'CONST', 'DATA', 'DATE$', 'DECLARE', 'DEF FN',
  'DEF SEG', 'DEFDBL', 'DEFINT', 'DEFLNG', 'DEFSNG', 'DEFSTR', 'DEF', 'DIM', 'DO', 'LOOP', 'DRAW', 'END',
  'ENVIRON', 'ERASE', 'ERROR', 'EXIT', 'FIELD', 'FILES', 'FOR', 'NEXT', 'FUNCTION', 'GET', 'GOSUB', 'GOTO',
  'IF', 'THEN', 'INPUT', 'INPUT #', 'IOCTL', 'KEY', 'KEY', 'KILL', 'LET', 'LINE', 'LINE INPUT',
  'LINE INPUT #', 'LOCATE', 'LOCK', 'UNLOCK', 'LPRINT', 'LSET', 'MID$', 'MKDIR', 'NAME', 'ON COM',
  'ON ERROR', 'ON KEY', 'ON PEN', 'ON PLAY', 'ON STRIG', 'ON TIMER', 'ON UEVENT', 'ON', 'OPEN', 'OPEN COM',
  'OPTION BASE', 'OUT', 'PAINT', 'PALETTE', 'PCOPY', 'PEN', 'PLAY', 'POKE', 'PRESET', 'PRINT', 'PRINT #',
  'PRINT USING', 'PSET', 'PUT', 'PUT', 'RANDOMIZE', 'READ', 'REDIM', 'REM', 'RESET', 'RESTORE', 'RESUME',
  'RETURN', 'RMDIR', 'RSET', 'RUN', 'SCREEN', 'SEEK', 'SELECT CASE', 'SHARED', 'SHELL', 'SLEEP', 'SOUND',
  'STATIC', 'STOP', 'STRIG', 'SUB', 'SWAP', 'SYSTEM', 'TIME$', 'TIMER', 'TROFF', 'TRON', 'TYPE', 'UEVENT',
  'UNLOCK', 'VIEW', 'WAIT', 'WHILE', 'WEND', 'WIDTH', 'WINDOW', 'WRITE',
];
const KEYWORDS = [
  'ACCESS', 'ALIAS', 'ANY', 'APPEND', 'AS', 'BASE', 'BINARY', 'BYVAL', 'CASE', 'CDECL', 'DOUBLE', 'ELSE',
  'ELSEIF', 'ENDIF', 'INTEGER', 'IS', 'LIST', 'LOCAL', 'LONG', 'LOOP', 'MOD', 'NEXT', 'OFF', 'ON', 'OUTPUT',
  'RANDOM', 'SIGNAL', 'SINGLE', 'STEP', 'STRING', 'THEN', 'TO', 'UNTIL', 'USING', 'WEND',
];

/** `'|'.join(map(re.escape, words))`: alternatives in the written order. */
function alternatives(list: readonly string[]): string {
  return list.map((word) => word.replace(/[\\^$.*+?()[\]{}|#\s-]/g, (char) => `\\${char}`)).join('|');
}

export const qbasicLexer: LexerDefinition = {
  name: 'QBasic',
  aliases: ['qbasic', 'basic'],
  tokens: {
    root: [
      [String.raw`\n+`, 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`^(\s*)(\d*)(\s*)(REM .*)$`, bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Comment.Single')],
      [String.raw`^(\s*)(\d+)(\s*)`, bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace')],
      [String.raw`(?=[\s]*)(\w+)(?=[\s]*=)`, 'Name.Variable.Global'],
      [String.raw`(?=[^"]*)\'.*$`, 'Comment.Single'],
      [String.raw`"[^\n"]*"`, 'Literal.String.Double'],
      [String.raw`(END)(\s+)(FUNCTION|IF|SELECT|SUB)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Keyword.Reserved')],
      [String.raw`(DECLARE)(\s+)([A-Z]+)(\s+)(\S+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Name')],
      [
        String.raw`(DIM)(\s+)(SHARED)(\s+)([^\s(]+)`,
        bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Name.Variable.Global'),
      ],
      [String.raw`(DIM)(\s+)([^\s(]+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable.Global')],
      [String.raw`^(\s*)([a-zA-Z_]+)(\s*)(\=)`, bygroups('Text.Whitespace', 'Name.Variable.Global', 'Text.Whitespace', 'Operator')],
      [String.raw`(GOTO|GOSUB)(\s+)(\w+\:?)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Label')],
      [String.raw`(SUB)(\s+)(\w+\:?)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Label')],
      include('declarations'),
      include('functions'),
      include('metacommands'),
      include('operators'),
      include('statements'),
      include('keywords'),
      [String.raw`[a-zA-Z_]\w*[$@#&!]`, 'Name.Variable.Global'],
      [String.raw`[a-zA-Z_]\w*\:`, 'Name.Label'],
      [String.raw`\-?\d*\.\d+[@|#]?`, 'Literal.Number.Float'],
      [String.raw`\-?\d+[@|#]`, 'Literal.Number.Float'],
      [String.raw`\-?\d+#?`, 'Literal.Number.Integer.Long'],
      [String.raw`\-?\d+#?`, 'Literal.Number.Integer'],
      [String.raw`!=|==|:=|\.=|<<|>>|[-~+/\\*%=<>&^|?:!.]`, 'Operator'],
      [String.raw`[\[\]{}(),;]`, 'Punctuation'],
      [String.raw`[\w]+`, 'Name.Variable.Global'],
    ],
    declarations: [[String.raw`\b(${alternatives(DECLARATIONS)})(?=\(|\b)`, 'Keyword.Declaration']],
    functions: [[String.raw`\b(${alternatives(FUNCTIONS)})(?=\(|\b)`, 'Keyword.Reserved']],
    metacommands: [[String.raw`\b(${alternatives(METACOMMANDS)})(?=\(|\b)`, 'Keyword.Constant']],
    operators: [[String.raw`\b(${alternatives(OPERATORS)})(?=\(|\b)`, 'Operator.Word']],
    statements: [[String.raw`\b(${alternatives(STATEMENTS)})\b`, 'Keyword.Reserved']],
    // Pygments joins these without re.escape (they are plain words)
    keywords: [[String.raw`\b(${KEYWORDS.join('|')})\b`, 'Keyword']],
  },
};
