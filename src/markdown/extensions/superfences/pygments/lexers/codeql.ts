/**
 * Pygments' CodeQLLexer (pygments/lexers/codeql.py, Pygments 2.20.0), rule for rule: CodeQL queries (GitHub's code analysis language).
 *
 *     from Function f where f.getName() = "main" select f
 *     ->   <k>from</k> <nc>Function</nc> <nv>f</nv> <k>where</k> <nv>f</nv><p>.</p><nv>getName</nv><p>()</p> <o>=</o> <s>"main"</s> <k>select</k> <nv>f</nv>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'module', 'import', 'class', 'extends', 'implements', 'predicate', 'select', 'where', 'from', 'as', 'and', 'or',
  'not', 'in', 'if', 'then', 'else', 'exists', 'forall', 'instanceof', 'private', 'predicate', 'abstract', 'cached',
  'external', 'final', 'library', 'override', 'query',
];

export const codeqlLexer: LexerDefinition = {
  name: 'CodeQL',
  aliases: ['codeql', 'ql'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comments'],
      [words(ROOT_WORDS, '', String.raw`\b`), 'Keyword.Builtin'],
      [words(['t', 'h', 'i', 's'], String.raw`\b`, String.raw`\b\??:?`), 'Name.Builtin.Pseudo'],
      [words(['boolean', 'date', 'float', 'int', 'string'], '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`<=|>=|<|>|=|!=|\+|-|\*|/`, 'Operator'],
      [String.raw`[.,;:\[\]{}()]+`, 'Punctuation'],
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Variable'],
      [String.raw`[A-Z][a-zA-Z0-9_]*`, 'Name.Class'],
      [String.raw`[a-z][a-zA-Z0-9_]*`, 'Name.Variable'],
    ],
    'multiline-comments': [
      [String.raw`[^*/]+`, 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[*/]`, 'Comment.Multiline'],
    ],
  },
};
