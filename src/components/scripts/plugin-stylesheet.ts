/**
 * A plugin's stylesheet, linked by its script on the pages that need it (an imported stylesheet
 * would be linked by Astro from every page of every site): once per document, so
 * navigation.instant, which keeps <head>, does not link it again on each page.
 */
export function linkStylesheetOnce(href: string, name: string): void {
  const marker = `data-md-${name}`;
  if (document.head.querySelector(`link[${marker}]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.setAttribute(marker, '');
  document.head.append(link);
}
