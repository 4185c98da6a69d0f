/**
 * MagicLink's options, read once per renderer: which features are on, the default provider,
 * user and repository, the providers (built-in and `custom`) and the shorthand patterns built
 * from them.
 */
import {
  builtinProviders, createProvider, DEFAULT_EXCLUDES, isProviderType, repoLinkPattern, SOCIAL, USER_PATTERNS, userLinkPattern,
  type Provider,
} from './providers.ts';

export interface CustomShortener {
  readonly repo: RegExp;
  readonly user: RegExp;
}

export interface MagicConfig {
  readonly hideProtocol: boolean;
  readonly repoShortener: boolean;
  readonly socialShortener: boolean;
  readonly repoShorthand: boolean;
  readonly socialShorthand: boolean;
  readonly normalize: boolean;
  readonly provider: string;
  readonly user: string;
  readonly repo: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly providers: ReadonlyMap<string, Provider>;
  readonly customShorteners: ReadonlyMap<string, CustomShortener>;
  /** Lower-cased user names never shortened, per provider name. */
  readonly excludes: ReadonlyMap<string, ReadonlySet<string>>;
  /** `provider:user` alternatives of the repository hosts (`github:USER|gitlab:USER|…`). */
  readonly externalUsers: readonly string[];
  /** Problems with the options, reported on every page (PyMdown raises). */
  readonly errors: readonly string[];
}

const CUSTOM_NAME = /^[a-zA-Z0-9]+$/;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

export function readMagicConfig(options: Readonly<Record<string, unknown>>): MagicConfig {
  const providers = builtinProviders();
  const customShorteners = new Map<string, CustomShortener>();
  const errors: string[] = [];
  const externalUsers = (['github', 'gitlab', 'bitbucket'] as const).map((type) => `${type}:${USER_PATTERNS[type]}`);
  const excludeOption = record(options['shortener_user_exclude']);
  const excludeLists = new Map<string, unknown>(Object.entries(excludeOption));
  for (const [name, raw] of Object.entries(record(options['custom']))) {
    if (!CUSTOM_NAME.test(name)) {
      errors.push(`pymdownx.magiclink: custom provider name '${name}' is not allowed: a provider name must contain only letters and numbers`);
      continue;
    }
    if (providers.has(name)) continue;
    const entry = record(raw);
    const type = entry['type'];
    const host = text(entry['host']);
    if (!isProviderType(type) || SOCIAL.has(type) || type === 'x' || type === 'twitter' || host === '') {
      errors.push(`pymdownx.magiclink: custom provider '${name}' needs a \`host\` and a \`type\` of github, gitlab or bitbucket`);
      continue;
    }
    const www = entry['www'] !== false;
    providers.set(name, createProvider(type, host, text(entry['label'], name)));
    customShorteners.set(name, {
      repo: new RegExp(`^${repoLinkPattern(type, host, www)}/?$`, 'iu'),
      user: new RegExp(`^${userLinkPattern(type, host, www)}/?$`, 'iu'),
    });
    if (!excludeLists.has(name)) excludeLists.set(name, excludeLists.get(type) ?? []);
    externalUsers.push(`${name}:${USER_PATTERNS[type]}`);
  }
  const excludes = new Map<string, ReadonlySet<string>>();
  for (const [name, list] of Object.entries(DEFAULT_EXCLUDES)) excludes.set(name, new Set(list));
  for (const [name, list] of excludeLists) {
    if (providers.has(name) && Array.isArray(list)) excludes.set(name, new Set(list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase())));
  }
  const wanted = text(options['provider'], 'github');
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(record(options['labels']))) if (typeof value === 'string') labels[key] = value;
  return {
    hideProtocol: options['hide_protocol'] === true,
    repoShortener: options['repo_url_shortener'] === true,
    socialShortener: options['social_url_shortener'] === true,
    repoShorthand: options['repo_url_shorthand'] === true,
    socialShorthand: options['social_url_shorthand'] === true,
    normalize: options['normalize_issue_symbols'] === true,
    provider: providers.has(wanted) ? wanted : 'github',
    user: text(options['user']),
    repo: text(options['repo']),
    labels,
    providers,
    customShorteners,
    excludes,
    externalUsers,
    errors,
  };
}

export function providerOf(config: MagicConfig, name: string): Provider {
  return config.providers.get(name) ?? createProvider('github', 'https://github.com');
}

export function isSocial(config: MagicConfig): boolean {
  return SOCIAL.has(config.provider);
}

