/**
 * The site-wide part of the model: names, palette, fonts, repo, social links and the SVG of
 * every icon the theme draws, resolved once here so the theme never touches icon sets.
 */
import path from 'node:path';
import { alternateLanguages, type MkdocsConfig } from '../config/index.ts';
import type { IconIndex } from '../markdown/index.ts';
import { navPruning, type NavItem } from '../nav/index.ts';
import { AUTHOR_ICONS, SOURCE_FILE_ICONS, type PageModel, type PaletteEntry, type SiteInfo, type SocialLink } from './model.ts';
import { searchEnabled } from './active-plugins.ts';
import { en } from '../shared/languages/en.ts';
import type { LabelTable } from '../shared/languages/keys.ts';

/** Material's defaults when the theme config leaves them out. */

/** The icons of a blog post's sidebar (Material's blog-post.html): back, created, updated, categories, reading time. */
export const BLOG_ICONS = ['material/arrow-left', 'material/calendar', 'material/calendar-clock', 'material/bookshelf', 'material/clock-outline'] as const;

const DEFAULT_ICONS = {
  logo: 'material/library',
  repo: 'fontawesome/brands/git-alt',
  edit: 'material/file-edit-outline',
  view: 'material/file-eye-outline',
  menu: 'material/menu',
  search: 'material/magnify',
  close: 'material/close',
  previous: 'material/arrow-left',
  next: 'material/arrow-right',
  top: 'material/arrow-up',
  copy: 'material/content-copy',
  share: 'material/share-variant',
  check: 'material/check',
  toc: 'material/format-list-bulleted',
  sun: 'material/brightness-7',
  moon: 'material/brightness-4',
} as const;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function palette(raw: unknown, defaultName: string): PaletteEntry[] {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.map((item): PaletteEntry => {
    const entry = record(item);
    const toggle = record(entry['toggle']);
    const icon = text(toggle['icon']);
    return {
      media: text(entry['media']),
      scheme: text(entry['scheme']) ?? 'default',
      primary: (text(entry['primary']) ?? 'indigo').toLowerCase().replace(/\s+/g, '-'),
      accent: (text(entry['accent']) ?? 'indigo').toLowerCase().replace(/\s+/g, '-'),
      toggle: icon ? { icon, name: text(toggle['name']) ?? defaultName } : undefined,
    };
  });
}

/**
 * A Material icon name (`material/brightness-auto`, `fontawesome/brands/github`) drawn through
 * the same index as the `:material-brightness-auto:` shortcodes, sized like Material's icons;
 * custom_dir's `.icons/<name>.svg` first (`ownIcon`), as Material's template path finds it.
 */
function themeIcon(icons: IconIndex, name: string, ownIcon: OwnIcon): string | undefined {
  const own = ownIcon(name);
  const entry = own === undefined ? icons.lookup(name.replaceAll('/', '-')) : undefined;
  const svg = own ?? (entry?.kind === 'svg' ? entry.svg : undefined);
  return svg?.replace(/^<svg\b/, '<svg aria-hidden="true" height="24"');
}

/**
 * The icons the theme draws whatever the pages are: its roles' (theme.icon or Material's
 * defaults), the palette toggles', extra.social's, and the language selector's on a site that
 * draws one. The render stage looks them up while the pages render (src/site/stages/render.ts).
 */
export function themeIconNames(config: MkdocsConfig): Set<string> {
  const themeIcons = record(config.theme.icon);
  const extra = record(config.extra);
  const wanted = new Set<string>(Object.values(DEFAULT_ICONS));
  for (const [key, value] of Object.entries(themeIcons)) if (typeof value === 'string' && key !== 'admonition') wanted.add(value);
  for (const entry of palette(config.theme.palette, en['palette.switch'])) if (entry.toggle) wanted.add(entry.toggle.icon);
  for (const link of socialLinks(extra)) wanted.add(link.icon);
  if (alternateLanguages(extra).length > 0) wanted.add(text(themeIcons['alternate']) ?? 'material/translate');
  return wanted;
}

/** An icon of the site's custom_dir by name (src/site/admonition-icons.ts customDirIcon); read there, so this module reads no file. */
export type OwnIcon = (name: string) => string | undefined;

/** extra.social's links that have an icon and a link. */
function socialLinks(extra: Readonly<Record<string, unknown>>): SocialLink[] {
  return (Array.isArray(extra['social']) ? extra['social'] : []).flatMap((item: unknown) => {
    const entry = record(item);
    const icon = text(entry['icon']);
    const link = text(entry['link']);
    return icon && link ? [{ icon, link, name: text(entry['name']) }] : [];
  });
}

/** `labels`: the UI label table of theme.language (src/site/labels.ts); English when left out. */
export function siteInfo(config: MkdocsConfig, nav: NavItem[], pages: PageModel[], icons: IconIndex, labels: LabelTable = en, ownIcon: OwnIcon = () => undefined): SiteInfo {
  const theme = config.theme;
  const themeIcons = record(theme.icon);
  const extra = record(config.extra);
  const social = socialLinks(extra);
  const alternate = alternateLanguages(extra);
  const entries = palette(theme.palette, labels['palette.switch']);
  const wanted = themeIconNames(config);
  for (const page of pages) if (page.icon) wanted.add(page.icon);
  // Material's source-file facts (SourceFile.astro), only when a page shows one.
  if (pages.some((page) => page.sourceFile)) for (const icon of SOURCE_FILE_ICONS) wanted.add(icon);
  if (pages.some((page) => page.sourceFile?.authors)) for (const icon of AUTHOR_ICONS) wanted.add(icon);
  if (pages.some((page) => page.blog?.kind === 'post')) for (const icon of BLOG_ICONS) wanted.add(icon);
  const svg: Record<string, string> = {};
  for (const name of wanted) {
    const drawn = themeIcon(icons, name, ownIcon);
    if (drawn) svg[name] = drawn;
  }
  // Theme roles -> icon names, so components ask for `logo`, `repo`, ... and get the configured one.
  for (const [role, fallback] of Object.entries(DEFAULT_ICONS)) {
    const name = text(themeIcons[role]) ?? fallback;
    const drawn = svg[name];
    if (drawn) svg[`role:${role}`] = drawn;
  }
  const translate = svg[text(themeIcons['alternate']) ?? 'material/translate'];
  if (alternate.length > 0 && translate) svg['role:alternate'] = translate;
  const font = theme.font === false ? false : { text: theme.font?.text ?? 'Roboto', code: theme.font?.code ?? 'Roboto Mono', packagesFrom: path.dirname(config.config_file_path) };
  return {
    name: config.site_name,
    url: config.site_url,
    description: config.site_description,
    author: config.site_author,
    copyright: config.copyright,
    language: labels.language,
    direction: labels.direction === 'rtl' ? 'rtl' : 'ltr',
    labels,
    repoUrl: config.repo_url,
    repoName: config.repo_name,
    features: theme.features ?? [],
    palette: entries,
    font,
    favicon: theme.favicon,
    logo: theme.logo,
    icons: svg,
    social,
    alternate,
    extraCss: config.extra_css ?? [],
    extraJavascript: (config.extra_javascript ?? []).map((item) => (typeof item === 'string' ? { path: item } : item)),
    nav,
    navPruning: navPruning(theme.features ?? [], nav),
    useDirectoryUrls: config.use_directory_urls,
    search: searchEnabled(config.plugins),
    extra,
  };
}
