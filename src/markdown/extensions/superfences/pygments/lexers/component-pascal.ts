/**
 * Pygments' ComponentPascalLexer (pygments/lexers/oberon.py, Pygments 2.20.0), rule for rule: Component Pascal (BlackBox).
 *
 *     MODULE Hello; IMPORT Out; END Hello.
 *     ->   <kr>MODULE</kr> <n>Hello</n><p>;</p> <kr>IMPORT</kr> <n>Out</n><p>;</p> <kr>END</kr> <n>Hello</n><p>.</p>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const BUILTINS_WORDS: readonly string[] = [
  'ABS', 'ABSTRACT', 'ARRAY', 'ASH', 'ASSERT', 'BEGIN', 'BITS', 'BY', 'CAP', 'CASE', 'CHR', 'CLOSE', 'CONST', 'DEC',
  'DIV', 'DO', 'ELSE', 'ELSIF', 'EMPTY', 'END', 'ENTIER', 'EXCL', 'EXIT', 'EXTENSIBLE', 'FOR', 'HALT', 'IF',
  'IMPORT', 'IN', 'INC', 'INCL', 'IS', 'LEN', 'LIMITED', 'LONG', 'LOOP', 'MAX', 'MIN', 'MOD', 'MODULE', 'NEW', 'ODD',
  'OF', 'OR', 'ORD', 'OUT', 'POINTER', 'PROCEDURE', 'RECORD', 'REPEAT', 'RETURN', 'SHORT', 'SHORTCHAR', 'SHORTINT',
  'SIZE', 'THEN', 'TYPE', 'TO', 'UNTIL', 'VAR', 'WHILE', 'WITH',
];

export const componentPascalLexer: LexerDefinition = {
  name: 'Component Pascal',
  aliases: ['componentpascal', 'cp'],
  flags: 'ms',
  tokens: {
    root: [
      include('whitespace'),
      include('comments'),
      include('punctuation'),
      include('numliterals'),
      include('strings'),
      include('operators'),
      include('builtins'),
      include('identifiers'),
    ],
    whitespace: [
      [String.raw`\n+`, 'Text'],
      [String.raw`\s+`, 'Text'],
    ],
    comments: [
      [String.raw`\(\*([^$].*?)\*\)`, 'Comment.Multiline'],
    ],
    punctuation: [
      [String.raw`[()\[\]{},.:;|]`, 'Punctuation'],
    ],
    numliterals: [
      [String.raw`[0-9A-F]+X\b`, 'Literal.Number.Hex'],
      [String.raw`[0-9A-F]+[HL]\b`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+\.[0-9]+E[+-][0-9]+`, 'Literal.Number.Float'],
      [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
    ],
    strings: [
      [String.raw`'[^\n']*'`, 'Literal.String'],
      [String.raw`"[^\n"]*"`, 'Literal.String'],
    ],
    operators: [
      [String.raw`[+-]`, 'Operator'],
      [String.raw`[*/]`, 'Operator'],
      [String.raw`[=#<>]`, 'Operator'],
      [String.raw`\^`, 'Operator'],
      [String.raw`&`, 'Operator'],
      [String.raw`~`, 'Operator'],
      [String.raw`:=`, 'Operator'],
      [String.raw`\.\.`, 'Operator'],
      [String.raw`\$`, 'Operator'],
    ],
    identifiers: [
      [String.raw`([a-zA-Z_$][\w$]*)`, 'Name'],
    ],
    builtins: [
      [words(['ANYPTR', 'ANYREC', 'BOOLEAN', 'BYTE', 'CHAR', 'INTEGER', 'LONGINT', 'REAL', 'SET', 'SHORTCHAR', 'SHORTINT', 'SHORTREAL'], '', String.raw`\b`), 'Keyword.Type'],
      [words(BUILTINS_WORDS, '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`(TRUE|FALSE|NIL|INF)\b`, 'Keyword.Constant'],
    ],
  },
};
