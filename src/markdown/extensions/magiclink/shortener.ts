/**
 * MagicLink's shortener (a treeprocessor in PyMdown): a link whose text is its URL and that
 * points at an issue, pull request, discussion, commit, compare, repository or user page of a
 * known host is shown short, e.g. `https://github.com/u/r/issues/1` as `u/r#1` (`#1` in the
 * configured repository).
 */
import type { Link } from 'mdast';
import { classesOf, setClasses } from './mdast.ts';
import { isSocial, providerOf, type MagicConfig } from './options.ts';
import { REPO_LINK, SOCIAL_LINK, USER_REPO_LINK, type Provider } from './providers.ts';

type Groups = Readonly<Record<string, string | undefined>>;
type Kind = 'issue' | 'pull' | 'discuss' | 'commit' | 'diff' | 'repo' | 'user';

interface Found {
  /** Provider name (`github`, or a custom name) and its type, which prefixes the group names. */
  readonly name: string;
  readonly type: string;
  readonly groups: Groups;
  readonly kind: Kind;
}

export function shortenLink(link: Link, config: MagicConfig): void {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  if (only?.type !== 'text' || only.value === '') return;
  const text = only.value;
  const href = link.url;
  const magic = link.data?.magiclink === true;
  if (link.data) delete link.data.magiclink;
  if (text !== href && !(magic && config.hideProtocol && `https://${text}` === href)) return;
  const found = find(href, config);
  if (!found) return;
  const provider = providerOf(config, found.name);
  const user = found.groups[`${found.type}_user`] ?? '';
  if (config.excludes.get(found.name)?.has(user.toLowerCase()) === true) return;
  const base = found.groups[`${found.type}_base`] ?? '';
  const [baseUrl, baseUser] = baseUrls(config);
  const mineRepo = baseUrl !== '' && `${base}/` === baseUrl;
  const mine = mineRepo || (baseUser !== '' && base.startsWith(baseUser));
  const userRepo = found.kind === 'user' && (found.type === 'x' || found.type === 'twitter') ? user : found.groups[`${found.type}_user_repo`] ?? '';
  const classes = classesOf(link);
  for (const c of ['magiclink', `magiclink-${found.name}`]) if (!classes.includes(c)) classes.push(c);
  const result = shortened(found, provider, config, { userRepo, mine, mineRepo });
  if (!classes.includes(result.className)) classes.push(result.className);
  only.value = result.text;
  link.title = result.title;
  setClasses(link, classes);
}

function baseUrls(config: MagicConfig): [string, string] {
  if (isSocial(config) || config.user === '' || config.repo === '') return ['', ''];
  const url = providerOf(config, config.provider).url;
  return [`${url}/${config.user}/${config.repo}/`, `${url}/${config.user}/`];
}

function find(href: string, config: MagicConfig): Found | undefined {
  if (config.repoShortener) {
    let groups = REPO_LINK.exec(href)?.groups;
    if (groups) {
      const type = ['github', 'bitbucket', 'gitlab'].find((t) => groups?.[t] !== undefined) ?? 'github';
      return { name: type, type, groups, kind: repoKind(type, groups) };
    }
    groups = USER_REPO_LINK.exec(href)?.groups;
    if (groups) {
      const type = ['github', 'bitbucket', 'gitlab'].find((t) => groups?.[t] !== undefined) ?? 'github';
      return { name: type, type, groups, kind: groups[`${type}_repo`] === undefined ? 'user' : 'repo' };
    }
    for (const [name, shortener] of config.customShorteners) {
      const type = providerOf(config, name).type;
      const repo = shortener.repo.exec(href)?.groups;
      if (repo) return { name, type, groups: repo, kind: repoKind(type, repo) };
      const user = shortener.user.exec(href)?.groups;
      if (user) return { name, type, groups: user, kind: user[`${type}_repo`] === undefined ? 'user' : 'repo' };
    }
  }
  if (config.socialShortener) {
    const groups = SOCIAL_LINK.exec(href)?.groups;
    if (groups) {
      const type = groups['twitter'] !== undefined ? 'twitter' : 'x';
      return { name: type, type, groups, kind: 'user' };
    }
  }
  return undefined;
}

function repoKind(type: string, groups: Groups): Kind {
  if (groups[`${type}_diff1`] !== undefined) return 'diff';
  if (groups[`${type}_commit`] !== undefined) return 'commit';
  if (groups[`${type}_pull`] !== undefined) return 'pull';
  if (type === 'github' && groups[`${type}_discuss`] !== undefined) return 'discuss';
  return 'issue';
}

interface Place {
  readonly userRepo: string;
  readonly mine: boolean;
  readonly mineRepo: boolean;
}

interface Short {
  readonly text: string;
  readonly title: string;
  readonly className: string;
}

function shortened(found: Found, provider: Provider, config: MagicConfig, place: Place): Short {
  const { groups, type, kind } = found;
  const { userRepo, mine, mineRepo } = place;
  const label = (key: string, fallback: string): string => config.labels[key] ?? fallback;
  const repoOnly = userRepo.split('/')[1] ?? '';
  const trimmed = userRepo.replace(/\/+$/, '');
  const size = provider.hashSize;
  switch (kind) {
    case 'repo':
      return { text: userRepo, title: `${provider.label} ${label('repository', 'Repository')}: ${userRepo}`, className: 'magiclink-repository' };
    case 'user':
      // PyMdown reads the label under the key `metion`.
      return { text: `@${userRepo}`, title: `${provider.label} ${label('metion', 'User')}: ${userRepo}`, className: 'magiclink-mention' };
    case 'diff': {
      const a = (groups[`${type}_diff1`] ?? '').slice(0, size);
      const b = (groups[`${type}_diff2`] ?? '').slice(0, size);
      const text = mineRepo ? `${a}...${b}` : mine ? `${repoOnly}@${a}...${b}` : `${userRepo}@${a}...${b}`;
      return { text, title: `${provider.label} ${label('compare', 'Compare')}: ${trimmed}@${a}...${b}`, className: 'magiclink-compare' };
    }
    case 'commit': {
      const hash = (groups[`${type}_commit`] ?? '').slice(0, size);
      const text = mineRepo ? hash : mine ? `${repoOnly}@${hash}` : `${userRepo}@${hash}`;
      return { text, title: `${provider.label} ${label('commit', 'Commit')}: ${trimmed}@${hash}`, className: 'magiclink-commit' };
    }
    default: {
      const value = groups[`${type}_${kind}`] ?? '';
      const [icon, title, className] = kind === 'issue' ? ['#', label('issue', 'Issue'), 'magiclink-issue']
        : kind === 'pull' ? [config.normalize ? '#' : '!', label('pull', 'Pull Request'), 'magiclink-pull']
        : [config.normalize ? '#' : '?', label('discuss', 'Discussion'), 'magiclink-discussion'];
      const text = mineRepo ? `${icon}${value}` : mine ? `${repoOnly}${icon}${value}` : `${userRepo}${icon}${value}`;
      return { text, title: `${provider.label} ${title}: ${trimmed} #${value}`, className };
    }
  }
}
