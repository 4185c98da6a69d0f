/**
 * Pygments' AugeasLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: Augeas lenses
 * (modules, `let` bindings, regexes).
 *
 *     let eol = Util.eol   ->   <kd>let</kd><w> </w><nv>eol</nv><nv> </nv><o>=</o><nv> </nv><nn>Util</nn>...
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const augeasLexer: LexerDefinition = {
  name: 'Augeas',
  aliases: ['augeas'],
  tokens: {
    root: [
      [String.raw`(module)(\s*)([^\s=]+)`, bygroups('Keyword.Namespace', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(let)(\s*)([^\s=]+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable')],
      [String.raw`(del|store|value|counter|seq|key|label|autoload|incl|excl|transform|test|get|put)(\s+)`, bygroups('Name.Builtin', 'Text.Whitespace')],
      [String.raw`(\()([^:]+)(\:)(unit|string|regexp|lens|tree|filter)(\))`, bygroups('Punctuation', 'Name.Variable', 'Punctuation', 'Keyword.Type', 'Punctuation')],
      [String.raw`\(\*`, 'Comment.Multiline', 'comment'],
      [String.raw`[*+\-.;=?|]`, 'Operator'],
      [String.raw`[()\[\]{}]`, 'Operator'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`\/`, 'Literal.String.Regex', 'regex'],
      [String.raw`([A-Z]\w*)(\.)(\w+)`, bygroups('Name.Namespace', 'Punctuation', 'Name.Variable')],
      ['.', 'Name.Variable'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    string: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['[^"]', 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    regex: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['[^/]', 'Literal.String.Regex'],
      [String.raw`\/`, 'Literal.String.Regex', '#pop'],
    ],
    comment: [
      ['[^*)]', 'Comment.Multiline'],
      [String.raw`\(\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*\)`, 'Comment.Multiline', '#pop'],
      ['[)*]', 'Comment.Multiline'],
    ],
  },
};
