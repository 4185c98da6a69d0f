/**
 * Pygments' MarkdownLexer (pygments/lexers/markup.py, Pygments 2.20), rule for rule. A fenced
 * block with a language is lexed by that language's lexer (`_handle_codeblock`).
 *
 *     # Title      ->   <gh># Title</gh>
 *     - **bold**   ->   <k>-</k><w> </w><gs>**bold**</gs>
 */
import { bygroups, include, usingThis, type Callback, type LexerDefinition } from '../regex-lexer.ts';

/**
 * match groups: 1 backticks, 2 language, 3 what follows the language on its line (4 its leading
 * whitespace, 5 the rest), 6 newline, 7 code, 9 closing backticks.
 */
const handleCodeblock: Callback = function* (lexer, match) {
  yield [match.groupStart(1), 'Literal.String.Backtick', match.group(1) ?? ''];
  yield [match.groupStart(2), 'Literal.String.Backtick', match.group(2) ?? ''];
  // Some tools put more after the language (```` ```sh title ````): whitespace, then text.
  if (match.group(3) !== undefined) {
    yield [match.groupStart(4), 'Text.Whitespace', match.group(4) ?? ''];
    yield [match.groupStart(5), 'Text', match.group(5) ?? ''];
  }
  yield [match.groupStart(6), 'Text.Whitespace', match.group(6) ?? ''];
  const inner = lexer.byName((match.group(2) ?? '').trim());
  const code = match.group(7) ?? '';
  if (inner === undefined) yield [match.groupStart(7), 'Literal.String', code];
  // As in Pygments, the inner lexer's offsets stay relative to the code (do_insertions([], ...)).
  else yield* inner.tokensUnprocessed(code);
  yield [match.groupStart(9), 'Literal.String.Backtick', match.group(9) ?? ''];
};

export const markdownLexer: LexerDefinition = {
  name: 'Markdown',
  aliases: ['markdown', 'md'],
  flags: 'm',
  tokens: {
    root: [
      // heading with '#' prefix (atx-style)
      [String.raw`(^#[^#].+)(\n)`, bygroups('Generic.Heading', 'Text')],
      // subheading with '#' prefix (atx-style)
      [String.raw`(^#{2,6}[^#].+)(\n)`, bygroups('Generic.Subheading', 'Text')],
      // heading with '=' underlines (Setext-style)
      [String.raw`^(.+)(\n)(=+)(\n)`, bygroups('Generic.Heading', 'Text', 'Generic.Heading', 'Text')],
      // subheading with '-' underlines (Setext-style)
      [String.raw`^(.+)(\n)(-+)(\n)`, bygroups('Generic.Subheading', 'Text', 'Generic.Subheading', 'Text')],
      // task list
      [String.raw`^(\s*)([*-] )(\[[ xX]\])( .+\n)`, bygroups('Text.Whitespace', 'Keyword', 'Keyword', usingThis('inline'))],
      // bulleted list
      [String.raw`^(\s*)([*-])(\s)(.+\n)`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace', usingThis('inline'))],
      // numbered list
      [String.raw`^(\s*)([0-9]+\.)( .+\n)`, bygroups('Text.Whitespace', 'Keyword', usingThis('inline'))],
      // quote
      [String.raw`^(\s*>\s)(.+\n)`, bygroups('Keyword', 'Generic.Emph')],
      // code block fenced by 3 backticks
      [String.raw`^(\s*` + '```' + String.raw`\n[\w\W]*?^\s*` + '```' + String.raw`$\n)`, 'Literal.String.Backtick'],
      // code block with language
      [String.raw`^(\s*` + '```' + String.raw`)([\w\-]+)(([^\S\n]+)(.*))?(\n)((.|\n)*?)(^\s*` + '```' + String.raw`$\n)`, handleCodeblock],
      include('inline'),
    ],
    inline: [
      // escape
      [String.raw`\\.`, 'Text'],
      // inline code
      [String.raw`([^` + '`' + String.raw`]?)(` + '`' + String.raw`[^` + '`' + String.raw`\n]+` + '`)', bygroups('Text', 'Literal.String.Backtick')],
      // warning: the following rules eat outer tags.
      // eg. **foo _bar_ baz** => foo and baz are not recognized as bold
      // bold fenced by '**'
      [String.raw`([^\*]?)(\*\*[^* \n][^*\n]*\*\*)`, bygroups('Text', 'Generic.Strong')],
      // bold fenced by '__'
      [String.raw`([^_]?)(__[^_ \n][^_\n]*__)`, bygroups('Text', 'Generic.Strong')],
      // italics fenced by '*'
      [String.raw`([^\*]?)(\*[^* \n][^*\n]*\*)`, bygroups('Text', 'Generic.Emph')],
      // italics fenced by '_'
      [String.raw`([^_]?)(_[^_ \n][^_\n]*_)`, bygroups('Text', 'Generic.Emph')],
      // strikethrough
      [String.raw`([^~]?)(~~[^~ \n][^~\n]*~~)`, bygroups('Text', 'Generic.Deleted')],
      // mentions and topics (twitter and github stuff)
      [String.raw`[@#][\w/:]+`, 'Name.Entity'],
      // (image?) links eg: ![Image of Yaktocat](https://octodex.github.com/images/yaktocat.png)
      [String.raw`(!?\[)([^]]+)(\])(\()([^)]+)(\))`, bygroups('Text', 'Name.Tag', 'Text', 'Text', 'Name.Attribute', 'Text')],
      // reference-style links, e.g.: [an example][id] / [id]: http://example.com/
      [String.raw`(\[)([^]]+)(\])(\[)([^]]*)(\])`, bygroups('Text', 'Name.Tag', 'Text', 'Text', 'Name.Label', 'Text')],
      [String.raw`^(\s*\[)([^]]*)(\]:\s*)(.+)`, bygroups('Text', 'Name.Label', 'Text', 'Name.Attribute')],
      // general text, must come last!
      [String.raw`[^\\\s]+`, 'Text'],
      ['.', 'Text'],
    ],
  },
};
