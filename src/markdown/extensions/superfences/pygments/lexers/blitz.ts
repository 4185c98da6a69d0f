/**
 * Pygments' BlitzBasicLexer (pygments/lexers/basic.py, Pygments 2.20.0), rule for rule: BlitzBasic.
 *
 *     Global x% = 10 : Print "x = " + x
 *     ->   <kd>Global</kd> <nv>x</nv><kt>%</kt> <o>=</o> <mi>10</mi> <p>:</p> <nv>Print</nv> <s2>"</s2><s2>x = </s2><s2>"</s2> <o>+</o> <nv>x</nv>
 *
 * Pygments' BlitzMaxLexer (pygments/lexers/basic.py, Pygments 2.20.0), rule for rule: BlitzMax.
 *
 *     Local x:Int = 10 Print "x = " + x
 *     ->   <kd>Local</kd> <nv>x</nv><p>:</p><kt>Int</kt> <o>=</o> <mi>10</mi> <nv>Print</nv> <s2>"</s2><s2>x = </s2><s2>"</s2> <o>+</o> <nv>x</nv>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const BLITZBASIC_KEYWORDS: readonly string[] = [
  'End', 'Return', 'Exit', 'Chr', 'Len', 'Asc', 'New', 'Delete', 'Insert', 'Include', 'Function', 'Type', 'If',
  'Then', 'Else', 'ElseIf', 'EndIf', 'For', 'To', 'Next', 'Step', 'Each', 'While', 'Wend', 'Repeat', 'Until',
  'Forever', 'Select', 'Case', 'Default', 'Goto', 'Gosub', 'Data', 'Read', 'Restore',
];

export const blitzBasicLexer: LexerDefinition = {
  name: 'BlitzBasic',
  aliases: ['blitzbasic', 'b3d', 'bplus'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`;.*?\n`, 'Comment.Single'],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`[0-9]+\.[0-9]*(?!\.)`, 'Literal.Number.Float'],
      [String.raw`\.[0-9]+(?!\.)`, 'Literal.Number.Float'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`\$[0-9a-f]+`, 'Literal.Number.Hex'],
      [String.raw`\%[10]+`, 'Literal.Number.Bin'],
      [words(['Shl', 'Shr', 'Sar', 'Mod', 'Or', 'And', 'Not', 'Abs', 'Sgn', 'Handle', 'Int', 'Float', 'Str', 'First', 'Last', 'Before', 'After'], String.raw`\b`, String.raw`\b`), 'Operator'],
      [String.raw`([+\-*/~=<>^])`, 'Operator'],
      [String.raw`[(),:\[\]\\]`, 'Punctuation'],
      [String.raw`\.([ \t]*)([a-z]\w*)`, 'Name.Label'],
      [String.raw`\b(New)\b([ \t]+)([a-z]\w*)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b(Gosub|Goto)\b([ \t]+)([a-z]\w*)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Label')],
      [String.raw`\b(Object)\b([ \t]*)([.])([ \t]*)([a-z]\w*)\b`, bygroups('Operator', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b([a-z]\w*)(?:([ \t]*)(@{1,2}|[#$%])|([ \t]*)([.])([ \t]*)(?:([a-z]\w*)))?\b([ \t]*)(\()`, bygroups('Name.Function', 'Text.Whitespace', 'Keyword.Type', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Punctuation')],
      [String.raw`\b(Function)\b([ \t]+)([a-z]\w*)(?:([ \t]*)(@{1,2}|[#$%])|([ \t]*)([.])([ \t]*)(?:([a-z]\w*)))?`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Keyword.Type', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b(Type)([ \t]+)([a-z]\w*)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b(Pi|True|False|Null)\b`, 'Keyword.Constant'],
      [String.raw`\b(Local|Global|Const|Field|Dim)\b`, 'Keyword.Declaration'],
      [words(BLITZBASIC_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`([a-z]\w*)(?:([ \t]*)(@{1,2}|[#$%])|([ \t]*)([.])([ \t]*)(?:([a-z]\w*)))?`, bygroups('Name.Variable', 'Text.Whitespace', 'Keyword.Type', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Class')],
    ],
    string: [
      [String.raw`""`, 'Literal.String.Double'],
      [String.raw`"C?`, 'Literal.String.Double', '#pop'],
      [String.raw`[^"\n]+`, 'Literal.String.Double'],
    ],
  },
};

const BLITZMAX_KEYWORDS: readonly string[] = [
  'Strict', 'SuperStrict', 'Module', 'ModuleInfo', 'End', 'Return', 'Continue', 'Exit', 'Public', 'Private', 'Var',
  'VarPtr', 'Chr', 'Len', 'Asc', 'SizeOf', 'Sgn', 'Abs', 'Min', 'Max', 'New', 'Release', 'Delete', 'Incbin',
  'IncbinPtr', 'IncbinLen', 'Framework', 'Include', 'Import', 'Extern', 'EndExtern', 'Function', 'EndFunction',
  'Type', 'EndType', 'Extends', 'Method', 'EndMethod', 'Abstract', 'Final', 'If', 'Then', 'Else', 'ElseIf', 'EndIf',
  'For', 'To', 'Next', 'Step', 'EachIn', 'While', 'Wend', 'EndWhile', 'Repeat', 'Until', 'Forever', 'Select', 'Case',
  'Default', 'EndSelect', 'Try', 'Catch', 'EndTry', 'Throw', 'Assert', 'Goto', 'DefData', 'ReadData', 'RestoreData',
];

export const blitzMaxLexer: LexerDefinition = {
  name: 'BlitzMax',
  aliases: ['blitzmax', 'bmax'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\.\.)(\n)`, bygroups('Text', 'Text.Whitespace')],
      [String.raw`'.*?\n`, 'Comment.Single'],
      [String.raw`([ \t]*)\bRem\n(\n|.)*?\s*\bEnd([ \t]*)Rem`, 'Comment.Multiline'],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`[0-9]+\.[0-9]*(?!\.)`, 'Literal.Number.Float'],
      [String.raw`\.[0-9]*(?!\.)`, 'Literal.Number.Float'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`\$[0-9a-f]+`, 'Literal.Number.Hex'],
      [String.raw`\%[10]+`, 'Literal.Number.Bin'],
      [String.raw`(?:(?:(:)?([ \t]*)(:?\b(Shl|Shr|Sar|Mod)\b|([+\-*/&|~]))|Or|And|Not|[=<>^]))`, 'Operator'],
      [String.raw`[(),.:\[\]]`, 'Punctuation'],
      [String.raw`(?:#[\w \t]*)`, 'Name.Label'],
      [String.raw`(?:\?[\w \t]*)`, 'Comment.Preproc'],
      [String.raw`\b(New)\b([ \t]?)([(]?)([a-z_]\w*)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Punctuation', 'Name.Class')],
      [String.raw`\b(Import|Framework|Module)([ \t]+)([a-z_]\w*\.[a-z_]\w*)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Keyword.Namespace')],
      [String.raw`([a-z_]\w*)(?:(?:([ \t]*)(@{1,2}|[!#$%])|([ \t]*:[ \t]*\b(?:Shl|Shr|Sar|Mod)\b)|([ \t]*)(:)([ \t]*)(?:\b(Int|Byte|Short|Float|Double|Long)\b|([a-z_]\w*)))(?:([ \t]*)(Ptr))?)?((?:[ \t]|\.\.\n)*)([(])`, bygroups('Name.Function', 'Text.Whitespace', 'Keyword.Type', 'Operator', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Keyword.Type', 'Name.Class', 'Text.Whitespace', 'Keyword.Type', 'Text.Whitespace', 'Punctuation')],
      [String.raw`([a-z_]\w*)(?:(?:([ \t]*)(@{1,2}|[!#$%])|([ \t]*:[ \t]*\b(?:Shl|Shr|Sar|Mod)\b)|([ \t]*)(:)([ \t]*)(?:\b(Int|Byte|Short|Float|Double|Long)\b|([a-z_]\w*)))(?:([ \t]*)(Ptr))?)`, bygroups('Name.Variable', 'Text.Whitespace', 'Keyword.Type', 'Operator', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Keyword.Type', 'Name.Class', 'Text.Whitespace', 'Keyword.Type')],
      [String.raw`\b(Type|Extends)([ \t]+)([a-z_]\w*)`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b(Ptr)\b`, 'Keyword.Type'],
      [String.raw`\b(Pi|True|False|Null|Self|Super)\b`, 'Keyword.Constant'],
      [String.raw`\b(Local|Global|Const|Field)\b`, 'Keyword.Declaration'],
      [words(['TNullMethodException', 'TNullFunctionException', 'TNullObjectException', 'TArrayBoundsException', 'TRuntimeException'], String.raw`\b`, String.raw`\b`), 'Name.Exception'],
      [words(BLITZMAX_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`([a-z_]\w*)`, 'Name.Variable'],
    ],
    string: [
      [String.raw`""`, 'Literal.String.Double'],
      [String.raw`"C?`, 'Literal.String.Double', '#pop'],
      [String.raw`[^"]+`, 'Literal.String.Double'],
    ],
  },
};
