/**
 * Pygments' TreetopLexer (pygments/lexers/parsers.py, Pygments 2.20.0): a DelegatingLexer whose
 * TreetopBaseLexer (rule for rule here; Pygments registers it under no name) lexes the grammar and
 * leaves `require` lines and the `{ ... }` Ruby blocks as `Other`, which RubyLexer lexes.
 *
 *     rule digit [0-9] { def value; text.to_i; end } end
 *     ->   <k>rule</k> <n>digit</n> <sr>[0-9]</sr> <p>{</p> <k>def</k> <nf>value</nf>... <p>}</p> <k>end</k>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

const treetopBaseLexer: LexerDefinition = {
  name: 'Treetop base',
  aliases: [],
  tokens: {
    root: [
      include('space'),
      [String.raw`require[ \t]+[^\n\r]+[\n\r]`, 'Other'],
      [String.raw`module\b`, 'Keyword.Namespace', 'module'],
      [String.raw`grammar\b`, 'Keyword', 'grammar'],
    ],
    module: [
      include('space'),
      include('end'),
      [String.raw`module\b`, 'Keyword', '#push'],
      [String.raw`grammar\b`, 'Keyword', 'grammar'],
      [String.raw`[A-Z]\w*(?:::[A-Z]\w*)*`, 'Name.Namespace'],
    ],
    grammar: [
      include('space'),
      include('end'),
      [String.raw`rule\b`, 'Keyword', 'rule'],
      [String.raw`include\b`, 'Keyword', 'include'],
      [String.raw`[A-Z]\w*`, 'Name'],
    ],
    include: [
      include('space'),
      [String.raw`[A-Z]\w*(?:::[A-Z]\w*)*`, 'Name.Class', '#pop'],
    ],
    rule: [
      include('space'),
      include('end'),
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`([A-Za-z_]\w*)(:)`, bygroups('Name.Label', 'Punctuation')],
      [String.raw`[A-Za-z_]\w*`, 'Name'],
      [String.raw`[()]`, 'Punctuation'],
      [String.raw`[?+*/&!~]`, 'Operator'],
      [String.raw`\[(?:\\.|\[:\^?[a-z]+:\]|[^\\\]])+\]`, 'Literal.String.Regex'],
      [String.raw`([0-9]*)(\.\.)([0-9]*)`, bygroups('Literal.Number.Integer', 'Operator', 'Literal.Number.Integer')],
      [String.raw`(<)([^>]+)(>)`, bygroups('Punctuation', 'Name.Class', 'Punctuation')],
      [String.raw`\{`, 'Punctuation', 'inline_module'],
      [String.raw`\.`, 'Literal.String.Regex'],
    ],
    inline_module: [
      [String.raw`\{`, 'Other', 'ruby'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`[^{}]+`, 'Other'],
    ],
    ruby: [
      [String.raw`\{`, 'Other', '#push'],
      [String.raw`\}`, 'Other', '#pop'],
      [String.raw`[^{}]+`, 'Other'],
    ],
    space: [
      [String.raw`[ \t\n\r]+`, 'Text.Whitespace'],
      [String.raw`#[^\n]*`, 'Comment.Single'],
    ],
    end: [
      [String.raw`end\b`, 'Keyword', '#pop'],
    ],
  },
};

export const treetopLexer = delegatingFactory('Treetop', ['treetop'], 'ruby', treetopBaseLexer);
