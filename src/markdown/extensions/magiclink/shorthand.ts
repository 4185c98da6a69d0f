/**
 * The text patterns of MagicLink, in PyMdown's priority order: bare URLs and emails, then (with
 * `repo_url_shorthand` / `social_url_shorthand`) `@user/repo`, `@user`, `user/repo#1`, `#1`,
 * `!1`, `?1` and commit hashes. Each returns the link that replaces a match, or undefined to
 * leave that match as text.
 */
import type { PhrasingContent } from 'mdast';
import { atomicText } from '../../inline/text-replace.ts';
import { magicLink } from './mdast.ts';
import { isSocial, providerOf, type MagicConfig } from './options.ts';
import { B, USER_PATTERNS, W } from './providers.ts';

export interface TextPattern {
  readonly pattern: RegExp;
  readonly replace: (match: RegExpExecArray) => PhrasingContent[] | undefined;
}

const NOT_WORD_AFTER = `(?!${W})`;
// A bare URL starts after anything but a letter or digit (`_` allowed) and ends on a letter,
// digit or one of `-/#@$+=`.
const LINK = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:ht|f)tps?://[\p{L}\p{N}][-\p{L}\p{N}_]*(?:\.[-\p{L}\p{N}_.]+)*|(?<www>w{3}\.)[\p{L}\p{N}][-\p{L}\p{N}_]*(?:\.[-\p{L}\p{N}_.]+)*)/?[-\p{L}\p{N}_.?,!'(){}\[\]/+&@%$#=:"|~;]*(?:[\p{L}\p{N}]|[-/#@$+=])`,
  'giu',
);
const MAIL = new RegExp(
  String.raw`(?<![-/+@a-z\d_])(?:[-+a-z\d_](?:[-a-z\d_+]|\.(?!\.))*)(?<!\.)@(?:[-a-z\d_]+\.)(?:(?:[-a-z\d_]|(?<!\.)\.(?!\.))*)[a-z]${NOT_WORD_AFTER}(?![-@])`,
  'giu',
);

function label(config: MagicConfig, key: string, fallback: string): string {
  return config.labels[key] ?? fallback;
}

export function textPatterns(config: MagicConfig): TextPattern[] {
  const patterns: TextPattern[] = [
    {
      pattern: LINK,
      replace: (m) => {
        const url = m[0];
        if (m.groups?.['www'] !== undefined) return [mark(magicLink(`http://${url}`, url), config)];
        const text = config.hideProtocol ? url.slice(url.indexOf('://') + 3) : url;
        return [mark(magicLink(url.trim(), text), config)];
      },
    },
    // PyMdown writes the address as character references; the browser reads the same text.
    { pattern: MAIL, replace: (m) => [magicLink(`mailto:${m[0]}`, m[0])] },
  ];
  if (!config.repoShorthand && !config.socialShorthand) return patterns;
  const social = isSocial(config);
  const internal = USER_PATTERNS[providerOf(config, config.provider).type];
  const external = [...(config.repoShorthand ? config.externalUsers : []), ...(config.socialShorthand ? [`x:${USER_PATTERNS.x}`, `twitter:${USER_PATTERNS.twitter}`] : [])];
  const repo = String.raw`(?<mention_repo>[-._a-zA-Z\d]{0,99}[a-zA-Z\d])${B}`;
  if (config.repoShorthand) {
    patterns.push({ pattern: new RegExp(`(?<mention>(?<![a-zA-Z])@(?:${config.externalUsers.join('|')}))${B}/${repo}`, 'gu'), replace: (m) => repository(m, config) });
    if (!social) patterns.push({ pattern: new RegExp(`(?<mention>(?<![a-zA-Z])@${internal})${B}/${repo}`, 'gu'), replace: (m) => repository(m, config) });
  }
  patterns.push({ pattern: new RegExp(`(?<mention>(?<![a-zA-Z])@(?:${external.join('|')}))${B}`, 'gu'), replace: (m) => mention(m, config) });
  patterns.push({ pattern: new RegExp(`(?<mention>(?<![a-zA-Z])@${internal})${B}`, 'gu'), replace: (m) => mention(m, config) });
  if (config.repoShorthand) {
    const tail = String.raw`(?<repo>[-._a-zA-Z\d]{0,99}[a-zA-Z\d])(?:(?<issue>(?:#|!|\?)[1-9][0-9]*)|(?<commit>@[a-f\d]{40})(?:\.{3}(?<diff>[a-f\d]{40}))?)${B}`;
    // PyMdown's `\b` only guards the first provider of the alternation; kept as is.
    patterns.push({ pattern: new RegExp(`(?<![@/])(?:(?<user>${B}${config.externalUsers.join('|')})/)${tail}`, 'gu'), replace: (m) => reference(m, config) });
    if (!social) {
      patterns.push({ pattern: new RegExp(`(?<![@/])(?:(?<user>${B}${internal})/)?${tail}`, 'gu'), replace: (m) => reference(m, config) });
      patterns.push({
        pattern: new RegExp(String.raw`(?:(?<![a-zA-Z])(?<issue>(?:#|!|\?)[1-9][0-9]*)|(?<commit>(?<![@/])${B}[a-f\d]{40})(?:\.{3}(?<diff>[a-f\d]{40}))?)${B}`, 'gu'),
        replace: (m) => internalReference(m, config),
      });
    }
  }
  return patterns;
}

function mark<T extends PhrasingContent>(node: T, config: MagicConfig): T {
  if (config.repoShortener && node.type === 'link') (node.data ??= {}).magiclink = true;
  return node;
}

/** `provider:name` or `name` with the default provider. */
function split(text: string, config: MagicConfig): [string, string] {
  const at = text.indexOf(':');
  return at === -1 ? [config.provider, text] : [text.slice(0, at), text.slice(at + 1)];
}

function mention(m: RegExpExecArray, config: MagicConfig): PhrasingContent[] {
  const [name, user] = split((m.groups?.['mention'] ?? '').slice(1), config);
  const provider = providerOf(config, name);
  return [magicLink(`${provider.url}/${user}`, `@${user}`, ['magiclink', `magiclink-${name}`, 'magiclink-mention'], `${provider.label} ${label(config, 'mention', 'User')}: ${user}`)];
}

function repository(m: RegExpExecArray, config: MagicConfig): PhrasingContent[] {
  const [name, user] = split((m.groups?.['mention'] ?? '').slice(1), config);
  const repo = m.groups?.['mention_repo'] ?? '';
  const provider = providerOf(config, name);
  return [magicLink(`${provider.url}/${user}/${repo}`, `${user}/${repo}`, ['magiclink', `magiclink-${name}`, 'magiclink-repository'], `${provider.label} ${label(config, 'repository', 'Repository')}: ${user}/${repo}`)];
}

function reference(m: RegExpExecArray, config: MagicConfig): PhrasingContent[] | undefined {
  const written = m.groups?.['user'] ?? config.user;
  const [name, user] = written.includes(':') ? split(written, config) : [config.provider, written];
  if (user === '') return undefined;
  const repo = m.groups?.['repo'] ?? '';
  const mine = user === config.user && name === config.provider;
  const scope = { name, user, repo, mine, mineRepo: mine && repo === config.repo };
  return refLink(m, config, scope, m.groups?.['commit']?.slice(1));
}

function internalReference(m: RegExpExecArray, config: MagicConfig): PhrasingContent[] | undefined {
  if (config.user === '' || config.repo === '') return undefined;
  const scope = { name: config.provider, user: config.user, repo: config.repo, mine: true, mineRepo: true };
  return refLink(m, config, scope, m.groups?.['commit']);
}

interface Scope {
  readonly name: string;
  readonly user: string;
  readonly repo: string;
  /** Same user (and provider) as the options: the user is not shown. */
  readonly mine: boolean;
  /** Same repository too: neither is shown. */
  readonly mineRepo: boolean;
}

/** Text of a reference: `#1`, `repo#1` or `user/repo#1`, depending on how close it is. */
function shown(scope: Scope, value: string): string {
  return scope.mineRepo ? value : scope.mine ? `${scope.repo}${value}` : `${scope.user}/${scope.repo}${value}`;
}

function refLink(m: RegExpExecArray, config: MagicConfig, scope: Scope, commit: string | undefined): PhrasingContent[] | undefined {
  const provider = providerOf(config, scope.name);
  const { name, user, repo } = scope;
  const diff = m.groups?.['diff'];
  if (commit !== undefined) {
    const hash = commit.slice(0, provider.hashSize);
    if (diff !== undefined) {
      const hash2 = diff.slice(0, provider.hashSize);
      const text = scope.mineRepo ? `${hash}...${hash2}` : shown(scope, `@${hash}...${hash2}`);
      return [magicLink(provider.compare?.(user, repo, commit, diff) ?? '', text, ['magiclink', `magiclink-${name}`, 'magiclink-compare'], `${provider.label} ${label(config, 'compare', 'Compare')}: ${user}/${repo}@${hash}...${hash2}`)];
    }
    const text = scope.mineRepo ? hash : shown(scope, `@${hash}`);
    return [magicLink(provider.commit?.(user, repo, commit) ?? '', text, ['magiclink', `magiclink-${name}`, 'magiclink-commit'], `${provider.label} ${label(config, 'commit', 'Commit')}: ${user}/${repo}@${hash}`)];
  }
  const issue = m.groups?.['issue'] ?? '';
  const kind = issue.slice(0, 1);
  const value = issue.slice(1);
  let href: string | undefined;
  let title: string;
  let className: string;
  let icon = kind;
  if (kind === '#') {
    href = provider.issue?.(user, repo, value);
    title = label(config, 'issue', 'Issue');
    className = 'magiclink-issue';
  } else if (kind === '!') {
    href = provider.pull?.(user, repo, value);
    title = label(config, 'pull', 'Pull Request');
    className = 'magiclink-pull';
    if (config.normalize) icon = '#';
  } else if (kind === '?' && provider.type === 'github') {
    href = provider.discuss?.(user, repo, value);
    title = label(config, 'discuss', 'Discussion');
    className = 'magiclink-discussion';
    if (config.normalize) icon = '#';
  } else {
    // `?1` on a host without discussions: PyMdown keeps the match as text.
    return [atomicText(m[0])];
  }
  return [magicLink(href ?? '', shown(scope, `${icon}${value}`), ['magiclink', `magiclink-${name}`, className], `${provider.label} ${title}: ${user}/${repo} #${value}`)];
}
