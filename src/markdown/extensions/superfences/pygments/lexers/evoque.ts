/**
 * Pygments' EvoqueLexer, EvoqueHtmlLexer and EvoqueXmlLexer (pygments/lexers/templates.py,
 * Pygments 2.20.0), rule for rule: Evoque's `$directive{...}`, `${expression}` and `#[ ]#`
 * comments are lexed (the Python in them with PythonLexer), the rest is `Other`, which the
 * DelegatingLexers hand to HTML or XML.
 *
 *     ${user.name}   ->   <p>${</p><n>user</n><o>.</o><n>name</n><p>}</p>
 *
 * Pygments closes `{%` with `%}` and `{` with `}` through a conditional group, `(?(4)%)`, which
 * JavaScript lacks: each such rule is two here, the `{%` form first and the plain form after it,
 * which match what the one Python pattern matches (it tries `%` first, then backtracks to none).
 * The plain form keeps an empty group where `(%)?` was, so the groups keep their numbers.
 */
import { using } from '../delegation.ts';
import { bygroups, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

const python = using('python');

/** A rule whose braces close as they open: two rules, `{%...%}` then `{...}` (an empty group for the `%`). */
function braces(pattern: (open: string, close: string) => string, action: ReturnType<typeof bygroups>): Rule[] {
  return [
    [pattern('(%)', String.raw`%\}`), action],
    [pattern('()', String.raw`\}`), action],
  ];
}

export const evoqueLexer: LexerDefinition = {
  name: 'Evoque',
  aliases: ['evoque'],
  flags: 's',
  tokens: {
    root: [
      ['[^#$]+', 'Other'],
      [String.raw`#\[`, 'Comment.Multiline', 'comment'],
      [String.raw`\$\$`, 'Other'],
      // svn keywords
      [String.raw`\$\w+:[^$\n]*\$`, 'Comment.Multiline'],
      // directives: begin, end
      ...braces(
        (percent, close) => String.raw`(\$)(begin|end)(\{${percent})(.*?)(${close})`,
        bygroups('Punctuation', 'Name.Builtin', 'Punctuation', null, 'Literal.String', 'Punctuation'),
      ),
      // directives: evoque, overlay (Pygments' note: the first name argument should be Python too)
      ...braces(
        (percent, close) => String.raw`(\$)(evoque|overlay)(\{${percent})(\s*[#\w\-"\'.]+)?(.*?)(${close})`,
        bygroups('Punctuation', 'Name.Builtin', 'Punctuation', null, 'Literal.String', python, 'Punctuation'),
      ),
      // directives: if, for, prefer, test
      ...braces(
        (percent, close) => String.raw`(\$)(\w+)(\{${percent})(.*?)(${close})`,
        bygroups('Punctuation', 'Name.Builtin', 'Punctuation', null, python, 'Punctuation'),
      ),
      // directive clauses (no {} expression)
      [String.raw`(\$)(else|rof|fi)`, bygroups('Punctuation', 'Name.Builtin')],
      // expressions
      ...braces(
        (percent, close) => String.raw`(\$\{${percent})(.*?)((!)(.*?))?(${close})`,
        bygroups('Punctuation', null, python, 'Name.Builtin', null, null, 'Punctuation'),
      ),
      ['#', 'Other'],
    ],
    comment: [
      [String.raw`[^\]#]`, 'Comment.Multiline'],
      [String.raw`#\[`, 'Comment.Multiline', '#push'],
      [String.raw`\]#`, 'Comment.Multiline', '#pop'],
      [String.raw`[\]#]`, 'Comment.Multiline'],
    ],
  },
};

export const evoqueHtmlLexer = delegatingFactory('HTML+Evoque', ['html+evoque'], 'html', 'evoque');
export const evoqueXmlLexer = delegatingFactory('XML+Evoque', ['xml+evoque'], 'xml', 'evoque');
