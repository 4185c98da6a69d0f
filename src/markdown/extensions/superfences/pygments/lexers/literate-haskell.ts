/**
 * Pygments' LiterateLexer and LiterateHaskellLexer (pygments/lexers/haskell.py, Pygments 2.20.0):
 * Bird style (code lines start with `>`) or LaTeX style (code between `\begin{code}` and
 * `\end{code}`, the rest lexed by TexLexer); the code, put together, is lexed by HaskellLexer.
 *
 *     > main = print 1   ->   <c1>> </c1><nf>main</nf> <ow>=</ow> <nf>print</nf> <mi>1</mi>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import type { Lexer, LexerFactory, Token } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

const BIRD = /^(>[ \t]*)(.*\n)/;
/** Python's str.lstrip(): Unicode whitespace, which `\s` in a JavaScript RegExp also is, but for these. */
const LEADING_SPACE = /^[\s\x1c-\x1f\x85]+/u;

/** `line_re.finditer(text)`: the lines that end with `\n` (a last line without one is dropped). */
function lines(text: string): string[] {
  return text.match(/.*?\n/gs) ?? [];
}

/** LiterateLexer.get_tokens_unprocessed: `base` lexes the code, the rest is spliced in (also Literate Idris, Agda, Cryptol). */
export function* literateTokens(base: Lexer, tex: Lexer, text: string, litstyle: unknown): Generator<Token> {
  // Auto: LaTeX when the first non-space character is `\` or `%` (or there is none).
  const style = litstyle ?? ('%\\'.includes(text.replace(LEADING_SPACE, '').slice(0, 1)) ? 'latex' : 'bird');
  let code = '';
  const insertions: Insertion[] = [];
  if (style === 'bird') {
    for (const line of lines(text)) {
      const bird = BIRD.exec(line);
      if (bird) {
        insertions.push([code.length, [[0, 'Comment.Special', bird[1] ?? '']]]);
        code += bird[2] ?? '';
      } else {
        insertions.push([code.length, [[0, 'Text', line]]]);
      }
    }
  } else {
    let inCode = false;
    let latex = '';
    for (const line of lines(text)) {
      const stripped = line.replace(LEADING_SPACE, '');
      if (inCode) {
        if (stripped.startsWith('\\end{code}')) {
          inCode = false;
          latex += line;
        } else {
          code += line;
        }
      } else if (stripped.startsWith('\\begin{code}')) {
        inCode = true;
        latex += line;
        insertions.push([code.length, [...tex.tokensUnprocessed(latex)]]);
        latex = '';
      } else {
        latex += line;
      }
    }
    insertions.push([code.length, [...tex.tokensUnprocessed(latex)]]);
  }
  yield* doInsertions(insertions, base.tokensUnprocessed(code));
}

function createLiterateHaskell(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const haskell = byName('haskell') ?? textLexer(byName);
  const tex = byName('tex') ?? textLexer(byName);
  return {
    name: 'Literate Haskell',
    byName,
    tokensUnprocessed: (text) => literateTokens(haskell, tex, text, options['litstyle']),
    withOptions: (more) => createLiterateHaskell(byName, more),
  };
}

export const literateHaskellLexer: LexerFactory = {
  name: 'Literate Haskell',
  aliases: ['literate-haskell', 'lhaskell', 'lhs'],
  create: (byName) => createLiterateHaskell(byName, {}),
};
