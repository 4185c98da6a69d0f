/**
 * Material's social plugin over the model's pages (run by the model stage): each page that gets
 * a card (src/site/social-cards.ts `hasCard`) carries its meta tags for the head, and the site
 * the list of cards to draw (src/integration/social-files.ts draws and writes them).
 */
import type { MkdocsConfig } from '../config/index.ts';
import type { SiteMessage } from './messages.ts';
import type { PageModel } from './model.ts';
import { hasCard, pageLayoutProblem, socialCard, socialTags, type CardFiles, type SocialCard } from './social-cards.ts';
import type { SocialOptions } from './social-options.ts';

export interface SocialPages {
  readonly pages: PageModel[];
  readonly cards: SocialCard[];
  /** The plugin's `cache`: the last build's cards may be reused. */
  readonly cache: boolean;
  readonly messages: SiteMessage[];
}

/** `pageFile`: the page's source file, for the warning of a layout its front matter names. */
export function applySocial(pages: readonly PageModel[], options: SocialOptions, config: MkdocsConfig, files: CardFiles, pageFile: (src: string) => string): SocialPages {
  const cards: SocialCard[] = [];
  const messages: SiteMessage[] = [];
  const drawn = pages.map((page) => {
    if (!hasCard(options, page)) return page;
    const problem = pageLayoutProblem(page);
    if (problem !== undefined) messages.push({ severity: 'warning', message: `social plugin: ${problem}`, file: pageFile(page.src) });
    const card = socialCard(options, config, page, files);
    cards.push(card);
    const tags = socialTags(card, page, config);
    return tags.length > 0 ? { ...page, social: tags } : page;
  });
  return { pages: drawn, cards, cache: options.cache, messages };
}
