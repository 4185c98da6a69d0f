/**
 * Pygments' QmlLexer (pygments/lexers/webmisc.py, Pygments 2.20.0), rule for rule: an old copy of
 * JavascriptLexer's rules with QML's `name:` property bindings and `id:` declarations.
 *
 *     Rectangle { id: root; width: 100 }   ->   <n>Rectangle</n> <p>{</p> <kd>id: root</kd><p>;</p> <k>width:</k> <mi>100</mi> <p>}</p>
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const qmlLexer: LexerDefinition = {
  name: 'QML',
  aliases: ['qml', 'qbs'],
  flags: 'ms',
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text'],
      ['<!--', 'Comment'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/` + String.raw`([gim]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      ['(?=/)', 'Text', ['#pop', 'badregex']],
      defaultState('#pop'),
    ],
    badregex: [[String.raw`\n`, 'Text', '#pop']],
    root: [
      ['^(?=\\s|/|<!--)', 'Text', 'slashstartsregex'],
      include('commentsandwhitespace'),
      [String.raw`\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|` + String.raw`(<<|>>>?|==?|!=?|[-<>+*%&|^/])=?`, 'Operator', 'slashstartsregex'],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      // QML insertions
      [String.raw`\bid\s*:\s*[A-Za-z][\w.]*`, 'Keyword.Declaration', 'slashstartsregex'],
      [String.raw`\b[A-Za-z][\w.]*\s*:`, 'Keyword', 'slashstartsregex'],
      // the rest from JavascriptLexer
      [
        '(for|in|while|do|break|return|continue|switch|case|default|if|else|' +
          'throw|try|catch|finally|new|delete|typeof|instanceof|void|' +
          String.raw`this)\b`,
        'Keyword',
        'slashstartsregex',
      ],
      [String.raw`(var|let|with|function)\b`, 'Keyword.Declaration', 'slashstartsregex'],
      [
        '(abstract|boolean|byte|char|class|const|debugger|double|enum|export|' +
          'extends|final|float|goto|implements|import|int|interface|long|native|' +
          'package|private|protected|public|short|static|super|synchronized|throws|' +
          String.raw`transient|volatile)\b`,
        'Keyword.Reserved',
      ],
      [String.raw`(true|false|null|NaN|Infinity|undefined)\b`, 'Keyword.Constant'],
      [
        '(Array|Boolean|Date|Error|Function|Math|netscape|' +
          'Number|Object|Packages|RegExp|String|sun|decodeURI|' +
          'decodeURIComponent|encodeURI|encodeURIComponent|' +
          'Error|eval|isFinite|isNaN|parseFloat|parseInt|document|this|' +
          String.raw`window)\b`,
        'Name.Builtin',
      ],
      [String.raw`[$a-zA-Z_]\w*`, 'Name.Other'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ],
  },
};
