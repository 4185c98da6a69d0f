/**
 * Pygments' VimLexer (pygments/lexers/textedit.py, Pygments 2.20.0), rule for rule: the rule
 * table, then get_tokens_unprocessed, which retypes each word by Vim's own (abbreviable) command,
 * option and event names; `python << EOF` bodies are lexed as Python.
 *
 *     set nocompatible   ->   <k>set</k> <nb>nocompatible</nb>
 */
import { using } from '../delegation.ts';
import { bygroups, compileLexer, usingThis, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { VIM_AUTO, VIM_COMMANDS, VIM_OPTIONS } from './vim-builtins.ts';

type Mapping = ReadonlyArray<readonly [short: string, full: string]>;

/** `ab[breviate]` -> [`ab`, `abbreviate`], in the order written. */
function pairs(list: string): Mapping {
  return list.split(' ').map((word) => {
    const open = word.indexOf('[');
    return open === -1 ? [word, word] : [word.slice(0, open), word.slice(0, open) + word.slice(open + 1, -1)];
  });
}

/**
 * VimLexer.is_in: `w` is a name of the mapping when it is at least the pair's short form and a
 * prefix of its full one. Only the two pairs around Python's `bisect(mapping, (w,))` are asked,
 * and the lists are not sorted, so the search is Python's bisect_right step for step.
 */
function isIn(word: string, mapping: Mapping): boolean {
  let low = 0;
  let high = mapping.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    // (w,) < (short, full) exactly when w <= short (a shorter tuple sorts first).
    if (word <= (mapping[middle]?.[0] ?? '')) high = middle;
    else low = middle + 1;
  }
  const matches = (pair: readonly [string, string] | undefined): boolean =>
    pair !== undefined && pair[0] === word.slice(0, pair[0].length) && pair[1].slice(0, word.length) === word;
  if (low > 0 && matches(mapping[low - 1])) return true;
  return low < mapping.length && matches(mapping[low]);
}

const PYTHON = 'py(?:t(?:h(?:o(?:n)?)?)?)?';

const definition: LexerDefinition = {
  name: 'VimL',
  aliases: ['vim'],
  tokens: {
    root: [
      [
        String.raw`^([ \t:]*)(${PYTHON})([ \t]*)(<<)([ \t]*)(.*)((?:\n|.)*)(\6)`,
        bygroups(usingThis(), 'Keyword', 'Text', 'Operator', 'Text', 'Text', using('python'), 'Text'),
      ],
      [String.raw`^([ \t:]*)(${PYTHON})([ \t])(.*)`, bygroups(usingThis(), 'Keyword', 'Text', using('python'))],
      [String.raw`^\s*".*`, 'Comment'],
      [String.raw`[ \t]+`, 'Text'],
      // TODO: regexes can have other delims
      [String.raw`/[^/\\\n]*(?:\\[\s\S][^/\\\n]*)*/`, 'Literal.String.Regex'],
      [String.raw`"[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*"`, 'Literal.String.Double'],
      [String.raw`'[^\n']*(?:''[^\n']*)*'`, 'Literal.String.Single'],
      // Who decided that doublequote was a good comment character??
      [String.raw`(?<=\s)"[^\-:.%#=*].*`, 'Comment'],
      [String.raw`-?\d+`, 'Literal.Number'],
      ['#[0-9a-f]{6}', 'Literal.Number.Hex'],
      ['^:', 'Punctuation'],
      ['[()<>+=!|,~-]', 'Punctuation'], // Inexact list.  Looks decent.
      [String.raw`\b(let|if|else|endif|elseif|fun|function|endfunction)\b`, 'Keyword'],
      [String.raw`\b(NONE|bold|italic|underline|dark|light)\b`, 'Name.Builtin'],
      [String.raw`\b\w+\b`, 'Name.Other'], // These are postprocessed below
      ['.', 'Text'],
    ],
  },
};

export const vimLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create(byName) {
    const lexer = compileLexer(definition, byName);
    const commands = pairs(VIM_COMMANDS);
    const options = pairs(VIM_OPTIONS);
    const events = pairs(VIM_AUTO);
    const retype = (word: string): TokenType => {
      if (isIn(word, commands)) return 'Keyword';
      return isIn(word, options) || isIn(word, events) ? 'Name.Builtin' : 'Text';
    };
    return {
      ...lexer,
      *tokensUnprocessed(text, stack) {
        for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) {
          yield [index, type === 'Name.Other' ? retype(value) : type, value];
        }
      },
    };
  },
};
