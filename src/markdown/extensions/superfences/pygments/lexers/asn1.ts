/**
 * Pygments' Asn1Lexer (pygments/lexers/asn1.py, Pygments 2.20.0), rule for rule, with its word
 * lists in their order. Two-word forms (`OCTET STRING`, `SEQUENCE OF`) are one token.
 *
 *     Id ::= INTEGER (0..255)   ->   <nt>Id</nt><w> </w><o>::=</o><w> </w><kt>INTEGER</kt>...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const CONSTANTS = [
  'TRUE', 'FALSE', 'NULL', 'MINUS-INFINITY', 'PLUS-INFINITY', 'MIN', 'MAX',
];

const SINGLE_WORD_TYPES = [
  'RELATIVE-OID', 'TYPE-IDENTIFIER', 'ObjectDescriptor', 'IA5String', 'INTEGER', 'ISO646String', 'T61String',
  'BMPString', 'NumericString', 'TeletexString', 'GeneralizedTime', 'REAL', 'BOOLEAN', 'GeneralString',
  'GraphicString', 'UniversalString', 'UTCTime', 'VisibleString', 'UTF8String', 'PrintableString', 'VideotexString',
  'EXTERNAL',
];

const SINGLE_WORD_NAMESPACE_KEYWORDS = [
  'EXPORTS', 'IMPORTS',
];

const SINGLE_WORDS_DECLARATIONS = [
  'SIZE', 'SEQUENCE', 'SET', 'CLASS', 'UNIQUE', 'DEFAULT', 'CHOICE', 'PATTERN', 'OPTIONAL', 'PRESENT', 'ABSENT',
  'CONTAINING', 'ENUMERATED', 'ALL',
];

const OPERATOR_WORDS = [
  'EXCEPT', 'UNION', 'INTERSECTION',
];

const SINGLE_WORD_KEYWORDS = [
  'ENCODED', 'ABSTRACT-SYNTAX', 'END', 'APPLICATION', 'EXPLICIT', 'IMPLICIT', 'AUTOMATIC', 'TAGS', 'BEGIN',
  'EXTENSIBILITY', 'BY', 'FROM', 'COMPONENT', 'UNIVERSAL', 'COMPONENTS', 'CONSTRAINED', 'IMPLIED', 'DEFINITIONS',
  'INCLUDES', 'PRIVATE', 'WITH', 'OF',
];

export const asn1Lexer: LexerDefinition = {
  name: 'ASN.1',
  aliases: ['asn1'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['--.*$', 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`\d+\.\d+([eE][-+]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`&?[a-z][-a-zA-Z0-9]*[a-zA-Z0-9]\b`, 'Name.Variable'],
      [words(CONSTANTS, '', String.raw`\b`), 'Keyword.Constant'],
      [String.raw`(OBJECT\s+IDENTIFIER|BIT\s+STRING|OCTET\s+STRING|CHARACTER\s+STRING|EMBEDDED\s+PDV)\b`, 'Keyword.Type'],
      [words(SINGLE_WORD_TYPES, '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`EXPORTS\s+ALL\b`, 'Keyword.Namespace'],
      [words(SINGLE_WORD_NAMESPACE_KEYWORDS, '', String.raw`\b`), 'Operator.Namespace'],
      [String.raw`(SEQUENCE\s+OF|SET\s+OF|INSTANCE\s+OF|WITH\s+SYNTAX)\b`, 'Keyword.Declaration'],
      [words(SINGLE_WORDS_DECLARATIONS, '', String.raw`\b`), 'Keyword.Declaration'],
      [words(OPERATOR_WORDS, '', String.raw`\b`), 'Operator.Word'],
      [words(SINGLE_WORD_KEYWORDS), 'Keyword'],
      [String.raw`&?[A-Z][-a-zA-Z0-9]*[a-zA-Z0-9]\b`, 'Name.Type'],
      [String.raw`(::=|\.\.\.|\.\.|\[\[|\]\]|\||\^|-)`, 'Operator'],
      [String.raw`(\.|,|\{|\}|\(|\)|\[|\])`, 'Punctuation'],
      ['"', 'Literal.String', 'string'],
      [String.raw`('[01 ]*')(B)\b`, bygroups('Literal.String', 'Literal.String.Affix')],
      [String.raw`('[0-9A-F ]*')(H)\b`, bygroups('Literal.String', 'Literal.String.Affix')],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    string: [
      ['""', 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
      ['[^"]', 'Literal.String'],
    ],
  },
};
