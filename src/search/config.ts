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

export function pagefindConfig(language: string): PagefindServiceConfig {
  return { forceLanguage: pagefindLanguage(language), excludeSelectors: EXCLUDED_SELECTORS };
}
