/**
 * The Pagefind settings both indexes share (the build's and the dev server's in-memory one), so
 * they rank and excerpt alike.
 */
import type { PagefindServiceConfig } from 'pagefind';
import { SEARCH_EXCLUDED_ELEMENTS } from './exclude.ts';
import { pagefindLanguage } from './language.ts';

/**
 * Left out of the text: the toc extension's permalink anchors (`<a class="headerlink">¶</a>`),
 * which would otherwise end every section title in the results with "¶", and what the page
 * marks `data-search-exclude`, as Material's search leaves it out.
 */
export const EXCLUDED_SELECTORS = ['.headerlink', SEARCH_EXCLUDED_ELEMENTS];

/**
 * `language`: every page is indexed in it (a site's pages may lack or misspell `<html lang>`);
 * undefined for a multilingual site (the i18n plugin), whose pages Pagefind splits into one index
 * per `<html lang>`, each with its own stemmer, as the browser asks for its page's language.
 */
export function pagefindConfig(language: string | undefined): PagefindServiceConfig {
  return { ...(language === undefined ? {} : { forceLanguage: pagefindLanguage(language) }), excludeSelectors: EXCLUDED_SELECTORS };
}
