/**
 * Pygments' MxmlLexer (pygments/lexers/actionscript.py, Pygments 2.20.0), rule for rule: Flex's MXML.
 *
 *     <mx:Button label="OK" click="go()"/>
 *     ->   <nt><mx:Button</nt> <na>label=</na><s>"OK"</s> <na>click=</na><s>"go()"</s><nt>/></nt>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';
import { using } from '../delegation.ts';

export const mxmlLexer: LexerDefinition = {
  name: 'MXML',
  aliases: ['mxml'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`[^<&]+`, 'Text'],
      [String.raw`&\S*?;`, 'Name.Entity'],
      [String.raw`(\<\!\[CDATA\[)(.*?)(\]\]\>)`, bygroups('Literal.String', using('actionscript3'), 'Literal.String')],
      [String.raw`<!--`, 'Comment', 'comment'],
      [String.raw`<\?.*?\?>`, 'Comment.Preproc'],
      [String.raw`<![^>]*>`, 'Comment.Preproc'],
      [String.raw`<\s*[\w:.-]+`, 'Name.Tag', 'tag'],
      [String.raw`<\s*/\s*[\w:.-]+\s*>`, 'Name.Tag'],
    ],
    comment: [
      [String.raw`[^-]+`, 'Comment'],
      [String.raw`-->`, 'Comment', '#pop'],
      [String.raw`-`, 'Comment'],
    ],
    tag: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[\w.:-]+\s*=`, 'Name.Attribute', 'attr'],
      [String.raw`/?\s*>`, 'Name.Tag', '#pop'],
    ],
    attr: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`".*?"`, 'Literal.String', '#pop'],
      [String.raw`'.*?'`, 'Literal.String', '#pop'],
      [String.raw`[^\s>]+`, 'Literal.String', '#pop'],
    ],
  },
};
