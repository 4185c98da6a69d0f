/**
 * MkDocs' title order: nav title, front matter `title`, first H1, then the file name
 * (`index.md` -> its folder's name, or "Home" at the root; `-`/`_` -> spaces, first letter up).
 */
import path from 'node:path';

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

export function pageTitle(input: { navTitle?: string | undefined; meta: Record<string, unknown>; h1: string | undefined; src: string }): string {
  if (input.navTitle) return input.navTitle;
  const fromMeta = input.meta['title'];
  if (typeof fromMeta === 'string' && fromMeta.trim() !== '') return fromMeta.trim();
  if (input.h1) return input.h1;
  return titleFromFileName(input.src.split(path.sep).join('/'));
}
