/**
 * Pygments' MyghtyLexer (with its HTML, XML, JavaScript and CSS DelegatingLexers) and MasonLexer
 * (pygments/lexers/templates.py, Pygments 2.20.0), rule for rule. Myghty's `<% %>`, `<%tag>`
 * blocks, `<& component &>` calls and `%` lines hold Python, Mason's the same constructs Perl;
 * Myghty leaves the rest `Other` for the delegates, Mason lexes it as HTML itself.
 *
 *     % for x in y:   ->   <nt>%</nt><w> </w><k>for</k><w> </w><n>x</n><w> </w><ow>in</ow><w> </w><n>y</n><p>:</p>
 */
import { using } from '../delegation.ts';
import { bygroups, usingThis, type Callback, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

/** The last rule of both: text up to the next line of code, tag or call, or an escaped newline. */
const TEXT = String.raw`(?sx)
                 (.+?)               # anything, followed by:
                 (?:
                  (?<=\n)(?=[%#]) |  # an eval or comment line
                  (?=</?[%&]) |      # a substitution or block or
                                     # call start or end
                                     # - don't consume
                  (\\\n) |           # an escaped newline
                  \Z                 # end of string
                 )`;

export const myghtyLexer: LexerDefinition = {
  name: 'Myghty',
  aliases: ['myghty'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      // `\2` is the `(\s*)` group, as in Pygments: only `</%>` closes a def after no space.
      [String.raw`(?s)(<%(?:def|method))(\s*)(.*?)(>)(.*?)(</%\2\s*>)`, bygroups('Name.Tag', 'Text', 'Name.Function', 'Name.Tag', usingThis(), 'Name.Tag')],
      [String.raw`(?s)(<%\w+)(.*?)(>)(.*?)(</%\2\s*>)`, bygroups('Name.Tag', 'Name.Function', 'Name.Tag', using('python'), 'Name.Tag')],
      [String.raw`(<&[^|])(.*?)(,.*?)?(&>)`, bygroups('Name.Tag', 'Name.Function', using('python'), 'Name.Tag')],
      [String.raw`(?s)(<&\|)(.*?)(,.*?)?(&>)`, bygroups('Name.Tag', 'Name.Function', using('python'), 'Name.Tag')],
      ['</&>', 'Name.Tag'],
      [String.raw`(?s)(<%!?)(.*?)(%>)`, bygroups('Name.Tag', using('python'), 'Name.Tag')],
      [String.raw`(?<=^)#[^\n]*(\n|\Z)`, 'Comment'],
      [String.raw`(?<=^)(%)([^\n]*)(\n|\Z)`, bygroups('Name.Tag', using('python'), 'Other')],
      [TEXT, bygroups('Other', 'Operator')],
    ],
  },
};

export const myghtyHtmlLexer = delegatingFactory('HTML+Myghty', ['html+myghty'], 'html', 'myghty');
export const myghtyXmlLexer = delegatingFactory('XML+Myghty', ['xml+myghty'], 'xml', 'myghty');
export const myghtyJavascriptLexer = delegatingFactory('JavaScript+Myghty', ['javascript+myghty', 'js+myghty'], 'javascript', 'myghty');
export const myghtyCssLexer = delegatingFactory('CSS+Myghty', ['css+myghty'], 'css', 'myghty');

const perl: Callback = using('perl');

export const masonLexer: LexerDefinition = {
  name: 'Mason',
  aliases: ['mason'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(?s)(<%doc>)(.*?)(</%doc>)`, bygroups('Name.Tag', 'Comment.Multiline', 'Name.Tag')],
      [String.raw`(?s)(<%(?:def|method))(\s*)(.*?)(>)(.*?)(</%\2\s*>)`, bygroups('Name.Tag', 'Text.Whitespace', 'Name.Function', 'Name.Tag', usingThis(), 'Name.Tag')],
      [String.raw`(?s)(<%(\w+)(.*?)(>))(.*?)(</%\2\s*>)`, bygroups('Name.Tag', null, null, null, perl, 'Name.Tag')],
      [String.raw`(?s)(<&[^|])(.*?)(,.*?)?(&>)`, bygroups('Name.Tag', 'Name.Function', perl, 'Name.Tag')],
      [String.raw`(?s)(<&\|)(.*?)(,.*?)?(&>)`, bygroups('Name.Tag', 'Name.Function', perl, 'Name.Tag')],
      ['</&>', 'Name.Tag'],
      [String.raw`(?s)(<%!?)(.*?)(%>)`, bygroups('Name.Tag', perl, 'Name.Tag')],
      [String.raw`(?<=^)#[^\n]*(\n|\Z)`, 'Comment'],
      [String.raw`(?<=^)(%)([^\n]*)(\n|\Z)`, bygroups('Name.Tag', perl, 'Other')],
      [TEXT, bygroups(using('html'), 'Operator')],
    ],
  },
};
