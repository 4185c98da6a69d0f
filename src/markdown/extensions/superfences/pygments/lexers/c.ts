/**
 * Pygments' CLexer (pygments/lexers/c_cpp.py, Pygments 2.20): CFamilyLexer plus C11 keywords
 * and types, placed before the base rules as `inherit` places them.
 *
 *     _Bool ok = 1;   ->   <kt>_Bool</kt><w> </w><n>ok</n><w> </w><o>=</o><w> </w><mi>1</mi><p>;</p>
 */
import { words, type LexerFactory, type Rule } from '../regex-lexer.ts';
import { cFamilyFactory, cFamilyTokens } from './c-family.ts';

/** CLexer's states; each call gives fresh arrays for a subclass (Objective-C) to extend. */
export function cTokens(): Record<string, Rule[]> {
  const base = cFamilyTokens();
  return {
    ...base,
    keywords: [
      [
        words([
          '_Alignas', '_Alignof', '_Noreturn', '_Countof', '_Generic', '_Thread_local', '_Static_assert', '_Imaginary',
          'countof', 'noreturn', 'imaginary', 'complex',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      ...(base['keywords'] ?? []),
    ],
    types: [
      [words(['_Bool', '_Complex', '_Atomic', '_Decimal32', '_Decimal64', '_Decimal128'], '', String.raw`\b`), 'Keyword.Type'],
      ...(base['types'] ?? []),
    ],
  };
}

export const cLexer: LexerFactory = cFamilyFactory({ name: 'C', aliases: ['c'], tokens: cTokens() });
