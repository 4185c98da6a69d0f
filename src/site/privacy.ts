/**
 * Material's built-in privacy plugin (9.7, material/plugins/privacy/plugin.py) over a prepared
 * site: every external asset its pages, the theme's favicon and logo, its extra_css and
 * extra_javascript and its own style sheets and scripts load is downloaded (src/site/privacy-fetch.ts), and each reference pointed at
 * the copy written into the site at `assets_fetch_dir`; style sheets and scripts downloaded so are
 * read for the assets they load in turn (a Google Fonts style sheet's fonts). External links are
 * annotated (`links_attr_map`, `rel="noopener"`). What the site then loads comes from its own host.
 *
 * Where each reference points: from a page, a URL relative to the page (so the site works under
 * any sub-path, with use_directory_urls either way); from the not-found page, which is shown at
 * any URL, the base path's absolute URL, as the plugin does for it; from a style sheet, a URL
 * relative to the sheet; from a script, the base path's absolute URL (a script's URL resolves
 * against the page that runs it). extra_css and extra_javascript entries become site paths, which
 * the theme draws as it draws the site's own.
 *
 * A download that fails is a warning naming the URL and where it was first found (the page's
 * Markdown file and line, the style sheet's), and that reference is left as it was. Only `build`
 * runs this: `serve` shows pages as written, asking no host (src/integration.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from '../shared/build-cache.ts';
import { createFetcher, type AssetFetcher, type FetchedAsset } from './privacy-fetch.ts';
import { mayChangePage, mayLoadExternal, pageAssetUrls, rewritePage } from './privacy-html.ts';
import { mediaExpressions, mediaExtension, mediaUrls, replaceMediaUrls, type MediaExpressions } from './privacy-media.ts';
import { modelHtml, rewriteModel, type HtmlOwner } from './privacy-model.ts';
import type { PrivacyOptions } from './privacy-options.ts';
import { httpUrl, isExternal, pathAsUrl, takenByPlugin } from './privacy-urls.ts';
import { relativeUrl } from './links.ts';
import type { SiteMessage } from './messages.ts';
import type { PreparedSite } from './session.ts';

/** A text file the plugin writes into the site over the copy of the same name: a style sheet or script with its references pointed at the copies. */
export interface PrivacyFile {
  readonly to: string;
  readonly text: string;
}

/**
 * Where the downloads are kept for the next build: in the build's own cache in the output folder,
 * as social cards are, not in the plugin's `cache_dir` in the project (a build writes only inside
 * its output folder).
 */
const PRIVACY_CACHE = 'privacy';

type Site = Pick<PreparedSite, 'model' | 'config' | 'base' | 'staticFiles' | 'messages' | 'projectDir' | 'outDir' | 'pluginPlace' | 'placeOf'> & { readonly privacy?: PrivacyOptions | undefined };

/** Where a URL was found, for its warning. */
type Place = { readonly file: string; readonly line?: number | undefined; readonly text?: string | undefined } | { readonly asset: string };

export interface PrivacyRun {
  /** The fetcher (tests pass one with a short time limit); default: the options' own. */
  readonly fetcher?: AssetFetcher | undefined;
}

/** The site with the plugin applied: its model rewritten, the downloads among its static files, the patched sheets and scripts in `privacyFiles`, its messages added. */
export async function applyPrivacy<T extends Site>(site: T, run: PrivacyRun = {}): Promise<T & { readonly privacyFiles: readonly PrivacyFile[] }> {
  const options = site.privacy;
  if (!options) return { ...site, privacyFiles: [] };
  const plugin = site.pluginPlace('privacy') ?? { file: site.config.config_file_path };
  const media = mediaExpressions(options.exprMap);
  const messages: SiteMessage[] = media.problems.map((message) => ({ severity: 'warning', message, ...plugin }));
  const fetcher = run.fetcher ?? createFetcher({ cacheDir: path.join(site.outDir, CACHE_DIR, PRIVACY_CACHE), fetchDir: options.fetchDir, cache: options.cache, concurrency: options.concurrency });
  const found = new Map<string, Place>();
  const fetched = new Map<string, FetchedAsset>();
  const jobs: Array<Promise<void>> = [];

  /** `_is_excluded`: the URL the plugin takes (external, included, assets on), reporting it when it only reports (`assets_fetch: false`). */
  const take = (raw: string, place: Place | undefined): URL | undefined => {
    const url = httpUrl(raw);
    if (!url || !options.assets || !isExternal(url, site.config.site_url) || !takenByPlugin(url, options)) return undefined;
    if (options.fetch) return url;
    const key = withoutHash(url);
    if (place && !found.has(key)) {
      found.set(key, place);
      messages.push({ severity: 'warning', message: `privacy plugin: external file ${raw}`, ...where(place, raw) });
    }
    return undefined;
  };
  const want = (raw: string, place: Place): void => {
    const url = take(raw, place);
    if (!url) return;
    const key = withoutHash(url);
    if (found.has(key)) return;
    found.set(key, place);
    jobs.push(fetcher.get(url).then((result) => {
      if ('error' in result) {
        const by = 'asset' in place ? ` (loaded by ${place.asset})` : '';
        messages.push({ severity: 'warning', message: `privacy plugin: couldn't retrieve ${key}${by}: ${result.error}; its references are left as they are`, ...where(place, key) });
        return;
      }
      fetched.set(key, result);
      // A downloaded style sheet or script loads assets of its own (`_parse_media` of the download).
      const expression = media.expressions.get(mediaExtension(result.path));
      if (expression) for (const inner of mediaUrls(readText(result.file), expression)) want(inner, { asset: key });
    }));
  };

  for (const { owner, html } of modelHtml(site.model, mayLoadExternal)) for (const raw of pageAssetUrls(html)) want(raw, { file: path.join(site.config.docs_dir, owner.page.src) });
  // The theme's favicon and logo, drawn by the theme as a <link rel="icon"> and an <img>.
  for (const key of ['favicon', 'logo'] as const) {
    const raw = site.model.site[key];
    if (raw !== undefined) want(raw, site.placeOf(['theme', key]));
  }
  site.config.extra_css.forEach((raw, index) => want(raw, site.placeOf(['extra_css', index])));
  site.config.extra_javascript.forEach((script, index) => want(script.path, site.placeOf(['extra_javascript', index])));
  const sheets = site.staticFiles.filter((file) => media.expressions.has(mediaExtension(file.to))).map((file) => ({ ...file, text: readText(file.from) }));
  for (const sheet of sheets) for (const raw of mediaUrls(sheet.text, media.expressions.get(mediaExtension(sheet.to)))) want(raw, { file: sheet.from, text: sheet.text });
  while (jobs.length > 0) await Promise.all(jobs.splice(0));

  const sitePath = (raw: string): string | undefined => {
    const url = take(raw, undefined);
    const asset = url && fetched.get(withoutHash(url));
    return asset && `${pathAsUrl(`${options.fetchDir}/${asset.path}`)}${url.hash}`;
  };
  const fromPage = (owner: HtmlOwner) => (raw: string) => {
    const to = sitePath(raw);
    return to === undefined ? undefined : owner.notFound ? `${site.base}${to}` : relativeUrl(owner.page.url, to);
  };
  const model = rewriteModel(site.model, mayChangePage(options.links), (owner) => (html) => rewritePage(html, { local: fromPage(owner), taken: (raw) => take(raw, undefined) !== undefined, links: options.links }));
  const extraCss = site.model.site.extraCss.map((raw) => sitePath(raw) ?? raw);
  const extraJavascript = site.model.site.extraJavascript.map((script) => ({ ...script, path: sitePath(script.path) ?? script.path }));
  const theme = (raw: string | undefined) => (raw === undefined ? undefined : sitePath(raw) ?? raw);
  const downloads = [...new Map([...fetched.values()].map((asset) => [asset.path, asset])).values()];
  const privacyFiles = patchedFiles(sheets, downloads, options.fetchDir, media.expressions, site.base, sitePath);
  const count = downloads.filter((asset) => asset.downloaded).length;
  if (downloads.length > 0) messages.push({ severity: 'info', message: `privacy plugin: ${downloads.length} external assets self-hosted at ${options.fetchDir}/ (${count} downloaded, ${downloads.length - count} from the cache)`, ...plugin });
  return {
    ...site,
    model: { ...model, site: { ...model.site, extraCss, extraJavascript, favicon: theme(model.site.favicon), logo: theme(model.site.logo) } },
    staticFiles: [...site.staticFiles, ...downloads.map((asset) => ({ from: asset.file, to: `${options.fetchDir}/${asset.path}` }))],
    messages: [...site.messages, ...messages],
    privacyFiles,
  };
}

/**
 * The site's own style sheets and scripts that load an external asset, and the downloaded ones,
 * each with its references pointed at the copies (`_patch`).
 */
function patchedFiles(sheets: ReadonlyArray<{ readonly to: string; readonly text: string }>, downloads: readonly FetchedAsset[], fetchDir: string, expressions: MediaExpressions, base: string, sitePath: (raw: string) => string | undefined): PrivacyFile[] {
  const files = [...sheets, ...downloads.filter((asset) => expressions.has(mediaExtension(asset.path))).map((asset) => ({ to: `${fetchDir}/${asset.path}`, text: readText(asset.file) }))];
  return files.flatMap((file) => {
    const extension = mediaExtension(file.to);
    const replace = (raw: string) => {
      const to = sitePath(raw);
      return to === undefined ? undefined : extension === '.js' ? `${base}${to}` : relativeUrl(pathAsUrl(file.to), to);
    };
    const text = replaceMediaUrls(file.text, expressions.get(extension), replace);
    return text === file.text ? [] : [{ to: file.to, text }];
  });
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

/** A file's text as the plugin reads it (`utf-8-sig`: a byte order mark dropped). */
function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** A place for a URL's message: its file and, when the file's text holds it, the line of its first mention. */
function where(place: Place, url: string): { readonly file?: string; readonly line?: number } {
  if ('asset' in place) return {};
  if (place.line !== undefined) return { file: place.file, line: place.line };
  let text = place.text;
  if (text === undefined) {
    try {
      text = readText(place.file);
    } catch {
      return { file: place.file };
    }
  }
  const at = text.indexOf(url);
  return at < 0 ? { file: place.file } : { file: place.file, line: text.slice(0, at).split('\n').length };
}
