/**
 * Pygments' SwigLexer (pygments/lexers/c_like.py, Pygments 2.20.0): CppLexer's states and its type
 * retyping, with SWIG's `$special` variables, `%directives` and `##` stringification first.
 *
 *     %module example   ->   <nf>%module</nf><w> </w><n>example</n>
 */
import { type LexerFactory } from '../regex-lexer.ts';
import { cFamilyFactory } from './c-family.ts';
import { cppDefinition } from './cpp.ts';

const base = cppDefinition.tokens;

export const swigLexer: LexerFactory = cFamilyFactory({
  name: 'SWIG',
  aliases: ['swig'],
  tokens: {
    ...base,
    // matched here so it is no function name in the rest of root
    root: [[String.raw`\$\**\&?\w+`, 'Name'], ...(base['root'] ?? [])],
    statements: [
      ['(%[a-z_][a-z0-9_]*)', 'Name.Function'], // SWIG directives
      [String.raw`\$\**\&?\w+`, 'Name'], // special variables
      ['##*[a-zA-Z_]\\w*', 'Comment.Preproc'], // stringification, more preprocessor directives
      ...(base['statements'] ?? []),
    ],
  },
});
