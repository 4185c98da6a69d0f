/**
 * What `preview` serves: the folder the last build wrote (site_dir, or `-d`) under the path of
 * site_url, read from mkdocs.yml alone. Nothing is rendered: the built site is served as it is.
 *
 *   previewedSite({ configFile: 'mkdocs.yml' })
 *   // { outDir: '/project/site', base: '/guide/', siteUrl: 'https://example.org/guide/' }
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadStage, type LoadOptions } from './stages/load.ts';
import { servedAt } from './stages/model.ts';

export interface PreviewedSite {
  readonly outDir: string;
  readonly base: string;
  readonly siteUrl: string | undefined;
  /** Why there is nothing to serve (no built site in outDir), as a sentence. */
  readonly problem: string | undefined;
}

export function previewedSite(options: Pick<LoadOptions, 'configFile' | 'siteDir' | 'overrides'>): PreviewedSite {
  const site = loadStage({ configFile: options.configFile, siteDir: options.siteDir, overrides: options.overrides });
  const { base, origin } = servedAt(site.config.site_url);
  const problem = existsSync(path.join(site.outDir, 'index.html')) || existsSync(path.join(site.outDir, '404.html'))
    ? undefined
    : `no built site in ${site.outDir}: run \`mkdocs-astro build\` first (with the same -f and -d)`;
  return { outDir: site.outDir, base, siteUrl: origin, problem };
}
