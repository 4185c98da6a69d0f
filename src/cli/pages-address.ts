/**
 * Where GitHub Pages serves what `gh-deploy` pushes: MkDocs' closing message names it, and a site
 * without `site_url` is built for it. MkDocs' links are relative, so its site works at whatever
 * path Pages gives; ours start at the base path site_url names, so a project page
 * (`https://owner.github.io/repo/`) built for `/` would have every link and asset broken.
 *
 *   pagesAddress('git@github.com:Owner/docs.git', undefined)  // { url: 'https://Owner.github.io/docs/', kind: 'project' }
 *   pagesAddress('https://github.com/owner/owner.github.io', undefined)  // { url: 'https://owner.github.io/', kind: 'user' }
 *   pagesAddress('https://github.com/owner/docs', 'docs.example.org\n')  // { url: 'http://docs.example.org', kind: 'domain' }
 */

export interface PagesAddress {
  /** The address, as MkDocs' message gives it (a custom domain with `http://`: its scheme is not known). */
  readonly url: string;
  /**
   * `domain`: the CNAME file's custom domain; `user`: a user or organisation site
   * (`owner.github.io`); both are served at their host's root. `project`: under `/repo/`.
   */
  readonly kind: 'domain' | 'user' | 'project';
}

/** `remoteUrl`: the deploy remote's URL (`git config --get remote.origin.url`); `cname`: the CNAME file's text, if any. */
export function pagesAddress(remoteUrl: string, cname: string | undefined): PagesAddress | undefined {
  const host = cname?.trim();
  if (host) return { url: `http://${host}`, kind: 'domain' };
  const match = /github\.com[/:]([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remoteUrl.trim());
  if (!match) return undefined;
  const owner = match[1] ?? '';
  const repo = match[2] ?? '';
  // A host name's case does not matter; a user site's repository is named after its host.
  if (repo.toLowerCase() === `${owner.toLowerCase()}.github.io`) return { url: `https://${owner}.github.io/`, kind: 'user' };
  return { url: `https://${owner}.github.io/${repo}/`, kind: 'project' };
}
