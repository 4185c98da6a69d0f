/**
 * The blog plugin's authors file (`blog/.authors.yml`, material/plugins/blog/author.py):
 *
 *   authors:
 *     squidfunk:
 *       name: Martin Donath
 *       description: Creator
 *       avatar: https://github.com/squidfunk.png
 *
 * A missing file means no authors; a broken one, or an author without `name`, `description` or
 * `avatar`, is a located warning (Material stops the build there).
 */
import { readFileSync } from 'node:fs';
import { load, YAMLException } from 'js-yaml';
import type { SiteMessage } from './messages.ts';

export interface BlogAuthor {
  readonly name: string;
  readonly description: string;
  /** As written: a URL, or a path that the theme makes relative to the page. */
  readonly avatar: string;
  /** A link on the author's name, on the post's page. */
  readonly url: string | undefined;
}

export function readAuthors(file: string, read: (file: string) => string = (name) => readFileSync(name, 'utf8')): { authors: ReadonlyMap<string, BlogAuthor>; messages: SiteMessage[] } {
  const authors = new Map<string, BlogAuthor>();
  const messages: SiteMessage[] = [];
  let source: string;
  try {
    source = read(file);
  } catch {
    return { authors, messages };
  }
  // An empty file names no author (Material reads it as `{}`).
  if (source.trim() === '') return { authors, messages };
  let data: unknown;
  try {
    data = load(source);
  } catch (cause) {
    const line = cause instanceof YAMLException && cause.mark ? cause.mark.line + 1 : undefined;
    messages.push({ severity: 'warning', message: `blog authors file is not valid YAML (${cause instanceof YAMLException ? cause.reason : String(cause)}); no author is drawn`, file, line });
    return { authors, messages };
  }
  const table = isRecord(data) ? data['authors'] : undefined;
  if (!isRecord(table)) {
    if (data !== undefined && data !== null) messages.push({ severity: 'warning', message: "blog authors file: every author goes under an 'authors:' key (authors: {id: {name, description, avatar}}); no author is drawn", file });
    return { authors, messages };
  }
  for (const [id, entry] of Object.entries(table)) {
    const field = (key: string) => (isRecord(entry) && typeof entry[key] === 'string' ? entry[key] : undefined);
    const name = field('name');
    const description = field('description');
    const avatar = field('avatar');
    if (name === undefined || description === undefined || avatar === undefined) {
      const missing = [['name', name], ['description', description], ['avatar', avatar]].filter(([, value]) => value === undefined).map(([key]) => key);
      messages.push({ severity: 'warning', message: `blog author '${id}' lacks ${missing.join(', ')} (each author needs name, description and avatar); not drawn`, file, line: lineOf(source, id) });
      continue;
    }
    authors.set(id, { name, description, avatar, url: field('url') });
  }
  return { authors, messages };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(source: string, key: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.trim().startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
