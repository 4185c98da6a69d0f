/**
 * Pygments' GenericAspxLexer, CSharpAspxLexer and VbNetAspxLexer (pygments/lexers/dotnet.py,
 * Pygments 2.20.0), rule for rule: the generic lexer keeps `<% %>` tags and `<script>` bodies as
 * `Other` and lexes the markup around them as XML; the two DelegatingLexers hand those `Other`
 * parts to the C# or VB.NET lexer.
 *
 *     <%= DateTime.Now %>   ->   <nt>&lt;%=</nt><w> </w><n>DateTime</n><o>.</o><n>Now</n><w> </w><nt>%&gt;</nt>
 */
import { using } from '../delegation.ts';
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

/** GenericAspxLexer: Pygments registers it under no name; the two ASPX lexers use it. */
const genericAspxLexer: LexerDefinition = {
  name: 'aspx-gen',
  aliases: [],
  flags: 's',
  tokens: {
    root: [
      ['(<%[@=#]?)(.*?)(%>)', bygroups('Name.Tag', 'Other', 'Name.Tag')],
      ['(<script.*?>)(.*?)(</script>)', bygroups(using('xml'), 'Other', using('xml'))],
      ['(.+?)(?=<)', using('xml')],
      ['.+', using('xml')],
    ],
  },
};

export const csharpAspxLexer = delegatingFactory('aspx-cs', ['aspx-cs'], 'csharp', genericAspxLexer);
export const vbnetAspxLexer = delegatingFactory('aspx-vb', ['aspx-vb'], 'vb.net', genericAspxLexer);
