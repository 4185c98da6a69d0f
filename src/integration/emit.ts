/**
 * The emit stage's state for one build (src/integration.ts runs it around Astro): which pages
 * Astro renders and which keep the last build's file (page-reuse.ts), and the search index that
 * takes each page's HTML as soon as it exists (the kept files at once; the rendered ones from
 * page-middleware.ts), so Pagefind works on another core while Astro renders.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSearchIndex, type SearchIndexer } from '../search/index.ts';
import type { PreparedSite } from '../site/session.ts';
import { bundledAssets, planReuse, viewKeys, type ReusePlan } from './page-reuse.ts';

/** What the integration knows of the pages of a build while Astro renders them. */
export interface BuildEmit {
  readonly plan: ReusePlan;
  readonly search: SearchIndexer;
  /** True when the theme's bundle differs from the one the reused pages link to: all are rendered. */
  stale: boolean;
  readonly pagesToRender: () => PreparedSite['model']['pages'];
  readonly pageRendered: (route: string, html: string) => void;
}

/**
 * Starts a build's emit stage: plans which pages are reused (with `codeKey`, our code's key, and
 * `reuse`; none otherwise), and starts the search index with the reused pages' files, so Pagefind
 * indexes them while Astro bundles the theme.
 */
export function startEmit(site: PreparedSite, out: string, codeKey: string | undefined, reuse: boolean): BuildEmit {
  const search = startSearchIndex(site.model.site.language);
  const salt = codeKey === undefined ? undefined : createHash('sha256').update(JSON.stringify([codeKey, site.base, site.siteUrl ?? null])).digest('hex');
  const plan: ReusePlan = salt === undefined
    ? { render: site.model.pages, reused: [], keys: new Map(), assets: [] }
    : reuse ? planReuse(site.model, salt, site.outDir) : { render: site.model.pages, reused: [], keys: viewKeys(site.model, salt), assets: [] };
  for (const page of plan.reused) search.add(page.dest, () => readFileSync(path.join(site.outDir, ...page.dest.split('/')), 'utf8'));
  const byRoute = new Map(site.model.pages.map((page) => [page.route, page.dest]));
  let checked = false;
  const emit: BuildEmit = {
    plan,
    search,
    stale: false,
    // Asked once Vite has bundled the theme (its files are in `out/_astro`), before any page renders.
    pagesToRender: () => {
      if (!checked) {
        checked = true;
        emit.stale = plan.reused.length > 0 && bundledAssets(out).join('\n') !== plan.assets.join('\n');
      }
      return emit.stale ? site.model.pages : plan.render;
    },
    pageRendered: (route, html) => {
      const dest = byRoute.get(route);
      if (dest !== undefined && !emit.stale) search.add(dest, html);
    },
  };
  return emit;
}
