/**
 * Pygments' OrgLexer (pygments/lexers/markup.py, Pygments 2.20.0), rule for rule: headings,
 * list items, blocks, drawers and inline markup; a dynamic block's body is lexed again as Org.
 *
 *     * TODO Write docs   ->   <gh>* </gh><gr>TODO</gr><gh> Write docs</gh>
 */
import { bygroups, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const orgLexer: LexerDefinition = {
  name: 'Org Mode',
  aliases: ['org', 'orgmode', 'org-mode'],
  tokens: {
    root: [
      ['^# .*', 'Comment.Single'],
      [String.raw`^(\* )(COMMENT)( .*)`, bygroups('Generic.Heading', 'Comment.Preproc', 'Generic.Heading')],
      [String.raw`^(\*\*+ )(COMMENT)( .*)`, bygroups('Generic.Subheading', 'Comment.Preproc', 'Generic.Subheading')],
      [String.raw`^(\* )(DONE)( .*)`, bygroups('Generic.Heading', 'Generic.Deleted', 'Generic.Heading')],
      [String.raw`^(\*\*+ )(DONE)( .*)`, bygroups('Generic.Subheading', 'Generic.Deleted', 'Generic.Subheading')],
      [String.raw`^(\* )(TODO)( .*)`, bygroups('Generic.Heading', 'Generic.Error', 'Generic.Heading')],
      [String.raw`^(\*\*+ )(TODO)( .*)`, bygroups('Generic.Subheading', 'Generic.Error', 'Generic.Subheading')],
      [String.raw`^(\* .+?)( :[a-zA-Z0-9_@:]+:)?$`, bygroups('Generic.Heading', 'Generic.Emph')],
      [String.raw`^(\*\*+ .+?)( :[a-zA-Z0-9_@:]+:)?$`, bygroups('Generic.Subheading', 'Generic.Emph')],
      [String.raw`^(?:( *)([+-] )|( +)(\* ))(\[[ X-]\])?(.+ ::)?`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword', 'Generic.Prompt', 'Name.Label')],
      [String.raw`^( *)([0-9]+[.)])( \[@[0-9]+\])?`, bygroups('Text.Whitespace', 'Keyword', 'Generic.Emph')],
      [String.raw`(?i)^( *#\+begin: *)((?:.|\n)*?)(^ *#\+end: *$)`, bygroups('Operator.Word', usingThis(), 'Operator.Word')],
      [String.raw`(?i)^( *#\+begin_comment *\n)((?:.|\n)*?)(^ *#\+end_comment *$)`, bygroups('Operator.Word', 'Comment.Multiline', 'Operator.Word')],
      [String.raw`(?i)^( *#\+begin_src .*)((?:.|\n)*?)(^ *#\+end_src *$)`, bygroups('Operator.Word', 'Text', 'Operator.Word')],
      [String.raw`(?i)^( *#\+begin_\w+)( *\n)((?:.|\n)*?)(^ *#\+end_\w+)( *$)`, bygroups('Operator.Word', 'Text.Whitespace', 'Text', 'Operator.Word', 'Text.Whitespace')],
      [String.raw`^(#\+\w+:)(.*)$`, bygroups('Name.Namespace', 'Text')],
      [String.raw`(?i)^( *:\w+: *\n)((?:.|\n)*?)(^ *:end: *$)`, bygroups('Name.Decorator', 'Comment.Special', 'Name.Decorator')],
      [String.raw`\\\\$`, 'Operator'],
      [String.raw`^\s*CLOSED:\s+`, 'Generic.Deleted', 'dateline'],
      [String.raw`^\s*(?:DEADLINE:|SCHEDULED:)\s+`, 'Generic.Error', 'dateline'],
      [String.raw`(?<!\w)\*(.|\n(?!\n))+?\*+(?!\w)`, 'Generic.Strong'],
      [String.raw`(?<!\w)/(.|\n(?!\n))+?/(?!\w)`, 'Generic.Emph'],
      [String.raw`(?<!\w)=(.|\n(?!\n))+?=(?!\w)`, 'Literal.String'],
      [String.raw`(?<!\w)~(.|\n(?!\n))+?~(?!\w)`, 'Literal.String'],
      [String.raw`(?<!\w)\+(.|\n(?!\n))+?\+(?!\w)`, 'Generic.Deleted'],
      [String.raw`(?<!\w)_(.|\n(?!\n))+?_+(?!\w)`, 'Generic.EmphStrong'],
      ['<.+?>', 'Literal.Date'],
      [String.raw`\{\{\{.+?\}\}\}`, 'Comment.Preproc'],
      [String.raw`(?<!\[)\[fn:.+?\]`, 'Name.Tag'],
      [String.raw`(?s)(\[\[)(.*?)(\]\[)(.*?)(\]\])`, bygroups('Punctuation', 'Name.Attribute', 'Punctuation', 'Name.Tag', 'Punctuation')],
      [String.raw`(?s)(\[\[)(.+?)(\]\])`, bygroups('Punctuation', 'Name.Attribute', 'Punctuation')],
      ['(<<)(.+?)(>>)', bygroups('Punctuation', 'Name.Attribute', 'Punctuation')],
      [String.raw`^( *)(\|[ -].*?[ -]\|)$`, bygroups('Text.Whitespace', 'Literal.String')],
      [String.raw`[^#*+\-0-9:\\/=~_<{\[|\n]+`, 'Text'],
      [String.raw`[#*+\-0-9:\\/=~_<{\[|\n]`, 'Text'],
    ],
    dateline: [
      [String.raw`\s*CLOSED:\s+`, 'Generic.Deleted'],
      [String.raw`\s*(?:DEADLINE:|SCHEDULED:)\s+`, 'Generic.Error'],
      [String.raw`\[.+?\]`, 'Literal.Date'],
      ['<[^>]+?>', 'Literal.Date'],
      [String.raw`(\s*)$`, 'Text', '#pop'],
      ['.', 'Text'],
    ],
  },
};
