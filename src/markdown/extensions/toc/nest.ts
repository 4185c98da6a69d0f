/**
 * Python-Markdown's `nest_toc_tokens`: a flat list of headings -> a tree, tolerating skipped
 * levels (h1, h3 nests h3 under h1) and pages that start deeper than they continue.
 */
import type { TocEntry } from '../../types.ts';

export interface FlatEntry {
  readonly level: number;
  readonly id: string;
  readonly name: string;
}

export function nestToc(flat: readonly FlatEntry[]): TocEntry[] {
  const ordered: TocEntry[] = [];
  const [first, ...rest] = flat;
  if (!first) return ordered;
  let last: TocEntry = { ...first, children: [] };
  let levels = [first.level];
  let parents: TocEntry[] = [];
  ordered.push(last);
  for (const token of rest) {
    const entry: TocEntry = { ...token, children: [] };
    const current = entry.level;
    if (current < (levels.at(-1) ?? current)) {
      levels.pop();
      let toPop = 0;
      for (const parent of [...parents].reverse()) {
        if (current <= parent.level) toPop += 1;
        else break;
      }
      if (toPop > 0) {
        levels = levels.slice(0, -toPop);
        parents = parents.slice(0, -toPop);
      }
      levels.push(current);
    }
    if (current === levels.at(-1)) {
      (parents.at(-1)?.children ?? ordered).push(entry);
    } else {
      last.children.push(entry);
      parents.push(last);
      levels.push(current);
    }
    last = entry;
  }
  return ordered;
}
