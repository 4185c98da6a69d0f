/**
 * Pygments' FortranFixedLexer (pygments/lexers/fortran.py, Pygments 2.20), rule for rule: fixed-form
 * Fortran, columns 1-5 a label, column 6 a continuation mark, columns 7-72 code lexed by the
 * free-form FortranLexer, anything past column 72 a comment. re.IGNORECASE without MULTILINE.
 *
 *     C     comment   ->   <c>C     comment\n</c>
 */
import { bygroups, defaultState, type Callback, type LexerDefinition } from '../regex-lexer.ts';
import { using } from '../delegation.ts';

/**
 * `_lex_fortran`: the columns of code lexed by a fresh FortranLexer as if they ended the line
 * (a `\n` added so `!` comments match), that newline then taken out of every token again.
 */
const lexFortran: Callback = function* (lexer, match) {
  const fortran = lexer.byName('fortran');
  if (fortran === undefined) return;
  for (const [index, type, value] of fortran.tokensUnprocessed(`${match.text}\n`)) {
    const kept = value.replaceAll('\n', '');
    if (kept !== '') yield [match.start + index, type, kept];
  }
};

export const fortranFixedLexer: LexerDefinition = {
  name: 'FortranFixed',
  aliases: ['fortranfixed'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`[C*].*\n`, 'Comment'],
      [String.raw`#.*\n`, 'Comment.Preproc'],
      [String.raw` {0,4}!.*\n`, 'Comment'],
      ['(.{5})', 'Name.Label', 'cont-char'],
      // a line shorter than a label field: all code
      [String.raw`.*\n`, using('fortran')],
    ],
    'cont-char': [
      [' ', 'Text', 'code'],
      ['0', 'Comment', 'code'],
      ['.', 'Generic.Strong', 'code'],
    ],
    code: [
      [String.raw`(.{66})(.*)(\n)`, bygroups(lexFortran, 'Comment', 'Text.Whitespace'), 'root'],
      [String.raw`(.*)(\n)`, bygroups(lexFortran, 'Text.Whitespace'), 'root'],
      defaultState('root'),
    ],
  },
};
