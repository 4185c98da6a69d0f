/**
 * Pygments' HtmlLexer (pygments/lexers/html.py, Pygments 2.20.0), rule for rule. The content of
 * `<script>` is lexed by the lexer registered as `javascript` and that of `<style>` by `css`
 * (`using`, so a lexer not ported yet makes that content plain text).
 *
 *     <a href="/">Home</a>   ->   <p><</p><nt>a</nt> <na>href</na><o>=</o><s>"/"</s><p>></p>Home<p></</p><nt>a</nt><p>></p>
 */
import { using } from '../delegation.ts';
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const P = 'Punctuation';

/** `<script>` / `<style>` content up to its end tag, else to the line end, else to the end. */
function embedded(tag: string, alias: string): LexerDefinition['tokens'][string] {
  return [
    [String.raw`(<)(\s*)(/)(\s*)(${tag})(\s*)(>)`, bygroups(P, 'Text', P, 'Text', 'Name.Tag', 'Text', P), '#pop'],
    [String.raw`.+?(?=<\s*/\s*${tag}\s*>)`, using(alias)],
    // fallback cases for when there is no closing tag: first look for a newline and go back
    // into root state; if that fails just read the rest of the file
    [String.raw`.+?\n`, using(alias), '#pop'],
    ['.+', using(alias), '#pop'],
  ];
}

export const htmlLexer: LexerDefinition = {
  name: 'HTML',
  aliases: ['html'],
  flags: 'is',
  tokens: {
    root: [
      ['[^<&]+', 'Text'],
      [String.raw`&\S*?;`, 'Name.Entity'],
      [String.raw`\<\!\[CDATA\[.*?\]\]\>`, 'Comment.Preproc'],
      ['<!--.*?-->', 'Comment.Multiline'],
      [String.raw`<\?.*?\?>`, 'Comment.Preproc'],
      ['<![^>]*>', 'Comment.Preproc'],
      [String.raw`(<)(\s*)(script)(\s*)`, bygroups(P, 'Text', 'Name.Tag', 'Text'), ['script-content', 'tag']],
      [String.raw`(<)(\s*)(style)(\s*)`, bygroups(P, 'Text', 'Name.Tag', 'Text'), ['style-content', 'tag']],
      // note: this allows tag names not used in HTML like <x:with-dash>,
      // this is to support yet-unknown template engines and the like
      [String.raw`(<)(\s*)([\w:.-]+)`, bygroups(P, 'Text', 'Name.Tag'), 'tag'],
      [String.raw`(<)(\s*)(/)(\s*)([\w:.-]+)(\s*)(>)`, bygroups(P, 'Text', P, 'Text', 'Name.Tag', 'Text', P)],
    ],
    tag: [
      [String.raw`\s+`, 'Text'],
      [String.raw`([\w:-]+\s*)(=)(\s*)`, bygroups('Name.Attribute', 'Operator', 'Text'), 'attr'],
      [String.raw`[\w:-]+`, 'Name.Attribute'],
      [String.raw`(/?)(\s*)(>)`, bygroups(P, 'Text', P), '#pop'],
    ],
    'script-content': embedded('script', 'javascript'),
    'style-content': embedded('style', 'css'),
    attr: [
      ['".*?"', 'Literal.String', '#pop'],
      ["'.*?'", 'Literal.String', '#pop'],
      [String.raw`[^\s>]+`, 'Literal.String', '#pop'],
    ],
  },
};
