/**
 * js-yaml cannot parse a tagged flow sequence used as an implicit mapping key, which MkDocs
 * configs use for translatable nav titles:
 *
 *   nav:
 *     - !ENV [NAV_HOME, "Home"]: index.md
 *
 * PyYAML reads it. We swap each such key for `!envkey N` padded to the same length (so every
 * offset, line and column stays true), and resolve N to the key's `!ENV` value when constructing.
 * Only block-context keys at the start of a line (after indentation and `- ` markers) qualify,
 * and never inside a `|` / `>` block scalar: that is where they occur, and it keeps the swap away
 * from text that merely looks like one.
 */
import { load, type Schema } from 'js-yaml';
import { resolveEnv, splitEnvList, type Env } from './yaml-tags.ts';

export interface EnvKeyRewrite {
  readonly source: string;
  /** The resolved value of each swapped key, by N. */
  readonly values: unknown[];
}

const KEY_START = /^([ \t]*(?:-[ \t]+)*)!ENV[ \t]*\[/;
/** `key: |`, `- >-`, `key: |2 # comment`: the following deeper lines are literal text. */
const BLOCK_SCALAR_START = /(?:^|[\s:])[|>][-+1-9]*[ \t]*(?:#.*)?\r?\n?$/;

export function rewriteEnvKeys(source: string, env: Env, schema: () => Schema): EnvKeyRewrite {
  const values: unknown[] = [];
  const lines = source.split(/(?<=\n)/);
  // Indentation of the line that opened a block scalar; deeper (or blank) lines are its text.
  let blockParent = -1;
  const out = lines.map((line) => {
    const indent = /^[ ]*/.exec(line)?.[0].length ?? 0;
    if (blockParent >= 0) {
      if (line.trim() === '' || indent > blockParent) return line;
      blockParent = -1;
    }
    if (BLOCK_SCALAR_START.test(line)) {
      blockParent = indent;
      return line;
    }
    const start = KEY_START.exec(line);
    if (!start) return line;
    const tagStart = start[1]?.length ?? 0;
    const open = start[0].length - 1;
    const close = findClosingBracket(line, open);
    if (close === -1) return line;
    const after = /^[ \t]*:(?:[ \t]|\r?\n|$)/.exec(line.slice(close + 1));
    if (!after) return line;
    const replacement = `!envkey ${values.length}`;
    const width = close + 1 - tagStart;
    if (replacement.length > width) return line;
    const items = load(line.slice(open, close + 1), { schema: schema() });
    if (!Array.isArray(items)) return line;
    const { names, fallback } = splitEnvList(items);
    values.push(resolveEnv(names, fallback, env, schema()));
    return line.slice(0, tagStart) + replacement.padEnd(width, ' ') + line.slice(close + 1);
  });
  return { source: out.join(''), values };
}

/** Index of the `]` closing the `[` at `open`, skipping quoted text; -1 if not on this line. */
function findClosingBracket(line: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = open; index < line.length; index++) {
    const char = line[index];
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index;
    else if (char === '\n' || char === '#') return -1;
  }
  return -1;
}
