/** sitemap.xml as MkDocs writes it: one <url> per page with its absolute location. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PreparedSite } from '../site/prepare.ts';

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function writeSitemap(outDir: string, site: PreparedSite): void {
  const root = site.siteUrl ?? site.base;
  const urls = site.model.pages.map((page) => `    <url>\n         <loc>${escapeXml(root + page.url)}</loc>\n    </url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  writeFileSync(path.join(outDir, 'sitemap.xml'), xml);
}
