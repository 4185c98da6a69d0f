/**
 * Pygments' XmlLexer (pygments/lexers/html.py, Pygments 2.20), rule for rule. Its flags are
 * re.MULTILINE | re.DOTALL, so comments and CDATA span lines.
 *
 *     <a href="x">t</a>   ->   <nt>&lt;a</nt><w> </w><na>href=</na><s>"x"</s><nt>&gt;</nt>t<nt>&lt;/a&gt;</nt>
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const xmlLexer: LexerDefinition = {
  name: 'XML',
  aliases: ['xml'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`[^<&\s]+`, 'Text'],
      [String.raw`[^<&\S]+`, 'Text.Whitespace'],
      [String.raw`&\S*?;`, 'Name.Entity'],
      [String.raw`\<\!\[CDATA\[.*?\]\]\>`, 'Comment.Preproc'],
      ['<!--.*?-->', 'Comment.Multiline'],
      [String.raw`<\?.*?\?>`, 'Comment.Preproc'],
      ['<![^>]*>', 'Comment.Preproc'],
      [String.raw`<\s*[\w:.-]+`, 'Name.Tag', 'tag'],
      [String.raw`<\s*/\s*[\w:.-]+\s*>`, 'Name.Tag'],
    ],
    tag: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[\w.:-]+\s*=`, 'Name.Attribute', 'attr'],
      [String.raw`/?\s*>`, 'Name.Tag', '#pop'],
    ],
    attr: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['".*?"', 'Literal.String', '#pop'],
      ["'.*?'", 'Literal.String', '#pop'],
      [String.raw`[^\s>]+`, 'Literal.String', '#pop'],
    ],
  },
};
