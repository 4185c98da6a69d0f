/**
 * Pygments' MakoLexer and MakoHtmlLexer (pygments/lexers/templates.py, Pygments 2.20.0), rule for
 * rule: the first lexes Mako's `%` lines, `<%...%>` blocks, `<%tag>`s and `${...}` (the Python in
 * them with PythonLexer) and leaves the rest as `Other`; the second, a DelegatingLexer, hands that
 * rest to HtmlLexer.
 *
 *     % if user:   ->   <cp>%</cp><w> </w><k>if</k><w> </w><n>user</n><p>:</p>
 */
import { delegatingLexer, using } from '../delegation.ts';
import { bygroups, include, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

export const makoLexer: LexerDefinition = {
  name: 'Mako',
  aliases: ['mako'],
  tokens: {
    root: [
      // `% endif`, `% endfor`: control lines that close a block
      [String.raw`(\s*)(%)(\s*end(?:\w+))(\n|\Z)`, bygroups('Text.Whitespace', 'Comment.Preproc', 'Keyword', 'Other')],
      [String.raw`(\s*)(%)([^\n]*)(\n|\Z)`, bygroups('Text.Whitespace', 'Comment.Preproc', using('python'), 'Other')],
      [String.raw`(\s*)(##[^\n]*)(\n|\Z)`, bygroups('Text.Whitespace', 'Comment.Single', 'Text.Whitespace')],
      [String.raw`(?s)<%doc>.*?</%doc>`, 'Comment.Multiline'],
      [String.raw`(<%)([\w.:]+)`, bygroups('Comment.Preproc', 'Name.Builtin'), 'tag'],
      [String.raw`(</%)([\w.:]+)(>)`, bygroups('Comment.Preproc', 'Name.Builtin', 'Comment.Preproc')],
      // Never reached: the `<%name` rule above takes what this one would.
      [String.raw`<%(?=([\w.:]+))`, 'Comment.Preproc', 'ondeftags'],
      [String.raw`(?s)(<%(?:!?))(.*?)(%>)`, bygroups('Comment.Preproc', using('python'), 'Comment.Preproc')],
      [String.raw`(\$\{)(.*?)(\})`, bygroups('Comment.Preproc', using('python'), 'Comment.Preproc')],
      [
        String.raw`(?sx)
                (.+?)                # anything, followed by:
                (?:
                 (?<=\n)(?=%|\#\#) | # an eval or comment line
                 (?=\#\*) |          # multiline comment
                 (?=</?%) |          # a python block
                                     # call start or end
                 (?=\$\{) |          # a substitution
                 (?<=\n)(?=\s*%) |
                                     # - don't consume
                 (\\\n) |            # an escaped newline
                 \Z                  # end of string
                )
            `,
        bygroups('Other', 'Operator'),
      ],
      [String.raw`\s+`, 'Text'],
    ],
    ondeftags: [
      ['<%', 'Comment.Preproc'],
      [String.raw`(?<=<%)(include|inherit|namespace|page)`, 'Name.Builtin'],
      include('tag'),
    ],
    tag: [
      [String.raw`((?:\w+)\s*=)(\s*)(".*?")`, bygroups('Name.Attribute', 'Text', 'Literal.String')],
      [String.raw`/?\s*>`, 'Comment.Preproc', '#pop'],
      [String.raw`\s+`, 'Text'],
    ],
    // Pygments defines it, and no rule enters it.
    attr: [
      ['".*?"', 'Literal.String', '#pop'],
      ["'.*?'", 'Literal.String', '#pop'],
      [String.raw`[^\s>]+`, 'Literal.String', '#pop'],
    ],
  },
};

export const htmlMakoLexer: LexerFactory = {
  name: 'HTML+Mako',
  aliases: ['html+mako'],
  create(byName) {
    // Both are ported; plain text is only what an unregistered name would give.
    const html = byName('html') ?? textLexer(byName);
    const mako = byName('mako') ?? textLexer(byName);
    return delegatingLexer('HTML+Mako', html, mako);
  },
};
