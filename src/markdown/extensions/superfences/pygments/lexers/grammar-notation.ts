/**
 * Pygments' BnfLexer and AbnfLexer (pygments/lexers/grammar_notation.py) and EbnfLexer
 * (pygments/lexers/parsers.py), Pygments 2.20.0, rule for rule.
 *
 *     <digit> ::= "0" | "1"   ->   <p>&lt;</p><nc>digit</nc><p>&gt;</p> <o>::=</o> "0" | "1"
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const bnfLexer: LexerDefinition = {
  name: 'BNF',
  aliases: ['bnf'],
  tokens: {
    root: [
      ['(<)([ -;=?-~]+)(>)', bygroups('Punctuation', 'Name.Class', 'Punctuation')],
      ['::=', 'Operator'],
      ['[^<>:]+', 'Text'],
      ['.', 'Text'],
    ],
  },
};

const CORE_RULES = [
  'ALPHA', 'BIT', 'CHAR', 'CR', 'CRLF', 'CTL', 'DIGIT', 'DQUOTE', 'HEXDIG', 'HTAB', 'LF', 'LWSP', 'OCTET', 'SP',
  'VCHAR', 'WSP',
];

export const abnfLexer: LexerDefinition = {
  name: 'ABNF',
  aliases: ['abnf'],
  tokens: {
    root: [
      [';.*$', 'Comment.Single'],
      ['(%[si])?"[^"]*"', 'Literal'],
      [String.raw`%b[01]+\-[01]+\b`, 'Literal'],
      [String.raw`%b[01]+(\.[01]+)*\b`, 'Literal'],
      [String.raw`%d[0-9]+\-[0-9]+\b`, 'Literal'],
      [String.raw`%d[0-9]+(\.[0-9]+)*\b`, 'Literal'],
      [String.raw`%x[0-9a-fA-F]+\-[0-9a-fA-F]+\b`, 'Literal'],
      [String.raw`%x[0-9a-fA-F]+(\.[0-9a-fA-F]+)*\b`, 'Literal'],
      [String.raw`\b[0-9]+\*[0-9]+`, 'Operator'],
      [String.raw`\b[0-9]+\*`, 'Operator'],
      [String.raw`\b[0-9]+`, 'Operator'],
      [String.raw`\*`, 'Operator'],
      [words(CORE_RULES, '', String.raw`\b`), 'Keyword'],
      [String.raw`[a-zA-Z][a-zA-Z0-9-]*\b`, 'Name.Class'],
      ['(=/|=|/)', 'Operator'],
      [String.raw`[\[\]()]`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
  },
};

export const ebnfLexer: LexerDefinition = {
  name: 'EBNF',
  aliases: ['ebnf'],
  tokens: {
    root: [
      include('whitespace'),
      include('comment_start'),
      include('identifier'),
      ['=', 'Operator', 'production'],
    ],
    production: [
      include('whitespace'),
      include('comment_start'),
      include('identifier'),
      ['"[^"]*"', 'Literal.String.Double'],
      [String.raw`'[^']*'`, 'Literal.String.Single'],
      [String.raw`(\?[^?]*\?)`, 'Name.Entity'],
      [String.raw`[\[\]{}(),|]`, 'Punctuation'],
      ['-', 'Operator'],
      [';', 'Punctuation', '#pop'],
      [String.raw`\.`, 'Punctuation', '#pop'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text'],
    ],
    comment_start: [
      [String.raw`\(\*`, 'Comment.Multiline', 'comment'],
    ],
    comment: [
      ['[^*)]', 'Comment.Multiline'],
      include('comment_start'),
      [String.raw`\*\)`, 'Comment.Multiline', '#pop'],
      ['[*)]', 'Comment.Multiline'],
    ],
    identifier: [
      [String.raw`([a-zA-Z][\w \-]*)`, 'Keyword'],
    ],
  },
};
