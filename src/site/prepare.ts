/**
 * Everything a build needs before Astro runs, as plain Node: the site pipeline's stages up to the
 * model, in order, each reading what the ones before it produced (src/site/stages/, one file per
 * stage; ARCHITECTURE.md has the table):
 *
 *   load → discover → render → meta → nav → tags → blog → check links → model
 *
 * The CLI, the Astro integration and the end-to-end tests go through here: a build is a site
 * session's first update (src/site/session.ts), which runs every stage. `serve` keeps the
 * session and updates it with each change, re-running only the stages the change reaches.
 *
 * A build then applies Material's privacy plugin (src/site/privacy.ts), which downloads the
 * external assets the site loads; `serve` does not, so that no save waits on another host.
 */
import { applyPrivacy } from './privacy.ts';
import { createSiteSession, type PrepareOptions, type PreparedSite } from './session.ts';

export type { PrepareOptions, PreparedSite } from './session.ts';

export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  return applyPrivacy(await createSiteSession(options).update());
}
