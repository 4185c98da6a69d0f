/**
 * Pygments' BBCBasicLexer (pygments/lexers/basic.py, Pygments 2.20.0), rule for rule: BBC BASIC.
 *
 *     10 PRINT "HELLO" : GOTO 10
 *     ->   <nl>10</nl> <k>PRINT</k> <s2>"</s2><s2>HELLO</s2><s2>"</s2> <cp>:</cp> <k>GOTO</k> <nl>10</nl>
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

const CODE_WORDS: readonly string[] = [
  'OTHERWISE', 'AND', 'DIV', 'EOR', 'MOD', 'OR', 'ERROR', 'LINE', 'OFF', 'STEP', 'SPC', 'TAB', 'ELSE', 'THEN',
  'OPENIN', 'PTR', 'PAGE', 'TIME', 'LOMEM', 'HIMEM', 'ABS', 'ACS', 'ADVAL', 'ASC', 'ASN', 'ATN', 'BGET', 'COS',
  'COUNT', 'DEG', 'ERL', 'ERR', 'EVAL', 'EXP', 'EXT', 'FALSE', 'FN', 'GET', 'INKEY', 'INSTR', 'INT', 'LEN', 'LN',
  'LOG', 'NOT', 'OPENUP', 'OPENOUT', 'PI', 'POINT', 'POS', 'RAD', 'RND', 'SGN', 'SIN', 'SQR', 'TAN', 'TO', 'TRUE',
  'USR', 'VAL', 'VPOS', 'CHR$', 'GET$', 'INKEY$', 'LEFT$', 'MID$', 'RIGHT$', 'STR$', 'STRING$', 'EOF', 'PTR', 'PAGE',
  'TIME', 'LOMEM', 'HIMEM', 'SOUND', 'BPUT', 'CALL', 'CHAIN', 'CLEAR', 'CLOSE', 'CLG', 'CLS', 'DATA', 'DEF', 'DIM',
  'DRAW', 'END', 'ENDPROC', 'ENVELOPE', 'FOR', 'GOSUB', 'GOTO', 'GCOL', 'IF', 'INPUT', 'LET', 'LOCAL', 'MODE',
  'MOVE', 'NEXT', 'ON', 'VDU', 'PLOT', 'PRINT', 'PROC', 'READ', 'REM', 'REPEAT', 'REPORT', 'RESTORE', 'RETURN',
  'RUN', 'STOP', 'COLOUR', 'TRACE', 'UNTIL', 'WIDTH', 'OSCLI',
];

const CODE_WORDS_2: readonly string[] = [
  'WHEN', 'OF', 'ENDCASE', 'ENDIF', 'ENDWHILE', 'CASE', 'CIRCLE', 'FILL', 'ORIGIN', 'POINT', 'RECTANGLE', 'SWAP',
  'WHILE', 'WAIT', 'MOUSE', 'QUIT', 'SYS', 'INSTALL', 'LIBRARY', 'TINT', 'ELLIPSE', 'BEATS', 'TEMPO', 'VOICES',
  'VOICE', 'STEREO', 'OVERLAY', 'APPEND', 'AUTO', 'CRUNCH', 'DELETE', 'EDIT', 'HELP', 'LIST', 'LOAD', 'LVAR', 'NEW',
  'OLD', 'RENUMBER', 'SAVE', 'TEXTLOAD', 'TEXTSAVE', 'TWIN', 'TWINO', 'INSTALL', 'SUM', 'BEAT',
];

export const bbcBasicLexer: LexerDefinition = {
  name: 'BBC Basic',
  aliases: ['bbcbasic'],
  tokens: {
    root: [
      [String.raw`[0-9]+`, 'Name.Label'],
      [String.raw`(\*)([^\n]*)`, bygroups('Keyword.Pseudo', 'Comment.Special')],
      defaultState('code'),
    ],
    code: [
      [String.raw`(REM)([^\n]*)`, bygroups('Keyword.Declaration', 'Comment.Single')],
      [String.raw`\n`, 'Text.Whitespace', 'root'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`:`, 'Comment.Preproc'],
      [String.raw`(DEF)(\s*)(FN|PROC)([A-Za-z_@][\w@]*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Keyword.Declaration', 'Name.Function')],
      [String.raw`(FN|PROC)([A-Za-z_@][\w@]*)`, bygroups('Keyword', 'Name.Function')],
      [String.raw`(GOTO|GOSUB|THEN|RESTORE)(\s*)(\d+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Label')],
      [String.raw`(TRUE|FALSE)`, 'Keyword.Constant'],
      [String.raw`(PAGE|LOMEM|HIMEM|TIME|WIDTH|ERL|ERR|REPORT\$|POS|VPOS|VOICES)`, 'Keyword.Pseudo'],
      [words(CODE_WORDS), 'Keyword'],
      [words(CODE_WORDS_2), 'Keyword'],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`%[01]{1,32}`, 'Literal.Number.Bin'],
      [String.raw`&[0-9a-f]{1,8}`, 'Literal.Number.Hex'],
      [String.raw`[+-]?[0-9]+\.[0-9]*(E[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`[+-]?\.[0-9]+(E[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`[+-]?[0-9]+E[+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+`, 'Literal.Number.Integer'],
      [String.raw`([A-Za-z_@][\w@]*[%$]?)`, 'Name.Variable'],
      [String.raw`([+\-]=|[$!|?+\-*/%^=><();]|>=|<=|<>|<<|>>|>>>|,)`, 'Operator'],
    ],
    string: [
      [String.raw`[^"\n]+`, 'Literal.String.Double'],
      [String.raw`"`, 'Literal.String.Double', '#pop'],
      [String.raw`\n`, 'Error', 'root'],
    ],
  },
};
