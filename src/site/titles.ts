/**
 * MkDocs' title order: nav title, front matter `title`, first H1, then the file name
 * (`index.md` -> its folder's name, or "Home" at the root; `-`/`_` -> spaces, first letter up).
 */
import path from 'node:path';
import type { TocEntry } from '../markdown/index.ts';

export function titleFromFileName(src: string): string {
  const parts = src.split('/');
  const file = parts[parts.length - 1] ?? src;
  let stem = file.replace(/\.md$/i, '');
  if (/^(index|readme)$/i.test(stem)) {
    const folder = parts.length > 1 ? parts[parts.length - 2] : undefined;
    if (folder === undefined) return 'Home';
    stem = folder;
  }
  const words = stem.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A page's title in MkDocs' order (the file's comment), and whether it is the page's first H1: our
 * H1 title is its text, where MkDocs holds it escaped (get_heading_text), so it is drawn escaped;
 * the others are HTML as written (src/nav's textTitle).
 */
export function ownTitle(input: { navTitle?: string | undefined; meta: Record<string, unknown>; h1: string | undefined; src: string }): { readonly title: string; readonly textTitle: boolean } {
  if (input.navTitle) return { title: input.navTitle, textTitle: false };
  const fromMeta = input.meta['title'];
  if (typeof fromMeta === 'string' && fromMeta.trim() !== '') return { title: fromMeta.trim(), textTitle: false };
  if (input.h1) return { title: input.h1, textTitle: true };
  return { title: titleFromFileName(input.src.split(path.sep).join('/')), textTitle: false };
}

/**
 * Material's typeset plugin: the page's title as HTML, its first H1's (the first level-1 ToC entry
 * that has HTML, in page order), unless front matter names a `title` (even an empty one, as the
 * plugin checks). The nav draws it only where it gives the page no title (src/nav). Without the
 * plugin no entry has HTML, so this is undefined.
 */
export function typesetTitle(meta: Readonly<Record<string, unknown>>, toc: readonly TocEntry[]): string | undefined {
  if (Object.hasOwn(meta, 'title')) return undefined;
  const first = (entries: readonly TocEntry[]): string | undefined => {
    for (const entry of entries) {
      const found = entry.level === 1 && entry.html !== undefined ? entry.html : first(entry.children);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return first(toc);
}
