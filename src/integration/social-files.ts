/**
 * Material's social cards in a build (src/site/social-cards.ts says what each shows; the theme's
 * src/theme/social-render.ts draws them): each card is written at its place in the site, after
 * the static files (a card replaces a docs file of the same name, as the plugin's copy does).
 *
 * A card whose inputs are as in the last build is not drawn again: the build's cache
 * (`.mkdocs-astro-cache/social/` in the output folder, kept by publishing as the render cache is)
 * holds the last build's cards by a key of everything one is drawn from: its texts, colours,
 * font family (and its package's version), logo and background image (their bytes; an icon logo's
 * SVG), and the renderer (its code and libraries). The renderer and its libraries are loaded only when a card
 * has to be drawn.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MkdocsConfig } from '../config/index.ts';
import type { SiteMessage } from '../site/messages.ts';
import type { SiteInfo } from '../site/model.ts';
import type { PreparedSite } from '../site/session.ts';
import type { SocialCard } from '../site/social-cards.ts';
import { fontsourceLocator, kebabName, type PackageLocator } from '../theme/fonts.ts';
import type { CardRenderer } from '../theme/social-render.ts';
import { CACHE_DIR } from '../shared/build-cache.ts';

const CARDS_CACHE = 'social';
/** Cards drawn at once: Satori lays one out on this thread while resvg rasterizes the others on libuv's. */
const IN_FLIGHT = 4;

/** What the cards read of a prepared site. */
interface Site {
  readonly social?: PreparedSite['social'];
  readonly model: { readonly site: Pick<SiteInfo, 'icons'> };
  readonly outDir: string;
  readonly config: Pick<MkdocsConfig, 'config_file_path'> & { readonly theme: Pick<MkdocsConfig['theme'], 'font'> };
  readonly pluginPlace: PreparedSite['pluginPlace'];
}

export interface SocialCards {
  /** Each written card's key, by its place in the site: saveCardCache keeps them for the next build. */
  readonly keys: ReadonlyMap<string, string>;
  readonly drawn: number;
  readonly reused: number;
  readonly messages: SiteMessage[];
}

/** The plugin's entry in mkdocs.yml, where its messages point. */
function pluginAt(site: Pick<Site, 'pluginPlace' | 'config'>): Pick<SiteMessage, 'file' | 'line' | 'column'> {
  return site.pluginPlace('social') ?? site.pluginPlace('material/social') ?? { file: site.config.config_file_path };
}

function cacheFolder(outDir: string): string {
  return path.join(outDir, CACHE_DIR, CARDS_CACHE);
}

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** What every card's key shares: the renderer's code and the versions of its libraries. */
function rendererKey(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => String((require(`${name}/package.json`) as { version?: unknown }).version);
  const code = ['social-render.ts', 'social-fonts.ts', 'font-metrics.ts'].map((file) => readFileSync(path.join(import.meta.dirname, '..', 'theme', file), 'utf8'));
  return hash([...code, version('satori'), version('@resvg/resvg-js')].join('\0'));
}

/**
 * The cards' keys: each card's inputs, with its image files' bytes and its font package's version
 * for their names, and an icon logo's SVG (`icons`, the site's: a custom_dir `.icons/` file edited
 * or an icon package updated draws another logo under the same name). Files and packages are read
 * once per build (every card shares the logo).
 */
function cardKeys(shared: string, locate: PackageLocator, icons: Readonly<Record<string, string>>): (card: SocialCard) => string {
  const files = new Map<string, string>();
  const fonts = new Map<string, string>();
  const bytes = (file: string | undefined) => {
    if (file === undefined) return '';
    let found = files.get(file);
    if (found === undefined) {
      try {
        found = hash(readFileSync(file));
      } catch {
        found = 'missing';
      }
      files.set(file, found);
    }
    return found;
  };
  const font = (family: string) => {
    let found = fonts.get(family);
    if (found === undefined) {
      const dir = locate(kebabName(family));
      fonts.set(family, (found = dir === undefined ? 'none' : hash(readFileSync(path.join(dir, 'package.json')))));
    }
    return found;
  };
  return (card) => {
    const { to: _to, ...drawn } = card;
    const icon = card.logo?.kind === 'icon' ? icons[card.logo.name] ?? null : null;
    return hash(JSON.stringify([shared, drawn, font(card.fontFamily), bytes(card.logo?.kind === 'image' ? card.logo.file : undefined), icon, bytes(card.backgroundImage)]));
  };
}

/**
 * Writes every card of the site into `out` (the build's workspace), once `ready` (the static
 * files' copy) has settled. `useCache`: cards of the last build may be reused (false under
 * `--no-cache`; the plugin's `cache: false` says no too).
 */
export async function writeSocialCards(site: Site, out: string, useCache: boolean, ready: Promise<unknown>): Promise<SocialCards> {
  const cards = site.social?.cards ?? [];
  const cache = useCache && site.social?.cache === true;
  const messages: SiteMessage[] = [];
  const keys = new Map<string, string>();
  if (cards.length === 0) return { keys, drawn: 0, reused: 0, messages };
  const at = pluginAt(site);
  const locate = fontsourceLocator(path.dirname(site.config.config_file_path));
  const keyOf = cardKeys(rendererKey(), locate, site.model.site.icons);
  const cached = cacheFolder(site.outDir);
  // Each problem once, however many cards meet it: by its text, with its severity.
  const problems = new Map<string, SiteMessage['severity']>();
  const draw = cardDrawer(site, locate, problems);
  let drawn = 0;
  let reused = 0;
  const one = async (card: SocialCard) => {
    const key = keyOf(card);
    const target = path.join(out, ...card.to.split('/'));
    const kept = path.join(cached, `${key}.png`);
    if (cache && existsSync(kept)) {
      await ready;
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(kept, target);
      keys.set(card.to, key);
      reused++;
      return;
    }
    // Drawn while the static files are copied; written after them. A card that cannot be drawn
    // is missing, with a warning, not the whole site.
    let png: Buffer;
    try {
      png = await draw.card(card);
    } catch (error) {
      problems.set(`social plugin: the card ${card.to} could not be drawn: ${error instanceof Error ? error.message : String(error)}`, 'warning');
      return;
    }
    await ready;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, png);
    keys.set(card.to, key);
    drawn++;
  };
  const queue = [...cards];
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, queue.length) }, async () => {
    for (let card = queue.shift(); card !== undefined; card = queue.shift()) await one(card);
  }));
  await draw.done();
  for (const [message, severity] of problems) messages.push({ severity, message, ...at });
  return { keys, drawn, reused, messages };
}

/**
 * Draws cards with one renderer, loaded with the first card to draw: a build whose cards are all
 * kept never loads Satori or resvg. Problems go into `problems`, each once; `done` adds the fonts'
 * (a note for the theme's own font, which the theme has warned about).
 */
function cardDrawer(site: Pick<Site, 'model' | 'config'>, locate: PackageLocator, problems: Map<string, SiteMessage['severity']>): { card: (card: SocialCard) => Promise<Buffer>; done: () => Promise<void> } {
  let renderer: Promise<CardRenderer> | undefined;
  return {
    async card(card) {
      renderer ??= import('../theme/social-render.ts').then(({ cardRenderer }) => cardRenderer(locate, site.model.site.icons));
      return (await renderer).render(card, (problem) => problems.set(`social plugin: ${problem.message}; the cards are drawn without it`, problem.severity));
    },
    async done() {
      // The theme's text font not installed is already a warning of the theme's, with the same fix.
      const themeFont = site.config.theme.font === false ? undefined : site.config.theme.font.text;
      if (renderer) for (const { family, message } of (await renderer).fontProblems()) problems.set(message, family === themeFont ? 'info' : 'warning');
    },
  };
}

/**
 * `serve`: the card at a site path, drawn when first asked for (once per prepared site, so a page
 * edited gets its card anew); undefined where no card is. Problems are said once, as they are met.
 */
export function cardServer(site: Pick<Site, 'social' | 'model' | 'config' | 'pluginPlace'>, say: (message: SiteMessage) => void): (rel: string) => Promise<Buffer> | undefined {
  const cards = new Map((site.social?.cards ?? []).map((card) => [card.to, card]));
  const drawn = new Map<string, Promise<Buffer>>();
  const problems = new Map<string, SiteMessage['severity']>();
  const said = new Set<string>();
  const draw = cardDrawer(site, fontsourceLocator(path.dirname(site.config.config_file_path)), problems);
  return (rel) => {
    const card = cards.get(rel);
    if (card === undefined) return undefined;
    let png = drawn.get(rel);
    if (png === undefined) {
      png = draw.card(card).then(async (bytes) => {
        await draw.done();
        for (const [message, severity] of problems) {
          if (said.has(message)) continue;
          said.add(message);
          say({ severity, message, ...pluginAt(site) });
        }
        return bytes;
      });
      drawn.set(rel, png);
    }
    return png;
  };
}

/**
 * After publishing: the cards of this build go into the cache (under their keys), and the cache
 * keeps nothing else, so it holds one site's cards however many builds ran.
 */
export function saveCardCache(outDir: string, keys: ReadonlyMap<string, string>): void {
  const folder = cacheFolder(outDir);
  if (keys.size === 0) {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  mkdirSync(folder, { recursive: true });
  const wanted = new Set([...keys.values()].map((key) => `${key}.png`));
  for (const entry of readdirSync(folder)) if (!wanted.has(entry)) rmSync(path.join(folder, entry), { force: true });
  for (const [to, key] of keys) {
    const kept = path.join(folder, `${key}.png`);
    if (!existsSync(kept)) copyFileSync(path.join(outDir, ...to.split('/')), kept);
  }
}
