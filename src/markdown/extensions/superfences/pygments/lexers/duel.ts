/**
 * Pygments' DuelLexer (pygments/lexers/webmisc.py, Pygments 2.20.0), rule for rule.
 * Duel (JBST) views: HTML with `<% %>` code blocks lexed as JavaScript.
 *
 *     <%= data.name %>   ->   <nt>&lt;%=</nt><w> </w><nx>data</nx><p>.</p><nx>name</nx><w> </w><nt>%&gt;</nt>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';
import { using } from '../delegation.ts';

export const duelLexer: LexerDefinition = {
  name: 'Duel',
  aliases: ['duel', 'jbst', 'jsonml+bst'],
  flags: 's',
  tokens: {
    root: [
      ['(<%[@=#!:]?)(.*?)(%>)', bygroups('Name.Tag', using('javascript'), 'Name.Tag')],
      [String.raw`(<%\$)(.*?)(:)(.*?)(%>)`, bygroups('Name.Tag', 'Name.Function', 'Punctuation', 'Literal.String', 'Name.Tag')],
      ['(<%--)(.*?)(--%>)', bygroups('Name.Tag', 'Comment.Multiline', 'Name.Tag')],
      ['(<script.*?>)(.*?)(</script>)', bygroups(using('html'), using('javascript'), using('html'))],
      ['(.+?)(?=<)', using('html')],
      ['.+', using('html')],
    ],
  },
};
