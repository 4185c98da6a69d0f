/**
 * The Pagefind settings both indexes share (the build's and the dev server's in-memory one), so
 * they rank and excerpt alike.
 */
import type { PagefindServiceConfig } from 'pagefind';
import { pagefindLanguage } from './language.ts';

/**
 * Left out of the text: the toc extension's permalink anchors (`<a class="headerlink">¶</a>`),
 * which would otherwise end every section title in the results with "¶".
 */
export const EXCLUDED_SELECTORS = ['.headerlink'];

export function pagefindConfig(language: string): PagefindServiceConfig {
  return { forceLanguage: pagefindLanguage(language), excludeSelectors: EXCLUDED_SELECTORS };
}
