/**
 * Our content loader: puts the prepared site (rendered by src/markdown through src/site) into
 * Astro's content layer. Two collections read it: `pages` (one entry per Markdown page) and
 * `site` (one entry: config, nav, icons).
 *
 * The model comes from the integration instance of this very build, in memory: the integration
 * registers a Vite plugin whose `api` hands it out, and the loader finds that plugin in the
 * Astro config it is given. No file, no environment variable, nothing shared between builds.
 */
import type { AstroConfig } from 'astro';
import type { Loader } from 'astro/loaders';
import type { SiteModel } from '../site/model.ts';

export const MODEL_PLUGIN = 'mkdocs-astro:model';

export interface ModelApi {
  readonly model: () => SiteModel | undefined;
}

/** The Vite plugin that carries the model from the integration to the loader. */
export function modelPlugin(api: ModelApi): { name: string; api: ModelApi } {
  return { name: MODEL_PLUGIN, api };
}

function readModel(config: AstroConfig): SiteModel {
  const pending: unknown[] = [config.vite.plugins];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) pending.push(...item);
    else if (isModelPlugin(item)) {
      const model = item.api.model();
      if (model) return model;
    }
  }
  throw new Error('the site model is missing: build the site through the mkdocs-astro CLI or its integration');
}

function isModelPlugin(value: unknown): value is { api: ModelApi } {
  if (typeof value !== 'object' || value === null || !('name' in value) || value.name !== MODEL_PLUGIN || !('api' in value)) return false;
  const api = value.api;
  return typeof api === 'object' && api !== null && 'model' in api && typeof api.model === 'function';
}

export function pagesLoader(): Loader {
  return {
    name: 'mkdocs-astro',
    load: async ({ store, generateDigest, config }) => {
      const model = readModel(config);
      store.clear();
      for (const page of model.pages) {
        store.set({ id: page.src, data: { ...page }, digest: generateDigest(JSON.stringify(page)) });
      }
    },
  };
}

export function siteLoader(): Loader {
  return {
    name: 'mkdocs-astro',
    load: async ({ store, generateDigest, config }) => {
      const model = readModel(config);
      store.clear();
      store.set({ id: 'site', data: { ...model.site }, digest: generateDigest(JSON.stringify(model.site)) });
    },
  };
}
