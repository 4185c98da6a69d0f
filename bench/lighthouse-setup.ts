/**
 * What bench/lighthouse.ts needs before it can measure: where Lighthouse and Chromium are, and
 * the guide's mkdocs.yml moved to another base path. Pure but for the `exists` check it is given.
 */
import path from 'node:path';

/**
 * Lighthouse is not a dependency (about 100 packages for one benchmark): it is installed apart,
 * into a prefix of its own, and found through the environment.
 */
export const INSTALL_HINT = [
  'Lighthouse is not installed. It is not one of our dependencies; install it into a folder of its own:',
  '',
  '  npm install --prefix ~/.cache/lighthouse lighthouse',
  '  LIGHTHOUSE_PREFIX=~/.cache/lighthouse node bench/lighthouse.ts',
  '',
  'or point LIGHTHOUSE_BIN at its command (…/node_modules/.bin/lighthouse or …/node_modules/lighthouse/cli/index.js).',
  'It drives Debian\'s Chromium (apt-get install chromium; CHROME_PATH for another one), never a downloaded browser.',
].join('\n');

/**
 * The Lighthouse command: `LIGHTHOUSE_BIN`, else `<LIGHTHOUSE_PREFIX>/node_modules/.bin/lighthouse`,
 * else one installed in this checkout's node_modules. Undefined when none exists.
 */
export function findLighthouse(env: Readonly<Record<string, string | undefined>>, repo: string, exists: (file: string) => boolean): string | undefined {
  const candidates = [
    env['LIGHTHOUSE_BIN'],
    env['LIGHTHOUSE_PREFIX'] ? path.join(env['LIGHTHOUSE_PREFIX'], 'node_modules/.bin/lighthouse') : undefined,
    path.join(repo, 'node_modules/.bin/lighthouse'),
  ];
  // An explicit LIGHTHOUSE_BIN that is missing is an error to report, not a reason to look elsewhere.
  if (env['LIGHTHOUSE_BIN']) return exists(env['LIGHTHOUSE_BIN']) ? env['LIGHTHOUSE_BIN'] : undefined;
  return candidates.find((file): file is string => file !== undefined && exists(file));
}

/** The browser: `CHROME_PATH`, else Debian's Chromium. */
export function findChromium(env: Readonly<Record<string, string | undefined>>, exists: (file: string) => boolean): string | undefined {
  const file = env['CHROME_PATH'] ?? '/usr/bin/chromium';
  return exists(file) ? file : undefined;
}

/**
 * mkdocs.yml with `site_url` ending in `base` (`/guide/`): the site is then built to be served
 * there, as the README says for sub-paths. Replaces a top-level `site_url:` line, or adds one.
 *
 * ```ts
 * withBase('site_url: https://example.org/\n', '/guide/') // 'site_url: https://example.org/guide/\n'
 * ```
 */
export function withBase(config: string, base: string): string {
  const line = /^site_url:[ \t]*(\S*)[ \t]*$/m;
  const found = line.exec(config)?.[1]?.replace(/^["']|["']$/g, '');
  const origin = found ? new URL(found).origin : 'https://example.org';
  const updated = `site_url: ${origin}${base}`;
  return found === undefined ? `${updated}\n${config}` : config.replace(line, updated);
}
