/**
 * Pygments' VCLSnippetLexer (pygments/lexers/varnish.py, Pygments 2.20.0): VCLLexer's states
 * (`inherit`) with rules for the fragments documentation shows: `...` elisions and bare
 * `req` / `beresp.*` variable names first, `backend` as a keyword last.
 *
 *     req.*   ->   <nv>req.*</nv>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';
import { vclLexer } from './vcl.ts';

export const vclSnippetLexer: LexerDefinition = {
  name: 'VCLSnippets',
  aliases: ['vclsnippets', 'vclsnippet'],
  tokens: {
    ...vclLexer.tokens,
    snippetspre: [
      [String.raw`\.\.\.+`, 'Comment'],
      [String.raw`(bereq|req|req_top|resp|beresp|obj|client|server|local|remote|storage)($|\.\*)`, 'Name.Variable'],
    ],
    snippetspost: [[String.raw`(backend)\b`, 'Keyword.Reserved']],
    root: [include('snippetspre'), ...(vclLexer.tokens['root'] ?? []), include('snippetspost')],
  },
};
