/**
 * Pygments' FreeFemLexer (pygments/lexers/freefem.py, Pygments 2.20.0): CppLexer's rules and
 * type retyping, then every token retyped by its text alone (whatever CppLexer made of it, even
 * inside strings and comments), the first of FreeFem's name sets that holds it deciding.
 *
 *     mesh Th = square(10, 10);   ->   <kt>mesh</kt><w> </w><n>Th</n><w> </w><o>=</o><w> </w><nf>square</nf><p>(</p>...
 */
import type { LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { cFamilyFactory } from './c-family.ts';
import { cppDefinition } from './cpp.ts';
import {
  FREEFEM_FESPACES, FREEFEM_FUNCTIONS, FREEFEM_KEYWORDS, FREEFEM_OPERATORS, FREEFEM_PARAMETERS, FREEFEM_PREPROCESSOR,
  FREEFEM_SUPPRESS_HIGHLIGHT, FREEFEM_TYPES,
} from './freefem-words.ts';

/** The sets in the order get_tokens_unprocessed asks them, with the type each gives. */
const RETYPES: ReadonlyArray<readonly [ReadonlySet<string>, TokenType]> = [
  [new Set(FREEFEM_OPERATORS), 'Operator'],
  [new Set(FREEFEM_TYPES), 'Keyword.Type'],
  [new Set(FREEFEM_FESPACES), 'Name.Class'],
  [new Set(FREEFEM_PREPROCESSOR), 'Comment.Preproc'],
  [new Set(FREEFEM_KEYWORDS), 'Keyword.Reserved'],
  [new Set(FREEFEM_FUNCTIONS), 'Name.Function'],
  [new Set(FREEFEM_PARAMETERS), 'Keyword.Pseudo'],
  [new Set(FREEFEM_SUPPRESS_HIGHLIGHT), 'Name'],
];

const cpp = cFamilyFactory({ ...cppDefinition, name: 'Freefem', aliases: ['freefem'] });

export const freefemLexer: LexerFactory = {
  name: 'Freefem',
  aliases: ['freefem'],
  create(byName) {
    const lexer = cpp.create(byName);
    return {
      ...lexer,
      *tokensUnprocessed(text, stack) {
        for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) {
          yield [index, RETYPES.find(([names]) => names.has(value))?.[1] ?? type, value];
        }
      },
    };
  },
};
