/**
 * Pygments' JsgfLexer (pygments/lexers/grammar_notation.py, Pygments 2.20), rule for rule: Java Speech
 * Grammar Format: rules, tags, weights and documentation comments.
 *
 *     public <greet> = hello;   ->   <kr>public</kr><w> </w><p><</p><no>greet</no><p>></p><w> </w><o>=</o><w> </w>hello<p>;</p>
 */
import { bygroups, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

export const jsgfLexer: LexerDefinition = {
  name: 'JSGF',
  aliases: ['jsgf'],
  tokens: {
    root: [
      include('comments'),
      include('non-comments'),
    ],
    comments: [
      [String.raw`/\*\*(?!/)`, 'Comment.Multiline', 'documentation comment'],
      [String.raw`/\*[\w\W]*?\*/`, 'Comment.Multiline'],
      ['//.*$', 'Comment.Single'],
    ],
    'non-comments': [
      [String.raw`\A#JSGF[^;]*`, 'Comment.Preproc'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [';', 'Punctuation'],
      [String.raw`[=|()\[\]*+]`, 'Operator'],
      ['/[^/]+/', 'Literal.Number.Float'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`\{`, 'Literal.String.Other', 'tag'],
      [words(['import', 'public'], '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`grammar\b`, 'Keyword.Reserved', 'grammar name'],
      ['(<)(NULL|VOID)(>)', bygroups('Punctuation', 'Name.Builtin', 'Punctuation')],
      ['<', 'Punctuation', 'rulename'],
      [String.raw`\w+|[^\s;=|()\[\]*+/"{<\w]+`, 'Text'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
    ],
    tag: [
      [String.raw`\}`, 'Literal.String.Other', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\}]+`, 'Literal.String.Other'],
    ],
    'grammar name': [
      [';', 'Punctuation', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`[^;\s.]+`, 'Name.Namespace'],
    ],
    rulename: [
      ['>', 'Punctuation', '#pop'],
      [String.raw`\*`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`([^.>]+)(\s*)(\.)`, bygroups('Name.Namespace', 'Text', 'Punctuation')],
      ['[^.>]+', 'Name.Constant'],
    ],
    'documentation comment': [
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`^(\s*)(\*?)(\s*)(@(?:example|see))(\s+)([\w\W]*?(?=(?:^\s*\*?\s*@|\*/)))`, bygroups('Text.Whitespace', 'Comment.Multiline', 'Text.Whitespace', 'Comment.Special', 'Text.Whitespace', usingThis("example"))],
      [String.raw`(^\s*\*?\s*)(@\S*)`, bygroups('Comment.Multiline', 'Comment.Special')],
      [String.raw`[^*\n@]+|\w|\W`, 'Comment.Multiline'],
    ],
    example: [
      [String.raw`(\n\s*)(\*)`, bygroups('Text.Whitespace', 'Comment.Multiline')],
      include('non-comments'),
      ['.', 'Comment.Multiline'],
    ],
  },
};
