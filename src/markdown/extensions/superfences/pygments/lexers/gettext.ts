/**
 * Pygments' GettextLexer (pygments/lexers/textfmts.py, Pygments 2.20.0): `.po` and `.pot`
 * catalogs, rule for rule. Lines no rule matches are errors, character by character.
 *
 *     msgid "Hello"   ->   <nv>msgid</nv> <s>"Hello"</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const gettextLexer: LexerDefinition = {
  name: 'Gettext Catalog',
  aliases: ['pot', 'po'],
  tokens: {
    root: [
      [String.raw`^#,\s.*?$`, 'Keyword.Type'],
      [String.raw`^#:\s.*?$`, 'Keyword.Declaration'],
      [String.raw`^(#|#\.\s|#\|\s|#~\s|#\s).*$`, 'Comment.Single'],
      ['^(")([A-Za-z-]+:)(.*")$', bygroups('Literal.String', 'Name.Property', 'Literal.String')],
      ['^".*"$', 'Literal.String'],
      [String.raw`^(msgid|msgid_plural|msgstr|msgctxt)(\s+)(".*")$`, bygroups('Name.Variable', 'Text', 'Literal.String')],
      [String.raw`^(msgstr\[)(\d)(\])(\s+)(".*")$`, bygroups('Name.Variable', 'Literal.Number.Integer', 'Name.Variable', 'Text', 'Literal.String')],
    ],
  },
};
