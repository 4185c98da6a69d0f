/**
 * `gh-deploy`: a build (exactly `build`'s, strict rules included), then, only if it succeeded,
 * the site committed to the deploy branch and pushed (./gh-deploy.ts), as `mkdocs gh-deploy`.
 */
import path from 'node:path';
import { loadConfig } from '../config/index.ts';
import { runBuild } from './commands.ts';
import { deploySite, readCname, remoteUrl } from './gh-deploy.ts';
import { pagesAddress } from './pages-address.ts';
import type { CommandOptions } from './options.ts';
import { ownPackage } from './package-info.ts';
import type { SpareWorker } from '../site/render-process.ts';

export async function runGhDeploy(options: CommandOptions & { readonly spare?: SpareWorker | undefined }): Promise<number> {
  const built = await runBuild(forPagesAddress(options));
  if (built !== 0) {
    console.error('error: the build failed, so nothing was deployed');
    return built;
  }
  // The build read this config a moment ago: it loads.
  const { config } = loadConfig(options.configFile, { overrides: options.overrides });
  const siteDir = options.siteDir ?? config.site_dir;
  if (!options.quiet) console.log(`deploying ${path.relative(process.cwd(), siteDir) || '.'} to the "${config.remote_branch}" branch of "${config.remote_name}"`);
  const outcome = await deploySite({
    siteDir,
    repoDir: process.cwd(),
    sourceDir: path.dirname(options.configFile),
    branch: config.remote_branch,
    remote: config.remote_name,
    ...options.deploy,
    version: ownPackage().version,
  });
  for (const note of outcome.notes) {
    if (note.severity === 'warning') console.error(`warning: ${note.message}`);
    else if (!options.quiet) console.log(note.message);
  }
  if (!outcome.ok) {
    console.error(`error: ${outcome.error}`);
    return 1;
  }
  return 0;
}

/**
 * Without site_url, a site deployed as a project page is built for the address GitHub Pages serves
 * it at (pages-address.ts), which the build then says it was; with site_url, a custom domain, a
 * user site, another host or a config that does not load (the build says why), as it is.
 */
function forPagesAddress<T extends CommandOptions>(options: T): T {
  let config;
  try {
    config = loadConfig(options.configFile, { overrides: options.overrides }).config;
  } catch {
    return options;
  }
  if (config.site_url) return options;
  // The repository gh-deploy pushes from (deploySite's repoDir).
  const address = pagesAddress(remoteUrl(process.cwd(), config.remote_name), readCname(config.docs_dir));
  if (address?.kind !== 'project') return options;
  if (!options.quiet) console.log(`site_url is not set in mkdocs.yml: building for ${address.url}, where GitHub Pages serves the "${config.remote_name}" repository's pages (set site_url to build for another address)`);
  return { ...options, overrides: { ...options.overrides, site_url: address.url } };
}
