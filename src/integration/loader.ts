/**
 * Our content loader: puts the prepared site (rendered by src/markdown through src/site) into
 * Astro's content layer. Two collections read it: `pages` (one entry per Markdown page) and
 * `site` (one entry: config, nav, icons). The integration writes the model file and asks for a
 * refresh when sources change in `serve`.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import type { SiteModel } from '../site/model.ts';

/** Where the integration leaves the model for the loader; set before Astro syncs content. */
export const MODEL_ENV = 'MKDOCS_ASTRO_MODEL';

function readModel(): SiteModel {
  const file = process.env[MODEL_ENV];
  if (!file) throw new Error(`${MODEL_ENV} is not set: run the site through src/cli.ts or the mkdocs() integration`);
  const model: SiteModel = JSON.parse(readFileSync(file, 'utf8'));
  return model;
}

export function pagesLoader(): Loader {
  return {
    name: 'mkdocs-astro',
    load: async ({ store, generateDigest }) => {
      const model = readModel();
      store.clear();
      for (const page of model.pages) {
        const data = { ...page };
        store.set({ id: page.src, data, digest: generateDigest(JSON.stringify(page)) });
      }
    },
  };
}

export function siteLoader(): Loader {
  return {
    name: 'mkdocs-astro',
    load: async ({ store, generateDigest }) => {
      const model = readModel();
      store.clear();
      const data = { ...model.site };
      store.set({ id: 'site', data, digest: generateDigest(JSON.stringify(model.site)) });
    },
  };
}
