/**
 * Pygments' BSTLexer (pygments/lexers/bibtex.py, Pygments 2.20), rule for rule: BibTeX style (.bst)
 * files: commands, function names and quoted strings.
 *
 *     FUNCTION {sort.format.title} { }   ->   <k>FUNCTION</k><w> </w><p>{</p><nv>sort.format.title</nv><p>}</p><w> </w><p>{</p><w> </w><p>}</p>
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const bstLexer: LexerDefinition = {
  name: 'BST',
  aliases: ['bst', 'bst-pybtex'],
  flags: 'im',
  tokens: {
    root: [
      include('whitespace'),
      [words(['read', 'sort']), 'Keyword'],
      [words(['execute', 'integers', 'iterate', 'reverse', 'strings']), 'Keyword', 'group'],
      [words(['function', 'macro']), 'Keyword', ['group', 'group']],
      [words(['entry']), 'Keyword', ['group', 'group', 'group']],
    ],
    group: [
      include('whitespace'),
      [String.raw`\{`, 'Punctuation', ['#pop', 'group-end', 'body']],
    ],
    'group-end': [
      include('whitespace'),
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    body: [
      include('whitespace'),
      [String.raw`\'[^#\"\{\}\s]+`, 'Name.Function'],
      [String.raw`[^#\"\{\}\s]+\$`, 'Name.Builtin'],
      [String.raw`[^#\"\{\}\s]+`, 'Name.Variable'],
      [String.raw`"[^\"]*"`, 'Literal.String'],
      [String.raw`#-?\d+`, 'Literal.Number'],
      [String.raw`\{`, 'Punctuation', ['group-end', 'body']],
      defaultState('#pop'),
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['%.*?$', 'Comment.Single'],
    ],
  },
};
