/**
 * Pygments' AlloyLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule: Alloy
 * specifications (signatures, facts, predicates, quantifiers).
 *
 *     sig Person { friends: set Person }   ->   <kd>sig</kd><w> </w><n>Person</n><w> </w><o>{</o><w> </w><n>friends</n><p>:...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const alloyLexer: LexerDefinition = {
  name: 'Alloy',
  aliases: ['alloy'],
  flags: 'ms',
  tokens: {
    sig: [
      [String.raw`(extends)\b`, 'Keyword', '#pop'],
      [String.raw`[a-zA-Z_][\w]*"*`, 'Name'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [',', 'Punctuation'],
      [String.raw`\{`, 'Operator', '#pop'],
    ],
    module: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`[a-zA-Z_][\w]*"*`, 'Name', '#pop'],
    ],
    fun: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`\{`, 'Operator', '#pop'],
      [String.raw`[a-zA-Z_][\w]*"*`, 'Name', '#pop'],
    ],
    fact: [
      include('fun'),
      [String.raw`"\b(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String', '#pop'],
    ],
    root: [
      ['--.*?$', 'Comment.Single'],
      ['//.*?$', 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(module|open)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'module'],
      [String.raw`(sig|enum)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'sig'],
      [String.raw`(iden|univ|none)\b`, 'Keyword.Constant'],
      [String.raw`(int|Int)\b`, 'Keyword.Type'],
      [String.raw`(var|this|abstract|extends|set|seq|one|lone|let)\b`, 'Keyword'],
      [String.raw`(all|some|no|sum|disj|when|else)\b`, 'Keyword'],
      [String.raw`(run|check|for|but|exactly|expect|as|steps)\b`, 'Keyword'],
      [String.raw`(always|after|eventually|until|release)\b`, 'Keyword'],
      [String.raw`(historically|before|once|since|triggered)\b`, 'Keyword'],
      [String.raw`(and|or|implies|iff|in)\b`, 'Operator.Word'],
      [String.raw`(fun|pred|assert)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'fun'],
      [String.raw`(fact)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'fact'],
      [String.raw`!|#|&&|\+\+|<<|>>|>=|<=>|<=|\.\.|\.|->`, 'Operator'],
      [String.raw`[-+/*%=<>&!^|~{}\[\]().\';]`, 'Operator'],
      [String.raw`[a-zA-Z_][\w]*"*`, 'Name'],
      ['[:,]', 'Punctuation'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"\b(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
  },
};
