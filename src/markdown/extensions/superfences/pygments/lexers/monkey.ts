/**
 * Pygments' MonkeyLexer (pygments/lexers/basic.py, Pygments 2.20.0), rule for rule: Monkey (Blitz Research).
 *
 *     Function Main:Int() Print "Hello" End
 *     ->   <kr>Function</kr> <nf>Main</nf><p>:</p><kt>Int</kt><p>(</p><p>)</p> <nf>Print</nf> <s2>"</s2><s2>Hello</s2><s2>"</s2> <kr>End</kr>
 */
import { bygroups, defaultState, type LexerDefinition } from '../regex-lexer.ts';

export const monkeyLexer: LexerDefinition = {
  name: 'Monkey',
  aliases: ['monkey'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`'.*`, 'Comment'],
      [String.raw`(?i)^#rem\b`, 'Comment.Multiline', 'comment'],
      [String.raw`(?i)^(?:#If|#ElseIf|#Else|#EndIf|#End|#Print|#Error)\b`, 'Comment.Preproc'],
      [String.raw`^#`, 'Comment.Preproc', 'variables'],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`[0-9]+\.[0-9]*(?!\.)`, 'Literal.Number.Float'],
      [String.raw`\.[0-9]+(?!\.)`, 'Literal.Number.Float'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`\$[0-9a-fA-Z]+`, 'Literal.Number.Hex'],
      [String.raw`\%[10]+`, 'Literal.Number.Bin'],
      [String.raw`\b(?:Int|Float|String|Bool|Object|Array|Void)\b`, 'Keyword.Type'],
      [String.raw`(?i)\b(?:Try|Catch|Throw)\b`, 'Keyword.Reserved'],
      [String.raw`Throwable`, 'Name.Exception'],
      [String.raw`(?i)\b(?:Null|True|False)\b`, 'Name.Builtin'],
      [String.raw`(?i)\b(?:Self|Super)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`\b(?:HOST|LANG|TARGET|CONFIG)\b`, 'Name.Constant'],
      [String.raw`(?i)^(Import)(\s+)(.*)(\n)`, bygroups('Keyword.Namespace', 'Text.Whitespace', 'Name.Namespace', 'Text.Whitespace')],
      [String.raw`(?i)^Strict\b.*\n`, 'Keyword.Reserved'],
      [String.raw`(?i)(Const|Local|Global|Field)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'variables'],
      [String.raw`(?i)(New|Class|Interface|Extends|Implements)(\s+)`, bygroups('Keyword.Reserved', 'Text.Whitespace'), 'classname'],
      [String.raw`(?i)(Function|Method)(\s+)`, bygroups('Keyword.Reserved', 'Text.Whitespace'), 'funcname'],
      [String.raw`(?i)(?:End|Return|Public|Private|Extern|Property|Final|Abstract)\b`, 'Keyword.Reserved'],
      [String.raw`(?i)(?:If|Then|Else|ElseIf|EndIf|Select|Case|Default|While|Wend|Repeat|Until|Forever|For|To|Until|Step|EachIn|Next|Exit|Continue)(?=\s)`, 'Keyword.Reserved'],
      [String.raw`(?i)\b(?:Module|Inline)\b`, 'Keyword.Reserved'],
      [String.raw`[\[\]]`, 'Punctuation'],
      [String.raw`<=|>=|<>|\*=|/=|\+=|-=|&=|~=|\|=|[-&*/^+=<>|~]`, 'Operator'],
      [String.raw`(?i)(?:Not|Mod|Shl|Shr|And|Or)`, 'Operator.Word'],
      [String.raw`[(){}!#,.:]`, 'Punctuation'],
      [String.raw`[A-Z_][A-Z0-9_]*\b`, 'Name.Constant'],
      [String.raw`[A-Z]\w*\b`, 'Name.Function'],
      [String.raw`[a-z_]\w*\b`, 'Name.Variable'],
    ],
    funcname: [
      [String.raw`(?i)[A-Z]\w*\b`, 'Name.Function'],
      [String.raw`:`, 'Punctuation', 'classname'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\(`, 'Punctuation', 'variables'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    classname: [
      [String.raw`[a-z0-9_]*\.`, 'Name.Namespace'],
      [String.raw`(?:Int|Float|String|Bool|Object|Array|Void)\b`, 'Keyword.Type'],
      [String.raw`[A-Z]\w*\b`, 'Name.Class'],
      [String.raw`(\[)(\s*)(\d*)(\s*)(\])`, bygroups('Punctuation', 'Text.Whitespace', 'Literal.Number.Integer', 'Text.Whitespace', 'Punctuation')],
      [String.raw`\s+(?!<)`, 'Text.Whitespace', '#pop'],
      [String.raw`<`, 'Punctuation', '#push'],
      [String.raw`>`, 'Punctuation', '#pop'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      defaultState('#pop'),
    ],
    variables: [
      [String.raw`[A-Z_][A-Z0-9_]*\b`, 'Name.Constant'],
      [String.raw`[a-z_]\w*\b`, 'Name.Variable'],
      [String.raw`[?%#$]`, 'Keyword.Type'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`:`, 'Punctuation', 'classname'],
      [String.raw`,`, 'Punctuation', '#push'],
      defaultState('#pop'),
    ],
    string: [
      [String.raw`[^"~]+`, 'Literal.String.Double'],
      [String.raw`~q|~n|~r|~t|~z|~~`, 'Literal.String.Escape'],
      [String.raw`"`, 'Literal.String.Double', '#pop'],
    ],
    comment: [
      [String.raw`(?i)^#rem.*?`, 'Comment.Multiline', '#push'],
      [String.raw`(?i)^#end.*?`, 'Comment.Multiline', '#pop'],
      [String.raw`\n`, 'Comment.Multiline'],
      [String.raw`.+`, 'Comment.Multiline'],
    ],
  },
};
