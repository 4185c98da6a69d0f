/**
 * mkdocs-rss-plugin's feed files. The RSS one is what its Jinja template (templates/rss.xml.jinja2,
 * rendered with trim_blocks and lstrip_blocks) makes, then flattened as its on_post_build writes
 * it without `pretty_print`: every newline dropped and each run of spaces cut to one. So the
 * lines that are a block tag leave nothing, a line led by `{% if %}` leaves its element glued to
 * the one before, and a plain line leaves one space before its element:
 *
 *   <?xml version="1.0" encoding="UTF-8" ?><rss version="2.0" ...> <channel><title>Site</title>...
 *
 * The JSON feed is util.feed_to_json's JSON Feed 1 dict, as json.dump writes it.
 */
import { pythonJson } from '../shared/jinja-json.ts';
import { isoFormat, rfc2822 } from './rss-dates.ts';
import type { RssItem } from './rss-items.ts';

/** The plugin's version its feeds name as their generator. */
export const RSS_PLUGIN_VERSION = '1.17.1';

/** The channel: the site's fields, and the feed's own URLs. */
export interface RssChannel {
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** site_url with its trailing slash; undefined when unset. */
  readonly htmlUrl: string | undefined;
  readonly rssUrl: string | undefined;
  readonly jsonUrl: string | undefined;
  readonly author: string | undefined;
  readonly repoUrl: string | undefined;
  readonly language: string | undefined;
  /** The build's date (email.utils.formatdate): the channel's pubDate and lastBuildDate. */
  readonly buildDate: string;
  readonly ttl: number;
  readonly logoUrl: string | undefined;
}

/** markupsafe's escape, Jinja's `|e`. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}

/** A Jinja `{{ value }}` without a filter: Python's str(), None included. */
const str = (value: string | number | undefined): string => (value === undefined ? 'None' : String(value));

/**
 * The template's output before flattening. `line` is a plain template line (its indent, its
 * text, its newline); `glued` a line led by a block tag: lstrip_blocks drops its indent and
 * trim_blocks the newline after its closing tag, so only its element is left.
 */
function rendered(channel: RssChannel, items: readonly RssItem[], date: 'created' | 'updated'): string {
  const line = (text: string) => `    ${text}\n`;
  const glued = (value: string | undefined, text: (value: string) => string) => (value === undefined ? '' : text(value));
  let out = '<?xml version="1.0" encoding="UTF-8" ?>\n';
  out += '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n';
  out += line('<channel>');
  out += glued(channel.title, (title) => `<title>${escape(title)}</title>`);
  out += glued(channel.description, (description) => `<description>${escape(description)}</description>`);
  out += glued(channel.htmlUrl, (url) => `<link>${url}</link>`);
  out += glued(channel.rssUrl, (url) => `<atom:link href="${url}" rel="self" type="application/rss+xml" />`);
  out += '\n';
  out += glued(channel.author, (author) => `<managingEditor>${escape(author)}</managingEditor>`);
  out += glued(channel.repoUrl, (url) => `<docs>${url}</docs>`);
  out += glued(channel.language, (language) => `<language>${language}</language>`);
  out += '\n';
  out += line(`<pubDate>${channel.buildDate}</pubDate>`) + line(`<lastBuildDate>${channel.buildDate}</lastBuildDate>`) + line(`<ttl>${channel.ttl}</ttl>`);
  out += '\n';
  out += line(`<generator>mkdocs-rss-plugin - v${RSS_PLUGIN_VERSION}</generator>`);
  out += '\n';
  if (channel.logoUrl !== undefined) {
    out += line('<image>') + line(`<url>${channel.logoUrl}</url>`) + line(`<title>${str(channel.title)}</title>`);
    out += glued(channel.htmlUrl, (url) => `<link>${url}</link>`);
    out += line('</image>');
  }
  out += '\n';
  for (const item of items) {
    out += line('<item>') + line(`<title>${escape(item.title)}</title>`);
    for (const author of item.authors ?? []) out += line(`<author>${author}</author>`);
    for (const category of item.categories ?? []) out += line(`<category>${category}</category>`);
    out += line(`<description>${escape(item.description)}</description>`);
    out += glued(item.link, (link) => `<link>${escape(link)}</link>`);
    out += line(`<pubDate>${rfc2822(item[date])}</pubDate>`);
    out += glued(item.link, () => `<source url="${str(channel.rssUrl)}">${str(channel.title)}</source>`);
    out += glued(item.comments, (comments) => `<comments>${escape(comments)}</comments>`);
    out += glued(item.guid, (guid) => `<guid isPermaLink="true">${guid}</guid>`);
    if (item.image) out += line(`<enclosure url="${item.image[0]}" type="${str(item.image[1])}" length="${str(item.image[2])}" />`);
    out += line('</item>');
  }
  // Jinja drops the template's last newline.
  return `${out}  </channel>\n</rss>`;
}

/**
 * The plugin's flattening: newlines dropped, a space after a space dropped. For the updated
 * feed its loop remembers a dropped newline as the last character (so `a \n b` keeps two
 * spaces there), for the created feed it does not: the plugin's two loops differ so.
 */
export function flatten(text: string, newlineCounts: boolean): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    if (char === '\n') {
      if (newlineCounts) previous = char;
      continue;
    }
    if (char === ' ' && previous === ' ') continue;
    previous = char;
    out += char;
  }
  return out;
}

/** feed_rss_created.xml or feed_rss_updated.xml: items in the given order, dated by `date`. */
export function rssXml(channel: RssChannel, items: readonly RssItem[], date: 'created' | 'updated'): string {
  return flatten(rendered(channel, items, date), date === 'updated');
}

/** feed_json_created.json or feed_json_updated.json (JSON Feed 1). */
export function jsonFeed(channel: RssChannel, items: readonly RssItem[], date: 'created' | 'updated'): string {
  const key = date === 'updated' ? 'date_modified' : 'date_published';
  return pythonJson({
    version: 'https://jsonfeed.org/version/1',
    title: channel.title ?? null,
    home_page_url: channel.htmlUrl ?? null,
    feed_url: channel.jsonUrl ?? null,
    description: channel.description ?? null,
    icon: channel.logoUrl ?? null,
    authors: channel.author === undefined ? [] : [{ name: channel.author }],
    language: str(channel.language),
    items: items.map((item) => ({
      id: item.guid ?? null,
      url: item.link ?? null,
      title: item.title,
      content_html: item.description,
      image: item.image?.[0] ?? null,
      [key]: isoFormat(item[date]),
      authors: (item.authors ?? []).map((name) => ({ name })),
      tags: item.categories ?? null,
    })),
  });
}
