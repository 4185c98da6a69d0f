/**
 * Pygments' BibTeXLexer (pygments/lexers/bibtex.py, Pygments 2.20.0), rule for rule: an
 * ExtendedRegexLexer whose context remembers an entry's opening brace, so that a `)` closing a
 * `{` (or a `}` closing a `(`) is an Error.
 *
 *     @book{knuth, year = 1984}   ->   <nc>@book</nc><p>{</p><nl>knuth</nl><p>,</p><w> </w><na>year</na><w> </w><p>=</p><w> </w><m>1984</m><p>}</p>
 */
import { baseContext, type ContextCallback, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { defaultState, include } from '../regex-lexer.ts';

interface BibTeXContext extends LexerContext {
  /** The brace that opened the entry being read (`{` or `(`). */
  openingBrace?: string;
}

// The characters an identifier may hold besides letters (a backtick among them).
const ALLOWED_CHARS = String.raw`@!$&*+\-./:;<>?\[\\\]^` + '`' + String.raw`|~`;
const IDENTIFIER = String.raw`[a-z_${ALLOWED_CHARS}][\w${ALLOWED_CHARS}]*`;

const openBrace: ContextCallback<BibTeXContext> = function* (_lexer, match, context) {
  context.openingBrace = match.text;
  yield [match.start, 'Punctuation', match.text];
  context.pos = match.start + match.text.length;
};

const closeBrace: ContextCallback<BibTeXContext> = function* (_lexer, match, context) {
  const mismatched = (context.openingBrace === '{' && match.text !== '}') || (context.openingBrace === '(' && match.text !== ')');
  yield [match.start, mismatched ? 'Error' : 'Punctuation', match.text];
  delete context.openingBrace;
  context.pos = match.start + match.text.length;
};

export const bibtexLexer: ExtendedLexerDefinition<BibTeXContext> = {
  name: 'BibTeX',
  aliases: ['bibtex', 'bib'],
  // re.IGNORECASE alone: no MULTILINE.
  flags: 'i',
  context: baseContext,
  tokens: {
    root: [
      include('whitespace'),
      ['@comment(?!ary)', 'Comment'],
      ['@preamble', 'Name.Class', ['closing-brace', 'value', 'opening-brace']],
      ['@string', 'Name.Class', ['closing-brace', 'field', 'opening-brace']],
      ['@' + IDENTIFIER, 'Name.Class', ['closing-brace', 'command-body', 'opening-brace']],
      // Text outside entries is a comment.
      ['.+', 'Comment'],
    ],
    'opening-brace': [
      include('whitespace'),
      ['[{(]', openBrace, '#pop'],
    ],
    'closing-brace': [
      include('whitespace'),
      ['[})]', closeBrace, '#pop'],
    ],
    'command-body': [
      include('whitespace'),
      [String.raw`[^\s\,\}]+`, 'Name.Label', ['#pop', 'fields']],
    ],
    fields: [
      include('whitespace'),
      [',', 'Punctuation', 'field'],
      defaultState('#pop'),
    ],
    field: [
      include('whitespace'),
      [IDENTIFIER, 'Name.Attribute', ['value', '=']],
      defaultState('#pop'),
    ],
    '=': [
      include('whitespace'),
      ['=', 'Punctuation', '#pop'],
    ],
    value: [
      include('whitespace'),
      [IDENTIFIER, 'Name.Variable'],
      ['"', 'Literal.String', 'quoted-string'],
      [String.raw`\{`, 'Literal.String', 'braced-string'],
      [String.raw`[\d]+`, 'Literal.Number'],
      ['#', 'Punctuation'],
      defaultState('#pop'),
    ],
    'quoted-string': [
      [String.raw`\{`, 'Literal.String', 'braced-string'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`[^\{\"]+`, 'Literal.String'],
    ],
    'braced-string': [
      [String.raw`\{`, 'Literal.String', '#push'],
      [String.raw`\}`, 'Literal.String', '#pop'],
      [String.raw`[^\{\}]+`, 'Literal.String'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
