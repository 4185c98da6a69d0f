/**
 * Pygments' KokaLexer (pygments/lexers/haskell.py, Pygments 2.20), rule for rule: Koka: effect types
 * in type states, raw strings and its operators.
 *
 *     fun main() { println("hi") }   ->   <k>fun</k><w> </w><nf>main</nf><p>(</p><p>)</p><w> </w><p>{</p><w> </w><n>println</n><p>(</p><s2>"</s2><s2>hi</s2><s2>"</s2><p>)</p><w> </w><p>}</p>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const kokaLexer: LexerDefinition = {
  name: 'Koka',
  aliases: ['koka'],
  tokens: {
    root: [
      include('whitespace'),
      [String.raw`::?(?![$%&*+@!/\\^~=.:\-?|<>]+)`, 'Name.Attribute', 'type'],
      [String.raw`(alias)(\s+)([a-z]\w*)?`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class'), 'alias-type'],
      [String.raw`(struct)(\s+)([a-z]\w*)?`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class'), 'struct-type'],
      [String.raw`(type|cotype|rectype|alias|struct|enum)(\s+)([a-z]\w*)?`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class'), 'type'],
      [String.raw`(module)(\s+)(interface(?=\s))?(\s+)?((?:[a-z]\w*/)*[a-z]\w*)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(import)(\s+)((?:[a-z]\w*/)*[a-z]\w*)(?:(\s*)(=)(\s*)(qualified)?(\s*)((?:[a-z]\w*/)*[a-z]\w*))?`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`^(public|private)?(\s+)?(function|fun|val)(\s+)([a-z]\w*|\((?:[$%&*+@!/\\^~=.:\-?|<>]+|/)\))`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`^(?:(public|private)(?=\s+external))?((?<!^)\s+)?(external)(\s+)(inline(?=\s))?(\s+)?([a-z]\w*|\((?:[$%&*+@!/\\^~=.:\-?|<>]+|/)\))`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(forall|exists|some|with)(?![\w/])`, 'Keyword.Type'],
      [String.raw`(infix|infixr|infixl|type|cotype|rectype|alias|struct|con|fun|function|val|var|external|if|then|else|elif|return|match|private|public|private|module|import|as|include|inline|rec|try|yield|enum|interface|instance)(?![\w/])`, 'Keyword'],
      [String.raw`(for|while|repeat|foreach|foreach-indexed|error|catch|finally|cs|js|file|ref|assigned)(?![\w/])`, 'Keyword.Pseudo'],
      [String.raw`::?|:=|\->|[=.](?![$%&*+@!/\\^~=.:\-?|<>]+)`, 'Keyword'],
      [String.raw`((?:[a-z]\w*/)*)([A-Z]\w*)`, bygroups('Name.Namespace', 'Generic.Emph')],
      [String.raw`((?:[a-z]\w*/)*)([a-z]\w*)`, bygroups('Name.Namespace', 'Name')],
      [String.raw`((?:[a-z]\w*/)*)(\((?:[$%&*+@!/\\^~=.:\-?|<>]+|/)\))`, bygroups('Name.Namespace', 'Name')],
      [String.raw`_\w*`, 'Name.Variable'],
      ['@"', 'Literal.String.Double', 'litstring'],
      [String.raw`[$%&*+@!/\\^~=.:\-?|<>]+|/(?![*/])`, 'Operator'],
      ['`', 'Operator'],
      [String.raw`[{}()\[\];,]`, 'Punctuation'],
      [String.raw`[0-9]+\.[0-9]+([eE][\-+]?[0-9]+)?`, 'Literal.Number.Float'],
      ['0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`'`, 'Literal.String.Char', 'char'],
      ['"', 'Literal.String.Double', 'string'],
    ],
    'alias-type': [
      ['=', 'Keyword'],
      include('type'),
    ],
    'struct-type': [
      [String.raw`(?=\((?!,*\)))`, 'Punctuation', '#pop'],
      include('type'),
    ],
    type: [
      [String.raw`[(\[<]`, 'Name.Attribute', 'type-nested'],
      include('type-content'),
    ],
    'type-nested': [
      [String.raw`[)\]>]`, 'Name.Attribute', '#pop'],
      [String.raw`[(\[<]`, 'Name.Attribute', 'type-nested'],
      [',', 'Name.Attribute'],
      [String.raw`([a-z]\w*)(\s*)(:)(?!:)`, bygroups('Name', 'Text.Whitespace', 'Name.Attribute')],
      include('type-content'),
    ],
    'type-content': [
      include('whitespace'),
      [String.raw`(forall|exists|some|with)(?![\w/])`, 'Keyword'],
      [String.raw`(?=((infix|infixr|infixl|type|cotype|rectype|alias|struct|con|fun|function|val|var|external|if|then|else|elif|return|match|private|public|private|module|import|as|include|inline|rec|try|yield|enum|interface|instance)(?![\w/])))`, 'Keyword', '#pop'],
      [String.raw`[EPHVX](?![\w/])`, 'Name.Attribute'],
      [String.raw`[a-z][0-9]*(?![\w/])`, 'Name.Attribute'],
      [String.raw`_\w*`, 'Name.Attribute.Variable'],
      [String.raw`((?:[a-z]\w*/)*)([A-Z]\w*)`, bygroups('Name.Namespace', 'Name.Attribute')],
      [String.raw`((?:[a-z]\w*/)*)([a-z]\w+)`, bygroups('Name.Namespace', 'Name.Attribute')],
      ['::|->|[.:|]', 'Name.Attribute'],
      defaultState('#pop'),
    ],
    whitespace: [
      [String.raw`(\n\s*)(#.*)$`, bygroups('Text.Whitespace', 'Comment.Preproc')],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      ['//.*$', 'Comment.Single'],
    ],
    comment: [
      ['[^/*]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    litstring: [
      ['[^"]+', 'Literal.String.Double'],
      ['""', 'Literal.String.Escape'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    string: [
      [String.raw`[^\\"\n]+`, 'Literal.String.Double'],
      include('escape-sequence'),
      [String.raw`["\n]`, 'Literal.String.Double', '#pop'],
    ],
    char: [
      [String.raw`[^\\\'\n]+`, 'Literal.String.Char'],
      include('escape-sequence'),
      [String.raw`[\'\n]`, 'Literal.String.Char', '#pop'],
    ],
    'escape-sequence': [
      [String.raw`\\[nrt\\"\']`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\U[0-9a-fA-F]{6}`, 'Literal.String.Escape'],
    ],
  },
};
