/**
 * Pygments' VbNetLexer (pygments/lexers/dotnet.py, Pygments 2.20.0), rule for rule: Visual
 * Basic .NET (and LibreOffice, OpenOffice and StarOffice Basic), case-insensitive. A name
 * after `Dim`, `Sub`, `Class` or `Imports` is what it declares.
 *
 *     Dim x As Integer = &H1F   ->   <k>Dim</k><w> </w><nv>x</nv><w> </w><ow>As</ow><w> </w><kt>Integer</kt><w> </w><o>=</o><w> </w><mi>&H1F</mi>
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

// Pygments builds these classes from its unistring tables; Unicode properties are the same sets.
// No `Lu`: uppercase letters match through re.IGNORECASE.
const UNI_NAME = String.raw`[_\p{Ll}\p{Lt}\p{Lm}\p{Nl}][\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*`;

const KEYWORDS = [
  'AddHandler', 'Alias', 'ByRef', 'ByVal', 'Call', 'Case',
  'Catch', 'CBool', 'CByte', 'CChar', 'CDate', 'CDec', 'CDbl',
  'CInt', 'CLng', 'CObj', 'Continue', 'CSByte', 'CShort', 'CSng',
  'CStr', 'CType', 'CUInt', 'CULng', 'CUShort', 'Declare',
  'Default', 'Delegate', 'DirectCast', 'Do', 'Each', 'Else',
  'ElseIf', 'EndIf', 'Erase', 'Error', 'Event', 'Exit', 'False',
  'Finally', 'For', 'Friend', 'Get', 'Global', 'GoSub', 'GoTo',
  'Handles', 'If', 'Implements', 'Inherits', 'Interface', 'Let',
  'Lib', 'Loop', 'Me', 'MustInherit', 'MustOverride', 'MyBase',
  'MyClass', 'Narrowing', 'New', 'Next', 'Not', 'Nothing',
  'NotInheritable', 'NotOverridable', 'Of', 'On', 'Operator',
  'Option', 'Optional', 'Overloads', 'Overridable', 'Overrides',
  'ParamArray', 'Partial', 'Private', 'Protected', 'Public',
  'RaiseEvent', 'ReadOnly', 'ReDim', 'RemoveHandler', 'Resume',
  'Return', 'Select', 'Set', 'Shadows', 'Shared', 'Single',
  'Static', 'Step', 'Stop', 'SyncLock', 'Then', 'Throw', 'To',
  'True', 'Try', 'TryCast', 'Wend', 'Using', 'When', 'While',
  'Widening', 'With', 'WithEvents', 'WriteOnly',
];

export const vbnetLexer: LexerDefinition = {
  name: 'VB.net',
  aliases: ['vb.net', 'vbnet', 'lobas', 'oobas', 'sobas', 'visual-basic', 'visualbasic'],
  flags: 'mi',
  tokens: {
    root: [
      [String.raw`^\s*<.*?>`, 'Name.Attribute'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`(rem\b.*?)(\n)`, bygroups('Comment', 'Text.Whitespace')],
      [String.raw`('.*?)(\n)`, bygroups('Comment', 'Text.Whitespace')],
      [String.raw`#If\s.*?\sThen|#ElseIf\s.*?\sThen|#Else|#End\s+If|#Const|` +
        String.raw`#ExternalSource.*?\n|#End\s+ExternalSource|` +
        String.raw`#Region.*?\n|#End\s+Region|#ExternalChecksum`, 'Comment.Preproc'],
      ['[(){}!#,.:]', 'Punctuation'],
      [String.raw`(Option)(\s+)(Strict|Explicit|Compare)(\s+)(On|Off|Binary|Text)`,
        bygroups('Keyword.Declaration', 'Text.Whitespace', 'Keyword.Declaration', 'Text.Whitespace', 'Keyword.Declaration')],
      [words(KEYWORDS, String.raw`(?<!\.)`, String.raw`\b`), 'Keyword'],
      [String.raw`(?<!\.)End\b`, 'Keyword', 'end'],
      [String.raw`(?<!\.)(Dim|Const)\b`, 'Keyword', 'dim'],
      [String.raw`(?<!\.)(Function|Sub|Property)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'funcname'],
      [String.raw`(?<!\.)(Class|Structure|Enum)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [String.raw`(?<!\.)(Module|Namespace|Imports)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'namespace'],
      [String.raw`(?<!\.)(Boolean|Byte|Char|Date|Decimal|Double|Integer|Long|` +
        String.raw`Object|SByte|Short|Single|String|Variant|UInteger|ULong|UShort)\b`, 'Keyword.Type'],
      [String.raw`(?<!\.)(AddressOf|And|AndAlso|As|GetType|In|Is|IsNot|Like|Mod|Or|OrElse|TypeOf|Xor)\b`, 'Operator.Word'],
      [String.raw`&=|[*]=|/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*/\\^+=<>\[\]]`, 'Operator'],
      ['"', 'Literal.String', 'string'],
      [String.raw`(_)(\n)`, bygroups('Text', 'Text.Whitespace')], // Line continuation (must be before Name)
      [UNI_NAME + '[%&@!#$]?', 'Name'],
      ['#.*?#', 'Literal.Date'],
      [String.raw`(\d+\.\d*|\d*\.\d+)(F[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+([SILDFR]|US|UI|UL)?`, 'Literal.Number.Integer'],
      ['&H[0-9a-f]+([SILDFR]|US|UI|UL)?', 'Literal.Number.Integer'],
      ['&O[0-7]+([SILDFR]|US|UI|UL)?', 'Literal.Number.Integer'],
    ],
    string: [
      ['""', 'Literal.String'],
      ['"C?', 'Literal.String', '#pop'],
      ['[^"]+', 'Literal.String'],
    ],
    dim: [
      [UNI_NAME, 'Name.Variable', '#pop'],
      defaultState('#pop'), // any other syntax
    ],
    funcname: [
      [UNI_NAME, 'Name.Function', '#pop'],
    ],
    classname: [
      [UNI_NAME, 'Name.Class', '#pop'],
    ],
    namespace: [
      [UNI_NAME, 'Name.Namespace'],
      [String.raw`\.`, 'Name.Namespace'],
      defaultState('#pop'),
    ],
    end: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\b`, 'Keyword', '#pop'],
      defaultState('#pop'),
    ],
  },
};
