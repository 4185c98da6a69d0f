/**
 * The body of the theme's not-found page, in a language's labels: Material's heading, then a way
 * back to that language's home (src/pages/404.astro for the site, src/pages/[locale]/404.astro
 * for each other language of an i18n site). A site's own 404.md replaces it.
 *
 * @example notFoundBody(labels, '/fr/') // '<h1>Page non trouvée</h1><p>… <a href="/fr/">…</a> …</p>'
 */
import { escapeAttribute, escapeText } from '../site/html-escape.ts';
import { translator, type LabelTable } from '../shared/languages/index.ts';

export function notFoundBody(labels: LabelTable, home: string): string {
  const t = translator(labels);
  return `<h1>${escapeText(t('notfound.title'))}</h1><p>${escapeText(t('notfound.text'))} <a href="${escapeAttribute(home)}">${escapeText(t('notfound.home'))}</a> ${escapeText(t('notfound.search'))}</p>`;
}
