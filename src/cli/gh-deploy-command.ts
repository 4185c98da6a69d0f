/**
 * `gh-deploy`: a build (exactly `build`'s, strict rules included), then, only if it succeeded,
 * the site committed to the deploy branch and pushed (./gh-deploy.ts), as `mkdocs gh-deploy`.
 */
import path from 'node:path';
import { loadConfig } from '../config/index.ts';
import { runBuild } from './commands.ts';
import { deploySite } from './gh-deploy.ts';
import type { CommandOptions } from './options.ts';
import { ownPackage } from './package-info.ts';

export async function runGhDeploy(options: CommandOptions): Promise<number> {
  const built = await runBuild(options);
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
