/**
 * Repository and social hosts MagicLink knows (GitHub, GitLab, Bitbucket, X, Twitter), plus the
 * `custom` ones of its options: URL templates for shorthand links and the patterns that recognize
 * a host's URLs for the shortener. Python's `re` specifics are spelled out for JavaScript:
 * `\w` is Unicode (`[\p{L}\p{N}_]`) and `\b` is a boundary between those and anything else.
 */

/** Python's `\w` and `\b` on `str`. */
export const W = String.raw`[\p{L}\p{N}_]`;
export const B = String.raw`(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

export type ProviderType = 'github' | 'gitlab' | 'bitbucket' | 'twitter' | 'x';

export interface Provider {
  /** The label in titles (`GitHub`, or a custom provider's `label`). */
  readonly label: string;
  readonly type: ProviderType;
  /** Host URL, lower case, no trailing slash. */
  readonly url: string;
  readonly userPattern: string;
  /** `{user}/{repo}/…` URL builders; absent for social providers. */
  readonly issue?: (user: string, repo: string, value: string) => string;
  readonly pull?: (user: string, repo: string, value: string) => string;
  readonly discuss?: (user: string, repo: string, value: string) => string;
  readonly commit?: (user: string, repo: string, value: string) => string;
  readonly compare?: (user: string, repo: string, a: string, b: string) => string;
  readonly hashSize: number;
}

export const USER_PATTERNS: Readonly<Record<ProviderType, string>> = {
  twitter: `${W}{1,15}`,
  x: `${W}{1,15}`,
  github: String.raw`[a-zA-Z\d](?:[-a-zA-Z\d_]{0,37}[a-zA-Z\d])?`,
  gitlab: String.raw`[\.a-zA-Z\d_](?:[-a-zA-Z\d_\.]{0,37}[-a-zA-Z\d_])?`,
  bitbucket: String.raw`[-a-zA-Z\d_]{1,39}`,
};

export const SOCIAL: ReadonlySet<string> = new Set(['x', 'twitter']);

export function isProviderType(value: unknown): value is ProviderType {
  return value === 'github' || value === 'gitlab' || value === 'bitbucket' || value === 'twitter' || value === 'x';
}

const LABELS: Readonly<Record<ProviderType, string>> = { github: 'GitHub', gitlab: 'GitLab', bitbucket: 'Bitbucket', twitter: 'Twitter', x: 'X' };

/** A provider of `type` at `host` (PyMdown's `create_provider`). */
export function createProvider(type: ProviderType, host: string, label = LABELS[type]): Provider {
  const url = host.toLowerCase().replace(/\/+$/, '');
  const base = { label, type, url, userPattern: USER_PATTERNS[type] };
  switch (type) {
    case 'gitlab':
      return {
        ...base, hashSize: 8,
        issue: (u, r, v) => `${url}/${u}/${r}/-/issues/${v}`,
        pull: (u, r, v) => `${url}/${u}/${r}/-/merge_requests/${v}`,
        commit: (u, r, v) => `${url}/${u}/${r}/-/commit/${v}`,
        compare: (u, r, a, b) => `${url}/${u}/${r}/-/compare/${a}...${b}`,
      };
    case 'bitbucket':
      return {
        ...base, hashSize: 7,
        issue: (u, r, v) => `${url}/${u}/${r}/issues/${v}`,
        pull: (u, r, v) => `${url}/${u}/${r}/pull-requests/${v}`,
        commit: (u, r, v) => `${url}/${u}/${r}/commits/commit/${v}`,
        compare: (u, r, a, b) => `${url}/${u}/${r}/branches/commits/${a}..${b}#diff`,
      };
    case 'github':
      return {
        ...base, hashSize: 7,
        issue: (u, r, v) => `${url}/${u}/${r}/issues/${v}`,
        pull: (u, r, v) => `${url}/${u}/${r}/pull/${v}`,
        discuss: (u, r, v) => `${url}/${u}/${r}/discussions/${v}`,
        commit: (u, r, v) => `${url}/${u}/${r}/commit/${v}`,
        compare: (u, r, a, b) => `${url}/${u}/${r}/compare/${a}...${b}`,
      };
    default:
      return { ...base, hashSize: 0 };
  }
}

export function builtinProviders(): Map<string, Provider> {
  return new Map<string, Provider>([
    ['twitter', createProvider('twitter', 'https://twitter.com')],
    ['x', createProvider('x', 'https://x.com')],
    ['gitlab', createProvider('gitlab', 'https://gitlab.com')],
    ['bitbucket', createProvider('bitbucket', 'https://bitbucket.org')],
    ['github', createProvider('github', 'https://github.com')],
  ]);
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The host as a pattern; `https://www.x` and `https://x` both match when `www` is allowed. */
function hostPattern(host: string, www: boolean): string {
  const bare = host.toLowerCase().replace(/\/+$/, '');
  const match = www ? /^(https?:\/\/)(?:www\.)?(.*)$/.exec(bare) : null;
  if (match) return `${escapeRegex(match[1] ?? '')}(?:w{3}\\.)?${escapeRegex(match[2] ?? '')}`;
  return escapeRegex(bare);
}

type RepoType = 'github' | 'gitlab' | 'bitbucket';

/**
 * Issue, pull request, discussion, commit and compare URLs of one host. Groups are named
 * `<p>_base`, `<p>_user_repo`, `<p>_user`, `<p>_issue`… with `p` the provider type.
 */
export function repoLinkPattern(type: RepoType, host: string, www = true): string {
  const h = hostPattern(host, www);
  const user = USER_PATTERNS[type];
  const p = type;
  const head = `(?<${p}>(?<${p}_base>${h}/(?<${p}_user_repo>(?<${p}_user>${user})/[^/]+))/`;
  switch (type) {
    case 'github':
      return `${head}(?:issues/(?<${p}_issue>\\d+)/?|pull/(?<${p}_pull>\\d+)/?|discussions/(?<${p}_discuss>\\d+)/?|commit/(?<${p}_commit>[\\da-f]{7,40})/?|compare/(?<${p}_diff1>[\\da-f]{7,40})\\.{3}(?<${p}_diff2>[\\da-f]{7,40})))`;
    case 'bitbucket':
      return `${head}(?:issues/(?<${p}_issue>\\d+)(?:/[^/]+)?/?|pull-requests/(?<${p}_pull>\\d+)(?:/[^/]+(?:/diff)?)?/?|commits/commit/(?<${p}_commit>[\\da-f]{7,40})/?|branches/commits/(?<${p}_diff1>[\\da-f]{7,40})(?:\\.{2}|%0d)(?<${p}_diff2>[\\da-f]{7,40})#diff))`;
    case 'gitlab':
      return `${head}(?:-/)?(?:issues/(?<${p}_issue>\\d+)/?|merge_requests/(?<${p}_pull>\\d+)/?|commit/(?<${p}_commit>[\\da-f]{8,40})/?|compare/(?<${p}_diff1>[\\da-f]{8,40})\\.{3}(?<${p}_diff2>[\\da-f]{8,40})))`;
  }
}

/** A user or repository URL of one host (`<p>_repo` set for a repository). */
export function userLinkPattern(type: RepoType, host: string, www = true): string {
  const h = hostPattern(host, www);
  const p = type;
  const repo = type === 'bitbucket' ? `(?:/(?<${p}_repo>[^/]+)/?)?` : `(?:/(?<${p}_repo>[^/]+))?`;
  return `(?<${p}>(?<${p}_base>${h}/(?<${p}_user_repo>(?<${p}_user>${USER_PATTERNS[type]})${repo})))`;
}

export const REPO_LINK = new RegExp(
  `^(?:${repoLinkPattern('github', 'https://github.com')}|${repoLinkPattern('bitbucket', 'https://bitbucket.org')}|${repoLinkPattern('gitlab', 'https://gitlab.com')})/?$`,
  'iu',
);

export const USER_REPO_LINK = new RegExp(
  `^(?:${userLinkPattern('github', 'https://github.com')}|${userLinkPattern('bitbucket', 'https://bitbucket.org')}|${userLinkPattern('gitlab', 'https://gitlab.com')})/?$`,
  'iu',
);

export const SOCIAL_LINK = new RegExp(
  `^(?:(?<twitter>(?<twitter_base>https://(?:w{3}\\.)?twitter\\.com/(?<twitter_user>${USER_PATTERNS.twitter})))|(?<x>(?<x_base>https://(?:w{3}\\.)?x\\.com/(?<x_user>${USER_PATTERNS.x}))))/?$`,
  'iu',
);

/** User names never shortened, per provider (PyMdown's defaults). */
export const DEFAULT_EXCLUDES: Readonly<Record<string, readonly string[]>> = {
  bitbucket: ['dashboard', 'account', 'plans', 'support', 'repo'],
  github: ['marketplace', 'notifications', 'issues', 'pull', 'sponsors', 'settings', 'support'],
  gitlab: ['dashboard', '-', 'explore', 'help', 'projects'],
  twitter: ['i', 'messages', 'bookmarks', 'home'],
  x: ['i', 'messages', 'bookmarks', 'home'],
};
