/**
 * Pygments' VBScriptLexer (pygments/lexers/basic.py, Pygments 2.20.0), rule for rule, with the
 * word lists of pygments/lexers/_vbscript_builtins.py in their order. Case-insensitive.
 *
 *     Dim a, b   ->   <kd>Dim</kd><w> </w><nv>a</nv><p>,</p><w> </w><nv>b</nv>
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS: readonly string[] = [
  'ByRef', 'ByVal', 'call', 'case', 'class', 'do', 'each', 'else', 'elseif', 'end', 'erase', 'execute', 'function',
  'exit', 'for', 'function', 'GetRef', 'global', 'if', 'let', 'loop', 'next', 'new', 'private', 'public', 'redim',
  'select', 'set', 'sub', 'then', 'wend', 'while', 'with',
];

const BUILTIN_FUNCTIONS: readonly string[] = [
  'Abs', 'Array', 'Asc', 'Atn', 'CBool', 'CByte', 'CCur', 'CDate', 'CDbl', 'Chr', 'CInt', 'CLng', 'Cos',
  'CreateObject', 'CSng', 'CStr', 'Date', 'DateAdd', 'DateDiff', 'DatePart', 'DateSerial', 'DateValue', 'Day',
  'Eval', 'Exp', 'Filter', 'Fix', 'FormatCurrency', 'FormatDateTime', 'FormatNumber', 'FormatPercent', 'GetObject',
  'GetLocale', 'Hex', 'Hour', 'InStr', 'inStrRev', 'Int', 'IsArray', 'IsDate', 'IsEmpty', 'IsNull', 'IsNumeric',
  'IsObject', 'Join', 'LBound', 'LCase', 'Left', 'Len', 'LoadPicture', 'Log', 'LTrim', 'Mid', 'Minute', 'Month',
  'MonthName', 'MsgBox', 'Now', 'Oct', 'Randomize', 'RegExp', 'Replace', 'RGB', 'Right', 'Rnd', 'Round', 'RTrim',
  'ScriptEngine', 'ScriptEngineBuildVersion', 'ScriptEngineMajorVersion', 'ScriptEngineMinorVersion', 'Second',
  'SetLocale', 'Sgn', 'Space', 'Split', 'Sqr', 'StrComp', 'String', 'StrReverse', 'Tan', 'Time', 'Timer',
  'TimeSerial', 'TimeValue', 'Trim', 'TypeName', 'UBound', 'UCase', 'VarType', 'Weekday', 'WeekdayName', 'Year',
];

const BUILTIN_VARIABLES: readonly string[] = [
  'Debug', 'Dictionary', 'Drive', 'Drives', 'Err', 'File', 'Files', 'FileSystemObject', 'Folder', 'Folders', 'Match',
  'Matches', 'RegExp', 'Submatches', 'TextStream',
];

const OPERATORS: readonly string[] = [
  '+', '-', '*', '/', '\\', '^', '|', '<', '<=', '>', '>=', '=', '<>', '&', '$',
];

const OPERATOR_WORDS: readonly string[] = [
  'mod', 'and', 'or', 'xor', 'eqv', 'imp', 'is', 'not',
];

const BUILTIN_CONSTANTS: readonly string[] = [
  'False', 'True', 'vbAbort', 'vbAbortRetryIgnore', 'vbApplicationModal', 'vbArray', 'vbBinaryCompare', 'vbBlack',
  'vbBlue', 'vbBoole', 'vbByte', 'vbCancel', 'vbCr', 'vbCritical', 'vbCrLf', 'vbCurrency', 'vbCyan', 'vbDataObject',
  'vbDate', 'vbDefaultButton1', 'vbDefaultButton2', 'vbDefaultButton3', 'vbDefaultButton4', 'vbDouble', 'vbEmpty',
  'vbError', 'vbExclamation', 'vbFalse', 'vbFirstFullWeek', 'vbFirstJan1', 'vbFormFeed', 'vbFriday', 'vbGeneralDate',
  'vbGreen', 'vbIgnore', 'vbInformation', 'vbInteger', 'vbLf', 'vbLong', 'vbLongDate', 'vbLongTime', 'vbMagenta',
  'vbMonday', 'vbMsgBoxHelpButton', 'vbMsgBoxRight', 'vbMsgBoxRtlReading', 'vbMsgBoxSetForeground', 'vbNewLine',
  'vbNo', 'vbNull', 'vbNullChar', 'vbNullString', 'vbObject', 'vbObjectError', 'vbOK', 'vbOKCancel', 'vbOKOnly',
  'vbQuestion', 'vbRed', 'vbRetry', 'vbRetryCancel', 'vbSaturday', 'vbShortDate', 'vbShortTime', 'vbSingle',
  'vbString', 'vbSunday', 'vbSystemModal', 'vbTab', 'vbTextCompare', 'vbThursday', 'vbTrue', 'vbTuesday',
  'vbUseDefault', 'vbUseSystem', 'vbUseSystem', 'vbVariant', 'vbVerticalTab', 'vbWednesday', 'vbWhite', 'vbYellow',
  'vbYes', 'vbYesNo', 'vbYesNoCancel',
];
export const vbscriptLexer: LexerDefinition = {
  name: 'VBScript',
  aliases: ['vbscript'],
  // re.IGNORECASE without re.MULTILINE
  flags: 'i',
  tokens: {
    root: [
      ["'[^\\n]*", 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['"', 'Literal.String.Double', 'string'],
      ['&h[0-9a-f]+', 'Literal.Number.Hex'],
      // floats: 1., 1.e2, 1.2e3; .1, .1e2; 123e45
      [String.raw`[0-9]+\.[0-9]*(e[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\.[0-9]+(e[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      ['[0-9]+e[+-]?[0-9]+', 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
      // a date or time value
      ['#.+#', 'Literal.String'],
      [String.raw`(dim)(\s+)([a-z_][a-z0-9_]*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable'), 'dim_more'],
      [String.raw`(function|sub)(\s+)([a-z_][a-z0-9_]*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(class)(\s+)([a-z_][a-z0-9_]*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class')],
      [String.raw`(const)(\s+)([a-z_][a-z0-9_]*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Constant')],
      [String.raw`(end)(\s+)(class|function|if|property|sub|with)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [
        String.raw`(on)(\s+)(error)(\s+)(goto)(\s+)(0)`,
        bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Literal.Number.Integer'),
      ],
      [
        String.raw`(on)(\s+)(error)(\s+)(resume)(\s+)(next)`,
        bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword'),
      ],
      [String.raw`(option)(\s+)(explicit)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [
        String.raw`(property)(\s+)(get|let|set)(\s+)([a-z_][a-z0-9_]*)`,
        bygroups('Keyword.Declaration', 'Text.Whitespace', 'Keyword.Declaration', 'Text.Whitespace', 'Name.Property'),
      ],
      [String.raw`rem\s.*[^\n]*`, 'Comment.Single'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(OPERATORS), 'Operator'],
      [words(OPERATOR_WORDS, '', String.raw`\b`), 'Operator.Word'],
      [words(BUILTIN_CONSTANTS, '', String.raw`\b`), 'Name.Constant'],
      [words(BUILTIN_FUNCTIONS, '', String.raw`\b`), 'Name.Builtin'],
      [words(BUILTIN_VARIABLES, '', String.raw`\b`), 'Name.Builtin'],
      ['[a-z_][a-z0-9_]*', 'Name'],
      // a line continuation
      [String.raw`\b_\n`, 'Operator'],
      // Pygments' words(r'(),.:'): each character is a word
      [words([...'(),.:']), 'Punctuation'],
      [String.raw`.+(\n)?`, 'Error'],
    ],
    dim_more: [
      [String.raw`(\s*)(,)(\s*)([a-z_][a-z0-9]*)`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Variable')],
      defaultState('#pop'),
    ],
    string: [
      [String.raw`[^"\n]+`, 'Literal.String.Double'],
      ['""', 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
      // an unterminated string
      [String.raw`\n`, 'Error', '#pop'],
    ],
  },
};
