/**
 * Pygments' SmalltalkLexer (pygments/lexers/smalltalk.py, Pygments 2.20.0), rule for rule: after
 * an object (`afterobject`) a word is a message; Squeak's fileout chunks (`!Foo methodsFor: 'x'!`)
 * are recognized at line starts.
 *
 *     x := 3 + 4.   ->   <nv>x</nv><w> </w><o>:=</o><w> </w><m>3</m><w> </w><nf>+</nf>...
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const smalltalkLexer: LexerDefinition = {
  name: 'Smalltalk',
  aliases: ['smalltalk', 'squeak', 'st'],
  tokens: {
    root: [
      [String.raw`(<)(\w+:)(.*?)(>)`, bygroups('Text', 'Keyword', 'Text', 'Text')],
      include('squeak fileout'),
      include('whitespaces'),
      include('method definition'),
      [String.raw`(\|)([\w\s]*)(\|)`, bygroups('Operator', 'Name.Variable', 'Operator')],
      include('objects'),
      [String.raw`\^|\:=|\_`, 'Operator'],
      [String.raw`[\]({}.;!]`, 'Text'],
    ],
    'method definition': [
      [String.raw`([a-zA-Z]+\w*:)(\s*)(\w+)`, bygroups('Name.Function', 'Text', 'Name.Variable')],
      [String.raw`^(\b[a-zA-Z]+\w*\b)(\s*)$`, bygroups('Name.Function', 'Text')],
      [String.raw`^([-+*/\\~<>=|&!?,@%]+)(\s*)(\w+)(\s*)$`, bygroups('Name.Function', 'Text', 'Name.Variable', 'Text')],
    ],
    blockvariables: [
      include('whitespaces'),
      [String.raw`(:)(\s*)(\w+)`, bygroups('Operator', 'Text', 'Name.Variable')],
      [String.raw`\|`, 'Operator', '#pop'],
      defaultState('#pop'),
    ],
    literals: [
      [String.raw`'(''|[^'])*'`, 'Literal.String', 'afterobject'],
      [String.raw`\$.`, 'Literal.String.Char', 'afterobject'],
      [String.raw`#\(`, 'Literal.String.Symbol', 'parenth'],
      [String.raw`\)`, 'Text', 'afterobject'],
      [String.raw`(\d+r)?-?\d+(\.\d+)?(e-?\d+)?`, 'Literal.Number', 'afterobject'],
    ],
    _parenth_helper: [
      include('whitespaces'),
      [String.raw`(\d+r)?-?\d+(\.\d+)?(e-?\d+)?`, 'Literal.Number'],
      [String.raw`[-+*/\\~<>=|&#!?,@%\w:]+`, 'Literal.String.Symbol'],
      [String.raw`'(''|[^'])*'`, 'Literal.String'],
      [String.raw`\$.`, 'Literal.String.Char'],
      [String.raw`#*\(`, 'Literal.String.Symbol', 'inner_parenth'],
    ],
    parenth: [
      [String.raw`\)`, 'Literal.String.Symbol', ['root', 'afterobject']],
      include('_parenth_helper'),
    ],
    inner_parenth: [
      [String.raw`\)`, 'Literal.String.Symbol', '#pop'],
      include('_parenth_helper'),
    ],
    whitespaces: [
      [String.raw`\s+`, 'Text'],
      ['"(""|[^"])*"', 'Comment'],
    ],
    objects: [
      [String.raw`\[`, 'Text', 'blockvariables'],
      [String.raw`\]`, 'Text', 'afterobject'],
      [String.raw`\b(self|super|true|false|nil|thisContext)\b`, 'Name.Builtin.Pseudo', 'afterobject'],
      [String.raw`\b[A-Z]\w*(?!:)\b`, 'Name.Class', 'afterobject'],
      [String.raw`\b[a-z]\w*(?!:)\b`, 'Name.Variable', 'afterobject'],
      [String.raw`#("(""|[^"])*"|[-+*/\\~<>=|&!?,@%]+|[\w:]+)`, 'Literal.String.Symbol', 'afterobject'],
      include('literals'),
    ],
    afterobject: [
      ['! !$', 'Keyword', '#pop'],
      include('whitespaces'),
      [String.raw`\b(ifTrue:|ifFalse:|whileTrue:|whileFalse:|timesRepeat:)`, 'Name.Builtin', '#pop'],
      [String.raw`\b(new\b(?!:))`, 'Name.Builtin'],
      [String.raw`\:=|\_`, 'Operator', '#pop'],
      [String.raw`\b[a-zA-Z]+\w*:`, 'Name.Function', '#pop'],
      [String.raw`\b[a-zA-Z]+\w*`, 'Name.Function'],
      [String.raw`\w+:?|[-+*/\\~<>=|&!?,@%]+`, 'Name.Function', '#pop'],
      [String.raw`\.`, 'Punctuation', '#pop'],
      [';', 'Punctuation'],
      [String.raw`[\])}]`, 'Text'],
      [String.raw`[\[({]`, 'Text', '#pop'],
    ],
    'squeak fileout': [
      ['^"(""|[^"])*"!', 'Keyword'],
      [String.raw`^'(''|[^'])*'!`, 'Keyword'],
      [String.raw`^(!)(\w+)( commentStamp: )(.*?)( prior: .*?!\n)(.*?)(!)`, bygroups('Keyword', 'Name.Class', 'Keyword', 'Literal.String', 'Keyword', 'Text', 'Keyword')],
      [String.raw`^(!)(\w+(?: class)?)( methodsFor: )('(?:''|[^'])*')(.*?!)`, bygroups('Keyword', 'Name.Class', 'Keyword', 'Literal.String', 'Keyword')],
      [String.raw`^(\w+)( subclass: )(#\w+)(\s+instanceVariableNames: )(.*?)(\s+classVariableNames: )(.*?)(\s+poolDictionaries: )(.*?)(\s+category: )(.*?)(!)`, bygroups('Name.Class', 'Keyword', 'Literal.String.Symbol', 'Keyword', 'Literal.String', 'Keyword', 'Literal.String', 'Keyword', 'Literal.String', 'Keyword', 'Literal.String', 'Keyword')],
      [String.raw`^(\w+(?: class)?)(\s+instanceVariableNames: )(.*?)(!)`, bygroups('Name.Class', 'Keyword', 'Literal.String', 'Keyword')],
      [String.raw`(!\n)(\].*)(! !)$`, bygroups('Keyword', 'Text', 'Keyword')],
      ['! !$', 'Keyword'],
    ],
  },
};
