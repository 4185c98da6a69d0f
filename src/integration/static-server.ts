/**
 * `serve` only: a Vite plugin that serves the site's static files (docs assets, custom_dir,
 * the project's assets/) and the files plugins write beside the pages (sitemap.xml, tags.json,
 * RSS feeds, redirect pages: plugin-files.ts, from memory; the social plugin's cards, drawn when
 * asked for: social-files.ts) under the base path, answers MkDocs' page URLs with the pages' opaque
 * routes (src/integration/routes.ts), and rebuilds the site model when a page, an include, a
 * theme file or mkdocs.yml changes, then reloads the browser (live reload).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { lookup } from 'mrmime';
import type { Plugin } from 'vite';
import type { PreparedSite } from '../site/prepare.ts';
import { themeAssets, type ThemeAsset } from '../theme/assets.ts';
import { PAGES_CHANGED } from '../components/scripts/live-update.ts';
import { formatMessage } from '../site/messages.ts';
import { pluginFiles, servedFile, type SiteTextFile } from './plugin-files.ts';
import { cardServer } from './social-files.ts';
import { devRoutes, ROUTE_DIR, safeDecode } from './routes.ts';


export interface DevHooks {
  readonly current: () => PreparedSite | undefined;
  /** Brings the site up to date after `changed` (absolute paths) changed. */
  readonly rebuild: (changed: readonly string[]) => Promise<PreparedSite>;
}

/**
 * How long to wait after a change for more (an editor's save may be a few writes or a rename,
 * a branch switch many files): those are then handled in one update. Every millisecond here is
 * one more before a save shows; changes that come later still get their own update (they queue
 * behind the running one and are handled together), so a short wait costs at most an extra
 * reload, never a missed change.
 */
const SETTLE_MS = 25;

/**
 * Files never sources: anything in a dot-folder (.git, .astro, where Astro writes its own files)
 * or node_modules, and dot-files (editor swap files) other than YAML ones (the meta plugin's
 * `.meta.yml`) and awesome-pages' `.pages` (its default name: a `filename` of another dot-file
 * is not watched). Reacting to them would rebuild in a loop.
 */
function ignored(file: string): boolean {
  const parts = file.split(path.sep);
  const name = parts.pop() ?? '';
  if (parts.some((part) => part === 'node_modules' || (part.startsWith('.') && part.length > 1))) return true;
  return name.startsWith('.') && !/\.ya?ml$/.test(name) && name !== '.pages';
}

/** How often `serve` looks again for the sources it watches that are not there (absentSources). */
const ABSENT_POLL_MS = 250;

/**
 * The snippets pages looked for and did not find (a site's `absent`, watched where they were
 * looked for: src/site/stages/model.ts), looked for again every ABSENT_POLL_MS: each made since
 * is passed to `made`. Vite's watcher (chokidar 3) does not see such a file reliably: not one made
 * with its folder, and of two not there in one folder only one (checked with Vite 8's). They are
 * few, so a few stat calls a second. `seen`: one the watcher did report is not looked for again.
 * A new site's list is taken as it is, not as the files are at the next look: one made between
 * the build's look and ours (a branch switch writes the page and its snippet together) is passed
 * on; so is one of the last list made while the site was rebuilt.
 */
export function absentSources(current: () => { readonly absent: readonly string[] } | undefined, made: (file: string) => void, every = ABSENT_POLL_MS, exists: (file: string) => boolean = existsSync): { readonly seen: (file: string) => void; readonly stop: () => void } {
  let site: object | undefined;
  let missing = new Set<string>();
  const timer = setInterval(() => {
    const now = current();
    const before = missing;
    if (now !== site) {
      site = now;
      missing = new Set(now?.absent ?? []);
    }
    for (const file of new Set([...before, ...missing])) {
      if (!exists(file)) continue;
      missing.delete(file);
      made(file);
    }
  }, every);
  timer.unref();
  return { seen: (file) => missing.delete(file), stop: () => clearInterval(timer) };
}

export function staticFilesPlugin(hooks: DevHooks): Plugin {
  // Stops looking for absent sources once the server closes (Vite then ends its plugins' build).
  let stopAbsent: (() => void) | undefined;
  return {
    name: 'mkdocs-astro:static-files',
    apply: 'serve',
    closeBundle() {
      stopAbsent?.();
    },
    configureServer(server) {
      const site = hooks.current();
      if (!site) return;
      const watching = new Set(site.watch);
      server.watcher.add(site.watch);
      // Until the watcher's first scan is done, edits go unseen: say when they no longer do.
      server.watcher.once('ready', () => server.config.logger.info(`watching ${watching.size} sources for changes`, { timestamp: true }));
      let timer: NodeJS.Timeout | undefined;
      // Changed files not yet handed to a rebuild.
      let pending = new Set<string>();
      const onChange = (file: string) => {
        absent.seen(file);
        const watched = hooks.current()?.watch ?? [];
        if (ignored(file)) return;
        if (!watched.some((root) => file === root || file.startsWith(root + path.sep))) return;
        pending.add(file);
        clearTimeout(timer);
        timer = setTimeout(() => {
          // One rebuild at a time, in the order of the changes: the last one wins.
          rebuilding = rebuilding.then(rebuild);
        }, SETTLE_MS);
      };
      let rebuilding = Promise.resolve();
      const rebuild = async () => {
        const changed = [...pending];
        pending = new Set();
        if (changed.length === 0) return;
        const before = hooks.current();
        let next: PreparedSite;
        try {
          next = await hooks.rebuild(changed);
          // An edited mkdocs.yml may name new sources (custom_dir, snippet base paths, watch:);
          // only those are added, the watcher is not asked again for what it already watches.
          const added = next.watch.filter((root) => !watching.has(root));
          for (const root of added) watching.add(root);
          if (added.length > 0) server.watcher.add(added);
        } catch (error) {
          server.config.logger.error(error instanceof Error ? error.message : String(error));
          return;
        }
        // Pages read the new model when next rendered; Astro's dev server caches each route's
        // getStaticPaths (the page list), and clears that cache on this event of its own.
        for (const environment of Object.values(server.environments)) {
          if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
        }
        // Only what pages show changed: the page in the browser fetches itself and swaps its parts
        // in (src/components/scripts/live-update.ts). A static file, the config, the file list or
        // a template: everything is loaded again.
        if (next !== before && next.change === 'pages') server.ws.send({ type: 'custom', event: PAGES_CHANGED });
        else server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      const absent = absentSources(hooks.current, onChange);
      stopAbsent = absent.stop;

      let themeFor: PreparedSite | undefined;
      let theme: ThemeAsset[] = [];
      let pluginFor: PreparedSite | undefined;
      let plugin: SiteTextFile[] = [];
      let cardsFor: PreparedSite | undefined;
      let cardAt: (rel: string) => Promise<Buffer> | undefined = () => undefined;
      let routesFor: PreparedSite | undefined;
      let routeOf: (requestPath: string) => string | undefined = () => undefined;
      server.middlewares.use((request, response, next) => {
        const current = hooks.current();
        // Astro's dev middleware runs first and strips the base from request.url; Connect keeps
        // the URL as requested in originalUrl (without this, files 404 under a sub-path).
        const url = request.originalUrl ?? request.url;
        if (!current || !url) return next();
        const rawPath = url.split(/[?#]/)[0] ?? '';
        const pathname = safeDecode(rawPath);
        if (!pathname.startsWith(current.base)) return next();
        const rel = pathname.slice(current.base.length);
        if (routesFor !== current) [routesFor, routeOf] = [current, devRoutes(current.model.pages)];
        const route = routeOf(rawPath.slice(current.base.length));
        if (route !== undefined) {
          // Astro has already taken the base off request.url (originalUrl keeps it).
          const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
          const strip = request.originalUrl !== undefined && request.url !== request.originalUrl;
          request.url = `${strip ? '/' : current.base}${ROUTE_DIR}/${route}${query}`;
          return next();
        }
        // Made again from each new prepared site (so after any change to their inputs), on the first request.
        if (pluginFor !== current) {
          const made = pluginFiles(current);
          [pluginFor, plugin] = [current, made.files];
          for (const message of made.messages) server.config.logger.warn(formatMessage(message), { timestamp: true });
        }
        // The social plugin's cards, drawn when asked for; as `build` writes them over a static file.
        if (current.social) {
          if (cardsFor !== current) [cardsFor, cardAt] = [current, cardServer(current, (message) => server.config.logger[message.severity === 'info' ? 'info' : 'warn'](formatMessage(message), { timestamp: true }))];
          const card = cardAt(rel);
          if (card) {
            card.then((png) => {
              response.setHeader('Content-Type', 'image/png');
              response.end(png);
            }, next);
            return;
          }
        }
        // As `build` writes them over a static file of the same name.
        const own = servedFile(plugin, rel);
        if (own) {
          response.setHeader('Content-Type', lookup(own.to) ?? 'application/octet-stream');
          return void response.end(own.text);
        }
        const file = current.staticFiles.find((f) => f.to === rel);
        if (!file) {
          // The theme's generated stylesheet, fonts and Mermaid, computed once per prepared site.
          if (themeFor !== current) [themeFor, theme] = [current, themeAssets(current.model).assets];
          const asset = theme.find((a) => a.to === rel);
          if (!asset) return next();
          response.setHeader('Content-Type', lookup(asset.to) ?? 'application/octet-stream');
          if ('text' in asset) return void response.end(asset.text);
          return void createReadStream(asset.from).pipe(response);
        }
        try {
          const stat = statSync(file.from);
          response.setHeader('Content-Type', lookup(file.from) ?? 'application/octet-stream');
          response.setHeader('Content-Length', String(stat.size));
          createReadStream(file.from).pipe(response);
        } catch {
          next();
        }
      });
    },
  };
}

