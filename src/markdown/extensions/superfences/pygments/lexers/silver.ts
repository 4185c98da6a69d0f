/**
 * Pygments' SilverLexer (pygments/lexers/verification.py, Pygments 2.20.0), rule for rule.
 * Silver, the Viper verification language: permissions, assertions and quantifiers.
 *
 *     method m() requires true   ->   <k>method</k> <n>m</n><p>(</p><p>)</p> <nd>requires</nd> <k>true</k>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'result', 'true', 'false', 'null', 'method', 'function', 'predicate', 'program', 'domain', 'axiom', 'var',
  'returns', 'field', 'define', 'fold', 'unfold', 'inhale', 'exhale', 'new', 'assert', 'assume', 'goto', 'while',
  'if', 'elseif', 'else', 'fresh', 'constraining', 'Seq', 'Set', 'Multiset', 'union', 'intersection', 'setminus',
  'subset', 'unfolding', 'in', 'old', 'forall', 'exists', 'acc', 'wildcard', 'write', 'none', 'epsilon', 'perm',
  'unique', 'apply', 'package', 'folding', 'label', 'forperm',
];
const ROOT_DECORATOR = [
  'requires', 'ensures', 'invariant',
];
const ROOT_TYPE = [
  'Int', 'Perm', 'Bool', 'Ref', 'Rational',
];

export const silverLexer: LexerDefinition = {
  name: 'Silver',
  aliases: ['silver'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text'],
      [String.raw`\s+`, 'Text'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`//[/!](.*?)\n`, 'Comment.Doc'],
      [String.raw`//(.*?)\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [words(ROOT_DECORATOR, '', String.raw`\b`), 'Name.Decorator'],
      [words(ROOT_TYPE, '', String.raw`\b`), 'Keyword.Type'],
      include('numbers'),
      [String.raw`[!%&*+=|?:<>/\-\[\]]`, 'Operator'],
      [String.raw`\{.*?\}`, 'Generic.Emph'],
      ['([{}():;,.])', 'Punctuation'],
      [String.raw`[\w$]\w*`, 'Name'],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    numbers: [
      ['[0-9]+', 'Literal.Number.Integer'],
    ],
  },
};
