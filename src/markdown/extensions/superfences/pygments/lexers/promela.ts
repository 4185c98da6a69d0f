/**
 * Pygments' PromelaLexer (pygments/lexers/c_like.py, Pygments 2.20.0): CLexer's states and its type
 * retyping, with SPIN's LTL operators and remote references before C's statements, and Promela's own
 * types and keywords in place of C's.
 *
 *     active proctype P() { x = 1 }   ->   <kd>active</kd><w> </w><kd>proctype</kd>...
 */
import { bygroups, words, type LexerFactory } from '../regex-lexer.ts';
import { cTokens } from './c.ts';
import { cFamilyFactory } from './c-family.ts';

const base = cTokens();

export const promelaLexer: LexerFactory = cFamilyFactory({
  name: 'Promela',
  aliases: ['promela'],
  tokens: {
    ...base,
    statements: [
      [String.raw`(\[\]|<>|/\\|\\/)|(U|W|V)\b`, 'Operator'], // LTL operators
      ['@', 'Punctuation'], // remote references
      [String.raw`(\.)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      ...(base['statements'] ?? []),
    ],
    types: [
      [words(['bit', 'bool', 'byte', 'pid', 'short', 'int', 'unsigned'], '', String.raw`\b`), 'Keyword.Type'],
    ],
    keywords: [
      [words(['atomic', 'break', 'd_step', 'do', 'od', 'for', 'in', 'goto', 'if', 'fi', 'unless'], '', String.raw`\b`), 'Keyword'],
      [words(['assert', 'get_priority', 'printf', 'printm', 'set_priority'], '', String.raw`\b`), 'Name.Function'],
      [words(['c_code', 'c_decl', 'c_expr', 'c_state', 'c_track'], '', String.raw`\b`), 'Keyword'],
      [words(['_', '_last', '_nr_pr', '_pid', '_priority', 'else', 'np_', 'STDIN'], '', String.raw`\b`), 'Name.Builtin'],
      [words(['empty', 'enabled', 'eval', 'full', 'len', 'nempty', 'nfull', 'pc_value'], '', String.raw`\b`), 'Name.Function'],
      [String.raw`run\b`, 'Operator.Word'],
      [
        words([
          'active', 'chan', 'D_proctype', 'hidden', 'init', 'local', 'mtype', 'never', 'notrace', 'proctype',
          'show', 'trace', 'typedef', 'xr', 'xs',
        ], '', String.raw`\b`),
        'Keyword.Declaration',
      ],
      [words(['priority', 'provided'], '', String.raw`\b`), 'Keyword'],
      [words(['inline', 'ltl', 'select'], '', String.raw`\b`), 'Keyword.Declaration'],
      [String.raw`skip\b`, 'Keyword'],
    ],
  },
});
