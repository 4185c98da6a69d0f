/**
 * Pygments' GenshiTextLexer, GenshiMarkupLexer, HtmlGenshiLexer, GenshiLexer, JavascriptGenshiLexer
 * and CssGenshiLexer (pygments/lexers/templates.py, Pygments 2.20.0), rule for rule. The text
 * lexer reads `#` directive lines and `${...}` / `$name` substitutions (the Python in them with
 * PythonLexer); the markup lexer reads `<?python ?>` blocks, `py:` attributes and substitutions
 * in tags. Everything else is `Other`, which the DelegatingLexers hand to HTML, XML, JavaScript
 * or CSS.
 *
 *     <li py:for="item in items">${item}</li>   ->   <nt>&lt;li</nt> <na>py:for=</na><s>"</s><n>item</n> <ow>in</ow> <n>items</n><s>"</s><nt>&gt;</nt><cp>${</cp><n>item</n><cp>}</cp>...
 */
import { using } from '../delegation.ts';
import { bygroups, include, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

export const genshiTextLexer: LexerDefinition = {
  name: 'Genshi Text',
  aliases: ['genshitext'],
  tokens: {
    root: [
      [String.raw`[^#$\s]+`, 'Other'],
      [String.raw`^(\s*)(##.*)$`, bygroups('Text', 'Comment')],
      [String.raw`^(\s*)(#)`, bygroups('Text', 'Comment.Preproc'), 'directive'],
      include('variable'),
      [String.raw`[#$\s]`, 'Other'],
    ],
    directive: [
      [String.raw`\n`, 'Text', '#pop'],
      [String.raw`(?:def|for|if)\s+.*`, using('python'), '#pop'],
      [String.raw`(choose|when|with)([^\S\n]+)(.*)`, bygroups('Keyword', 'Text', using('python')), '#pop'],
      [String.raw`(choose|otherwise)\b`, 'Keyword', '#pop'],
      [String.raw`(end\w*)([^\S\n]*)(.*)`, bygroups('Keyword', 'Text', 'Comment'), '#pop'],
    ],
    variable: [
      [String.raw`(?<!\$)(\$\{)(.+?)(\})`, bygroups('Comment.Preproc', using('python'), 'Comment.Preproc')],
      [String.raw`(?<!\$)(\$)([a-zA-Z_][\w.]*)`, 'Name.Variable'],
    ],
  },
};

const pythonAttribute = (quote: string): Rule => [`(${quote})(.*?)(${quote})`, bygroups('Literal.String', using('python'), 'Literal.String'), '#pop'];

/** GenshiMarkupLexer: Pygments registers it under no name; HTML+Genshi and Genshi use it. */
const genshiMarkupLexer: LexerDefinition = {
  name: 'GenshiMarkup',
  aliases: [],
  // re.DOTALL alone: `^` and `$` are not line anchors here.
  flags: 's',
  tokens: {
    root: [
      ['[^<$]+', 'Other'],
      [String.raw`(<\?python)(.*?)(\?>)`, bygroups('Comment.Preproc', using('python'), 'Comment.Preproc')],
      // style and script blocks are left to the delegate
      [String.raw`<\s*(script|style)\s*.*?>.*?<\s*/\1\s*>`, 'Other'],
      [String.raw`<\s*py:[a-zA-Z0-9]+`, 'Name.Tag', 'pytag'],
      [String.raw`<\s*[a-zA-Z0-9:.]+`, 'Name.Tag', 'tag'],
      include('variable'),
      ['[<$]', 'Other'],
    ],
    pytag: [
      [String.raw`\s+`, 'Text'],
      [String.raw`[\w:-]+\s*=`, 'Name.Attribute', 'pyattr'],
      [String.raw`/?\s*>`, 'Name.Tag', '#pop'],
    ],
    pyattr: [
      pythonAttribute('"'),
      pythonAttribute("'"),
      [String.raw`[^\s>]+`, 'Literal.String', '#pop'],
    ],
    tag: [
      [String.raw`\s+`, 'Text'],
      [String.raw`py:[\w-]+\s*=`, 'Name.Attribute', 'pyattr'],
      [String.raw`[\w:-]+\s*=`, 'Name.Attribute', 'attr'],
      [String.raw`/?\s*>`, 'Name.Tag', '#pop'],
    ],
    attr: [
      ['"', 'Literal.String', 'attr-dstring'],
      ["'", 'Literal.String', 'attr-sstring'],
      [String.raw`[^\s>]*`, 'Literal.String', '#pop'],
    ],
    'attr-dstring': [
      ['"', 'Literal.String', '#pop'],
      include('strings'),
      ["'", 'Literal.String'],
    ],
    'attr-sstring': [
      ["'", 'Literal.String', '#pop'],
      include('strings'),
      ["'", 'Literal.String'],
    ],
    strings: [
      [`[^"'$]+`, 'Literal.String'],
      include('variable'),
    ],
    variable: [
      [String.raw`(?<!\$)(\$\{)(.+?)(\})`, bygroups('Comment.Preproc', using('python'), 'Comment.Preproc')],
      [String.raw`(?<!\$)(\$)([a-zA-Z_][\w\.]*)`, 'Name.Variable'],
    ],
  },
};

export const htmlGenshiLexer = delegatingFactory('HTML+Genshi', ['html+genshi', 'html+kid'], 'html', genshiMarkupLexer);
export const genshiLexer = delegatingFactory('Genshi', ['genshi', 'kid', 'xml+genshi', 'xml+kid'], 'xml', genshiMarkupLexer);
export const javascriptGenshiLexer = delegatingFactory(
  'JavaScript+Genshi Text',
  ['js+genshitext', 'js+genshi', 'javascript+genshitext', 'javascript+genshi'],
  'javascript',
  'genshitext',
);
export const cssGenshiLexer = delegatingFactory('CSS+Genshi Text', ['css+genshitext', 'css+genshi'], 'css', 'genshitext');
