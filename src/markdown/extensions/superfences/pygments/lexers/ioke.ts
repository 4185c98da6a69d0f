/**
 * Pygments' IokeLexer (pygments/lexers/jvm.py, Pygments 2.20), rule for rule: Ioke: text and regex
 * literals with interpolation, kinds and its many builtin messages.
 *
 *     x = method(a, a + 1)   ->   <nv>x</nv><w> </w><o>=</o><w> </w><nf>method</nf><p>(</p><n>a</n><p>,</p><w> </w><n>a</n><w> </w><o>+</o><w> </w><mf>1</mf><p>)</p>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const iokeLexer: LexerDefinition = {
  name: 'Ioke',
  aliases: ['ioke', 'ik'],
  tokens: {
    interpolatableText: [
      [String.raw`(\\b|\\e|\\t|\\n|\\f|\\r|\\"|\\\\|\\#|\\\Z|\\u[0-9a-fA-F]{1,4}|\\[0-3]?[0-7]?[0-7])`, 'Literal.String.Escape'],
      [String.raw`#\{`, 'Punctuation', 'textInterpolationRoot'],
    ],
    text: [
      [String.raw`(?<!\\)"`, 'Literal.String', '#pop'],
      include('interpolatableText'),
      ['[^"]', 'Literal.String'],
    ],
    documentation: [
      [String.raw`(?<!\\)"`, 'Literal.String.Doc', '#pop'],
      include('interpolatableText'),
      ['[^"]', 'Literal.String.Doc'],
    ],
    textInterpolationRoot: [
      [String.raw`\}`, 'Punctuation', '#pop'],
      include('root'),
    ],
    slashRegexp: [
      [String.raw`(?<!\\)/[im-psux]*`, 'Literal.String.Regex', '#pop'],
      include('interpolatableText'),
      [String.raw`\\/`, 'Literal.String.Regex'],
      ['[^/]', 'Literal.String.Regex'],
    ],
    squareRegexp: [
      [String.raw`(?<!\\)][im-psux]*`, 'Literal.String.Regex', '#pop'],
      include('interpolatableText'),
      [String.raw`\\]`, 'Literal.String.Regex'],
      [String.raw`[^\]]`, 'Literal.String.Regex'],
    ],
    squareText: [
      [String.raw`(?<!\\)]`, 'Literal.String', '#pop'],
      include('interpolatableText'),
      [String.raw`[^\]]`, 'Literal.String'],
    ],
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`;(.*?)\n`, 'Comment'],
      [String.raw`\A#!(.*?)\n`, 'Comment'],
      ['#/', 'Literal.String.Regex', 'slashRegexp'],
      [String.raw`#r\[`, 'Literal.String.Regex', 'squareRegexp'],
      [String.raw`:[\w!:?]+`, 'Literal.String.Symbol'],
      [String.raw`[\w!:?]+:(?![\w!?])`, 'Literal.String.Other'],
      [String.raw`:"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Symbol'],
      [String.raw`((?<=fn\()|(?<=fnx\()|(?<=method\()|(?<=macro\()|(?<=lecro\()|(?<=syntax\()|(?<=dmacro\()|(?<=dlecro\()|(?<=dlecrox\()|(?<=dsyntax\())(\s*)"`, 'Literal.String.Doc', 'documentation'],
      ['"', 'Literal.String', 'text'],
      [String.raw`#\[`, 'Literal.String', 'squareText'],
      [String.raw`\w[\w!:?]+(?=\s*=.*mimic\s)`, 'Name.Entity'],
      [String.raw`[a-zA-Z_][\w!:?]*(?=[\s]*[+*/-]?=[^=].*($|\.))`, 'Name.Variable'],
      [String.raw`(break|cond|continue|do|ensure|for|for:dict|for:set|if|let|loop|p:for|p:for:dict|p:for:set|return|unless|until|while|with)(?![\w!:?])`, 'Keyword.Reserved'],
      [String.raw`(eval|mimic|print|println)(?![\w!:?])`, 'Keyword'],
      [String.raw`(cell\?|cellNames|cellOwner\?|cellOwner|cells|cell|documentation|hash|identity|mimic|removeCell\!|undefineCell\!)(?![\w!:?])`, 'Keyword'],
      [String.raw`(stackTraceAsText)(?![\w!:?])`, 'Keyword'],
      [String.raw`(dict|list|message|set)(?![\w!:?])`, 'Keyword.Reserved'],
      [String.raw`(case|case:and|case:else|case:nand|case:nor|case:not|case:or|case:otherwise|case:xor)(?![\w!:?])`, 'Keyword.Reserved'],
      [String.raw`(asText|become\!|derive|freeze\!|frozen\?|in\?|is\?|kind\?|mimic\!|mimics|mimics\?|prependMimic\!|removeAllMimics\!|removeMimic\!|same\?|send|thaw\!|uniqueHexId)(?![\w!:?])`, 'Keyword'],
      [String.raw`(after|around|before)(?![\w!:?])`, 'Keyword.Reserved'],
      [String.raw`(kind|cellDescriptionDict|cellSummary|genSym|inspect|notice)(?![\w!:?])`, 'Keyword'],
      ['(use|destructuring)', 'Keyword.Reserved'],
      [String.raw`(cell\?|cellOwner\?|cellOwner|cellNames|cells|cell|documentation|identity|removeCell!|undefineCell)(?![\w!:?])`, 'Keyword'],
      [String.raw`(internal:compositeRegexp|internal:concatenateText|internal:createDecimal|internal:createNumber|internal:createRegexp|internal:createText)(?![\w!:?])`, 'Keyword.Reserved'],
      [String.raw`(availableRestarts|bind|error\!|findRestart|handle|invokeRestart|rescue|restart|signal\!|warn\!)(?![\w!:?])`, 'Keyword.Reserved'],
      [String.raw`(nil|false|true)(?![\w!:?])`, 'Name.Constant'],
      [String.raw`(Arity|Base|Call|Condition|DateTime|Aspects|Pointcut|Assignment|BaseBehavior|Boolean|Case|AndCombiner|Else|NAndCombiner|NOrCombiner|NotCombiner|OrCombiner|XOrCombiner|Conditions|Definitions|FlowControl|Internal|Literals|Reflection|DefaultMacro|DefaultMethod|DefaultSyntax|Dict|FileSystem|Ground|Handler|Hook|IO|IokeGround|Struct|LexicalBlock|LexicalMacro|List|Message|Method|Mixins|NativeMethod|Number|Origin|Pair|Range|Reflector|Regexp Match|Regexp|Rescue|Restart|Runtime|Sequence|Set|Symbol|System|Text|Tuple)(?![\w!:?])`, 'Name.Builtin'],
      [String.raw`(generateMatchMethod|aliasMethod|λ|ʎ|fnx|fn|method|dmacro|dlecro|syntax|macro|dlecrox|lecrox|lecro|syntax)(?![\w!:?])`, 'Name.Function'],
      ['-?0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`-?(\d+\.?\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [String.raw`#\(`, 'Punctuation'],
      [String.raw`(&&>>|\|\|>>|\*\*>>|:::|::|\.\.\.|===|\*\*>|\*\*=|&&>|&&=|\|\|>|\|\|=|\->>|\+>>|!>>|<>>>|<>>|&>>|%>>|#>>|@>>|/>>|\*>>|\?>>|\|>>|\^>>|~>>|\$>>|=>>|<<=|>>=|<=>|<\->|=~|!~|=>|\+\+|\-\-|<=|>=|==|!=|&&|\.\.|\+=|\-=|\*=|\/=|%=|&=|\^=|\|=|<\-|\+>|!>|<>|&>|%>|#>|\@>|\/>|\*>|\?>|\|>|\^>|~>|\$>|<\->|\->|<<|>>|\*\*|\?\||\?&|\|\||>|<|\*|\/|%|\+|\-|&|\^|\||=|\$|!|~|\?|#|\u2260|\u2218|\u2208|\u2209)`, 'Operator'],
      [String.raw`(and|nand|or|xor|nor|return|import)(?![\w!?])`, 'Operator'],
      ["(\\`\\`|\\`|\\'\\'|\\'|\\.|\\,|@@|@|\\[|\\]|\\(|\\)|\\{|\\})", 'Punctuation'],
      [String.raw`[A-Z][\w!:?]*`, 'Name.Class'],
      [String.raw`[a-z_][\w!:?]*`, 'Name'],
    ],
  },
};
