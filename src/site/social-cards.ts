/**
 * What Material's social plugin (9.7) makes of each page with its `default` layout
 * (material/plugins/social/templates/default.yml): the card's file, its texts, colours, font and
 * logo, and the meta tags its head gets. Pure: the card is drawn by src/theme/social-render.ts.
 *
 *   socialTags(card, page, 'https://x.org/')
 *   // [['og:type', 'website'], ['og:title', 'Setup - My site'], ..., ['twitter:image', 'https://x.org/assets/images/social/setup.png']]
 */
import path from 'node:path';
import type { MkdocsConfig } from '../config/index.ts';
import { canonicalUrl } from './canonical-url.ts';
import { isRecord } from './plugin-values.ts';
import { layoutProblem, type SocialOptions } from './social-options.ts';

/** The card's size in the default layout; og:image:width and og:image:height say it. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** default.yml's background colours by palette primary, and the text colour on each. */
const PRIMARY: Readonly<Record<string, readonly [background: string, color: string]>> = {
  red: ['#ef5552', '#ffffff'],
  pink: ['#e92063', '#ffffff'],
  purple: ['#ab47bd', '#ffffff'],
  'deep-purple': ['#7e56c2', '#ffffff'],
  indigo: ['#4051b5', '#ffffff'],
  blue: ['#2094f3', '#ffffff'],
  'light-blue': ['#02a6f2', '#ffffff'],
  cyan: ['#00bdd6', '#ffffff'],
  teal: ['#009485', '#ffffff'],
  green: ['#4cae4f', '#ffffff'],
  'light-green': ['#8bc34b', '#ffffff'],
  lime: ['#cbdc38', '#000000'],
  yellow: ['#ffec3d', '#000000'],
  amber: ['#ffc105', '#000000'],
  orange: ['#ffa724', '#000000'],
  'deep-orange': ['#ff6e42', '#ffffff'],
  brown: ['#795649', '#ffffff'],
  grey: ['#757575', '#ffffff'],
  'blue-grey': ['#546d78', '#ffffff'],
  black: ['#000000', '#ffffff'],
  white: ['#ffffff', '#000000'],
};

/** The logo layer: an image file (theme.logo or the layout's `logo`), else theme.icon.logo drawn in the text colour. */
export type CardLogo = { readonly kind: 'image'; readonly file: string } | { readonly kind: 'icon'; readonly name: string };

/** Everything a card is drawn from; equal inputs draw the same PNG (the cache's key is made of them). */
export interface SocialCard {
  /** Its path in the site folder, `/`-separated: `assets/images/social/setup.png`. */
  readonly to: string;
  readonly siteName: string;
  readonly title: string;
  readonly description: string;
  readonly background: string;
  /** `background_image`, absolute; drawn under the background colour (which may be a translucent tint). */
  readonly backgroundImage: string | undefined;
  readonly color: string;
  readonly fontFamily: string;
  readonly logo: CardLogo | undefined;
}

/** The page facts a card reads (a PageModel is one). */
export interface CardPage {
  readonly src: string;
  readonly dest: string;
  readonly url: string;
  readonly title: string;
  readonly meta: Readonly<Record<string, unknown>>;
}

type CardConfig = Pick<MkdocsConfig, 'site_name' | 'site_description' | 'use_directory_urls'> & { readonly theme: Pick<MkdocsConfig['theme'], 'palette' | 'font' | 'icon'> };

/** The page's `social:` front matter, a mapping or nothing. */
function pageSocial(page: CardPage): Record<string, unknown> {
  const social = page.meta['social'];
  return isRecord(social) ? social : {};
}

/**
 * Whether the page gets a card (the plugin's `_is_excluded`): its front matter's `cards` over the
 * plugin's, then `cards_include` (when given, only pages it matches), then `cards_exclude`.
 */
export function hasCard(options: SocialOptions, page: CardPage): boolean {
  const own = pageSocial(page)['cards'];
  if (!(typeof own === 'boolean' ? own : options.cards)) return false;
  if (options.include.length > 0) return options.include.some((pattern) => pattern.test(page.src));
  return !options.exclude.some((pattern) => pattern.test(page.src));
}

/** The page's own layout that is not drawn (front matter `social.cards_layout`), for its warning. */
export function pageLayoutProblem(page: CardPage): string | undefined {
  return layoutProblem(pageSocial(page)['cards_layout']);
}

/**
 * Where the page's card goes (the plugin's `_generate`): its output file with `.html` made
 * `.png`, or `/index.html` for a page of its own folder under use_directory_urls.
 *
 * @example cardFile('assets/images/social', { src: 'setup.md', dest: 'setup/index.html' }, true) // 'assets/images/social/setup.png'
 */
export function cardFile(cardsDir: string, page: Pick<CardPage, 'src' | 'dest'>, useDirectoryUrls: boolean): string {
  const stem = path.posix.parse(page.src).name;
  const index = stem === 'index' || stem === 'README';
  const suffix = useDirectoryUrls && !index ? '/index.html' : '.html';
  return path.posix.join(cardsDir, page.dest.replaceAll(suffix, '.png'));
}

const text = (value: unknown): string | undefined => (value === undefined || value === null || value === '' ? undefined : String(value));

/** Where the card's files are: the project folder (a layout's own paths are relative to it) and theme.logo's file, when it has one. */
export interface CardFiles {
  readonly projectDir: string;
  readonly themeLogo: string | undefined;
}

/** The page's card as the default layout draws it. */
export function socialCard(options: SocialOptions, config: CardConfig, page: CardPage, files: CardFiles): SocialCard {
  const own = pageSocial(page)['cards_layout_options'];
  const layout: Readonly<Record<string, unknown>> = { ...options.layoutOptions, ...(isRecord(own) ? own : {}) };
  // The first palette that names a primary colour, else the first (default.yml's `selectattr`).
  const palette = config.theme.palette.find((entry) => entry.primary) ?? config.theme.palette[0];
  const primary = PRIMARY[String(palette?.primary ?? 'indigo').replaceAll(' ', '-')] ?? PRIMARY['indigo'] ?? ['#4051b5', '#ffffff'];
  const font = config.theme.font;
  const logoOption = text(layout['logo']);
  const iconName = text(config.theme.icon['logo']);
  const themeLogo = files.themeLogo;
  const logo: CardLogo | undefined = logoOption !== undefined ? { kind: 'image', file: path.resolve(files.projectDir, logoOption) }
    : themeLogo !== undefined ? { kind: 'image', file: themeLogo }
    : iconName !== undefined ? { kind: 'icon', name: iconName } : undefined;
  const backgroundImage = text(layout['background_image']);
  return {
    to: cardFile(options.cardsDir, page, config.use_directory_urls),
    siteName: config.site_name,
    title: text(layout['title']) ?? text(page.meta['title']) ?? page.title,
    description: text(layout['description']) ?? text(page.meta['description']) ?? config.site_description ?? '',
    background: text(layout['background_color']) ?? primary[0],
    backgroundImage: backgroundImage === undefined ? undefined : path.resolve(files.projectDir, backgroundImage),
    color: text(layout['color']) ?? primary[1],
    fontFamily: text(layout['font_family']) ?? (font === false ? undefined : font.text) ?? 'Roboto',
    logo,
  };
}

/** A URL path as Python's `urllib.parse.quote` writes it (MkDocs' File.url): `/` kept, `!'()*` escaped too. */
function quotePath(to: string): string {
  return to.split('/').map((part) => encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
}

/**
 * The default layout's `tags`, in its order, as the plugin writes them before `</head>`: the
 * homepage is titled by the site name alone, other pages `title - site name`; a tag whose content
 * comes out empty (no description) is left out. The description is the card's (a layout's
 * `description` over the page's, over site_description). None without site_url (nothing to link).
 */
export function socialTags(card: SocialCard, page: Pick<CardPage, 'url' | 'meta' | 'title'>, config: Pick<MkdocsConfig, 'site_name' | 'site_url'>): Array<readonly [property: string, content: string]> {
  const siteUrl = config.site_url;
  if (!siteUrl) return [];
  const title = page.url === '' ? config.site_name : `${text(page.meta['title']) ?? page.title} - ${config.site_name}`;
  // default.yml's page_description, as on the card: the layout's `description` over the page's.
  const description = card.description;
  const image = `${siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`}${quotePath(card.to)}`;
  const tags: Array<readonly [string, string]> = [
    ['og:type', 'website'],
    ['og:title', title],
    ['og:description', description],
    ['og:image', image],
    ['og:image:type', 'image/png'],
    ['og:image:width', String(CARD_WIDTH)],
    ['og:image:height', String(CARD_HEIGHT)],
    ['og:url', canonicalUrl(siteUrl, page.url)],
    ['twitter:card', 'summary_large_image'],
    ['twitter:title', title],
    ['twitter:description', description],
    ['twitter:image', image],
  ];
  return tags.filter(([, content]) => content !== '');
}
