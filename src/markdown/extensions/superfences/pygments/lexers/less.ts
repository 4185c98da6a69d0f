/**
 * Pygments' LessCssLexer (pygments/lexers/css.py, Pygments 2.20.0), rule for rule: CssLexer's
 * states, with `@variables` and `//` and `/* *\/` comments tried first (Pygments' `inherit`), and
 * nested `{` blocks pushed in `content`.
 *
 *     @width: 10px;   ->   <nv>@width</nv><o>:</o><w> </w><nt>10px</nt><o>;</o>
 */
import type { LexerDefinition, Rule } from '../regex-lexer.ts';
import { cssLexer } from './css.ts';

const COMMENTS: readonly Rule[] = [
  ['//.*\n', 'Comment.Single'],
  [String.raw`/\*(?:.|\n)*?\*/`, 'Comment.Multiline'],
];

/** The CSS state `name` with `first` in front of its own rules, as `inherit` at their end places them. */
function extend(name: string, first: readonly Rule[]): readonly Rule[] {
  return [...first, ...(cssLexer.tokens[name] ?? [])];
}

export const lessLexer: LexerDefinition = {
  name: 'LessCss',
  aliases: ['less'],
  tokens: {
    ...cssLexer.tokens,
    root: extend('root', [[String.raw`@\w+`, 'Name.Variable'], ...COMMENTS]),
    atcontent: extend('atcontent', COMMENTS),
    atrule: extend('atrule', COMMENTS),
    content: extend('content', [[String.raw`\{`, 'Punctuation', '#push'], ...COMMENTS]),
    'value-start': extend('value-start', COMMENTS),
    'function-start': extend('function-start', COMMENTS),
  },
};
