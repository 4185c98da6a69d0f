/** What a built page's primary sidebar (the nav) draws, for the nav plugins' end-to-end tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The primary sidebar's entries of the page `file` of the site in `dir`, in order: `link Title` or `section Title`. */
export function sidebarEntries(dir: string, file: string): string[] {
  const html = readFileSync(path.join(dir, file), 'utf8');
  const start = html.indexOf('md-sidebar--primary');
  const nav = html.slice(start, html.indexOf('md-sidebar--secondary', start));
  return [...nav.matchAll(/<(a|label)\b[^>]*>(?:\s*<[^>]+>)*?\s*<span class="md-ellipsis">\s*([^<]*?)\s*</g)].map((match) => `${match[1] === 'a' ? 'link' : 'section'} ${match[2] ?? ''}`);
}
