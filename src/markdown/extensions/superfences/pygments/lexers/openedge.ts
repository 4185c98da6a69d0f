/**
 * Pygments' OpenEdgeLexer (pygments/lexers/business.py, Pygments 2.20), rule for rule: OpenEdge ABL
 * (Progress): case-insensitive keywords with their abbreviations, nested comments and `{}`
 * preprocessor references.
 *
 *     DEFINE VARIABLE x AS INTEGER NO-UNDO.   ->   <kd>DEFINE</kd><w> </w><nb>VARIABLE</nb><w> </w><nb>x</nb><w> </w><nb>AS</nb><w> </w><kt>INTEGER</kt><w> </w><nb>NO-UNDO</nb><p>.</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { OPENEDGE_KEYWORDS } from './openedge-words.ts';

export const openEdgeLexer: LexerDefinition = {
  name: 'OpenEdge ABL',
  aliases: ['openedge', 'abl', 'progress'],
  tokens: {
    root: [
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`\{`, 'Comment.Preproc', 'preprocessor'],
      [String.raw`\s*&.*`, 'Comment.Preproc'],
      ['0[xX][0-9a-fA-F]+[LlUu]*', 'Literal.Number.Hex'],
      [String.raw`(?i)(DEFINE|DEF|DEFI|DEFIN)\b`, 'Keyword.Declaration'],
      [String.raw`(?i)(^|(?<=[^\w\-]))(CHARACTER|CHAR|CHARA|CHARAC|CHARACT|CHARACTE|COM-HANDLE|DATE|DATETIME|DATETIME-TZ|DECIMAL|DEC|DECI|DECIM|DECIMA|HANDLE|INT64|INTEGER|INT|INTE|INTEG|INTEGE|LOGICAL|LONGCHAR|MEMPTR|RAW|RECID|ROWID)\s*($|(?=[^\w\-]))`, 'Keyword.Type'],
      [words(OPENEDGE_KEYWORDS, String.raw`(?i)(^|(?<=[^\w\-]))`, String.raw`\s*($|(?=[^\w\-]))`), 'Name.Builtin'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['[+*/=-]', 'Operator'],
      ['[.:()]', 'Punctuation'],
      ['.', 'Name.Variable'],
    ],
    comment: [
      ['[^*/]', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    preprocessor: [
      ['[^{}]', 'Comment.Preproc'],
      [String.raw`\{`, 'Comment.Preproc', '#push'],
      [String.raw`\}`, 'Comment.Preproc', '#pop'],
    ],
  },
};
