/**
 * mike's version selector, its rules alone (no DOM, unit-tested), as Material 9.7's version
 * integration applies them. mike publishes each version in a folder of its own next to a
 * `versions.json` that lists them all:
 *
 *   https://docs.example.org/versions.json      [{ version, title, aliases, properties? }, ...]
 *   https://docs.example.org/1.0/               this site (its root: `__config.base`)
 *   https://docs.example.org/2.0/guide/setup/   the same page in another version
 */

/** One entry of versions.json. */
export interface Version {
  readonly version: string;
  readonly title: string;
  readonly aliases: readonly string[];
  /** mike's `properties: { hidden: true }`: deployed, but not listed in the selector. */
  readonly hidden: boolean;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The versions of a parsed versions.json; entries that are not mike's shape are skipped, so a
 * broken file draws fewer versions, never a broken selector.
 *
 * @example parseVersions([{ version: '2.0', title: '2.0 (beta)', aliases: ['dev'] }])
 *   // [{ version: '2.0', title: '2.0 (beta)', aliases: ['dev'], hidden: false }]
 */
export function parseVersions(json: unknown): Version[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown): Version[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const version = text(Reflect.get(entry, 'version'));
    if (version === undefined || version.includes('/')) return [];
    const aliases: unknown = Reflect.get(entry, 'aliases');
    const properties: unknown = Reflect.get(entry, 'properties');
    return [{
      version,
      title: text(Reflect.get(entry, 'title')) ?? version,
      aliases: Array.isArray(aliases) ? aliases.filter((alias) => typeof alias === 'string') : [],
      hidden: typeof properties === 'object' && properties !== null && Reflect.get(properties, 'hidden') === true,
    }];
  });
}

/**
 * The version this site is: the one whose name or alias is the last folder of the site's root
 * (`/1.0/` or `/latest/`), else the first listed, as Material does.
 *
 * @example currentVersion(versions, new URL('https://x.org/latest/'))?.version // '2.0' when 2.0 has the alias latest
 */
export function currentVersion(versions: readonly Version[], root: URL): Version | undefined {
  const folder = /([^/]+)\/?$/.exec(root.pathname)?.[1];
  const name = folder === undefined ? undefined : safeDecode(folder);
  return versions.find((entry) => entry.version === name || (name !== undefined && entry.aliases.includes(name))) ?? versions[0];
}

/** Where a version lives: its folder next to this one's. */
export function versionRoot(version: Version, root: URL): URL {
  return new URL(`../${encodeURIComponent(version.version)}/`, root);
}

/**
 * Whether `current` is an outdated version: none of `defaults` (`extra.version.default`,
 * case-insensitive regular expressions, as Material tests them) matches its name or an alias.
 * A pattern that is no valid expression is compared as plain text.
 *
 * @example isOutdated({ version: '1.0', title: '1.0', aliases: [], hidden: false }, ['latest']) // true
 */
export function isOutdated(current: Version, defaults: readonly string[]): boolean {
  const names = [...current.aliases, current.version];
  return !defaults.some((pattern) => {
    let test: (name: string) => boolean;
    try {
      const expression = new RegExp(pattern, 'i');
      test = (name) => expression.test(name);
    } catch {
      test = (name) => name.toLowerCase() === pattern.toLowerCase();
    }
    return names.some(test);
  });
}

export interface SwitchFacts {
  /** The `<loc>`s of the chosen version's sitemap.xml, as written. */
  readonly locations: readonly string[];
  /** The sitemap's own address, which relative locations resolve against. */
  readonly sitemap: URL;
  /** The chosen version's root. */
  readonly target: URL;
  /** The address shown now. */
  readonly here: URL;
  /** This version's root. */
  readonly root: URL;
}

/**
 * The same page in the chosen version, when its sitemap lists it, with the query and anchor
 * kept; undefined when it is not there (the caller goes to the version's root). As Material,
 * the sitemap's pages are compared by their path below its common prefix (its home page), so
 * the comparison holds whatever site_url the other version was built with.
 *
 * @example correspondingPage({ locations: ['https://x.org/2.0/', 'https://x.org/2.0/guide/'], ... here: .../1.0/guide/#a }) // .../2.0/guide/#a
 */
export function correspondingPage(facts: SwitchFacts): URL | undefined {
  if (!facts.here.pathname.startsWith(facts.root.pathname)) return undefined;
  const relative = facts.here.pathname.slice(facts.root.pathname.length);
  const pages = new Set(facts.locations.flatMap((location) => {
    try {
      const url = new URL(location.trim(), facts.sitemap);
      return [url.origin + url.pathname];
    } catch {
      return [];
    }
  }));
  const prefix = commonPrefix([...pages]);
  if (prefix === undefined || !pages.has(prefix)) return undefined;
  let wanted: URL;
  try {
    wanted = new URL(relative, prefix);
  } catch {
    return undefined;
  }
  if (!pages.has(wanted.origin + wanted.pathname)) return undefined;
  const result = new URL(relative, facts.target);
  result.search = facts.here.search;
  result.hash = facts.here.hash;
  return result;
}

/** The longest text every item starts with; undefined for no items. */
function commonPrefix(items: readonly string[]): string | undefined {
  let prefix: string | undefined;
  for (const item of items) {
    if (prefix === undefined) prefix = item;
    let length = 0;
    while (length < prefix.length && length < item.length && prefix[length] === item[length]) length++;
    prefix = prefix.slice(0, length);
  }
  return prefix;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
