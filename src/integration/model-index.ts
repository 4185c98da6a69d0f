/**
 * A page's search document made from the site model, before Astro draws the page, and the check
 * that the page Astro drew says the same to Pagefind. With every page's document in hand when
 * the pages start to be drawn, Pagefind indexes them meanwhile and writes its index while Astro
 * draws (emit.ts): from the drawn pages, it could write it only after Astro's last one (on the
 * Privacy Guides corpus, ~0.25 s of Pagefind's writing after Astro's phase).
 *
 * Both documents are brought to one form, which holds only what Pagefind reads of a page whose
 * body element is the layout's article (search-document.ts): `<html lang>`, `<title>`, the
 * article's data-pagefind-* attributes and its content. Elements Pagefind ignores
 * (`data-pagefind-ignore`, with no id and nothing else for Pagefind inside) are left out at the
 * article's start (the content actions) and end (the source-file facts). When the two forms
 * differ for one page (a template override, a component that draws the article otherwise), the
 * build drops the model's index and makes one from the written pages, as before.
 */
import { BIG_PAGE_CHARS, siteOf, type PageModel } from '../site/model.ts';
import type { PageExclusion } from '../site/exclude-search.ts';
import { htmlChars, someSlice } from '../shared/page-html.ts';
import { titledContent } from '../shared/title-heading.ts';
import { hasExcludedSections } from '../search/exclude.ts';
import { searchParts } from '../search/search-document.ts';
import { attribute, attributeValue, escapeText } from '../theme/astro-markup.ts';
import { htmlTitle } from '../theme/base-defaults.ts';
import { tagsHtml } from '../theme/tags-html.ts';
import { normalizeBase, siteHref } from '../theme/urls.ts';
import type { PreparedSite } from '../site/session.ts';

/**
 * Whether a page's search document can be made from the model: a page the layout's article
 * holds (not a blog's), whose content is ours and not big (content-splice.ts), without a section
 * search leaves out (marked in the drawn page). Its HTML may be in a file (a big site's pages).
 */
export function modelIndexable(page: PageModel, exclusion: PageExclusion | undefined): boolean {
  const { blocks = {}, partials = {} } = page.overrides ?? {};
  if (blocks.container || blocks.content || blocks.htmltitle || partials.content || partials.actions || partials['source-file'] || partials.comments) return false;
  if (page.blog !== undefined || exclusion !== undefined) return false;
  // A page whose HTML a big site keeps in a file is read from it (src/shared/page-html.ts).
  return htmlChars(page.html) < BIG_PAGE_CHARS && !someSlice(page.html, hasExcludedSections);
}

/** The page's search document from the model, in the form drawnDocument brings a drawn page to. */
export function modelDocument(site: Pick<PreparedSite, 'model' | 'base'>, page: PageModel): string {
  const info = siteOf(site.model.site, page);
  // As Head.astro, Page.astro and Tags.astro draw them, escaped as Astro escapes text and attributes.
  const title = htmlTitle({ siteName: info.name, title: page.title, textTitle: page.textTitle, meta: page.meta, homepage: page.url === '' });
  const base = normalizeBase(site.base);
  const meta = page.searchUrl === undefined ? undefined : `url:${siteHref(base, page.searchUrl).replaceAll(',', '%2C')}`;
  return normalForm(attributeValue(info.language), escapeText(title), attribute('data-pagefind-meta', meta), `${tagsHtml(page, base)}${titledContent(page)}`);
}

/** A drawn page's search document in the form modelDocument makes; undefined when Pagefind reads more of it than that form holds. */
export function drawnDocument(html: string): string | undefined {
  const parts = searchParts(html);
  // Pagefind reads data-pagefind-* attributes anywhere, and takes the first <h1> as the title wherever it is.
  if (!parts || /data-pagefind-|<h1[\s>]/i.test(parts.head)) return undefined;
  const lang = /<html\s[^>]*?\blang="([^"]*)"/i.exec(parts.head)?.[1];
  const titles = [...parts.head.matchAll(/<title>([^<]*)<\/title>/gi)];
  const open = /^<article\s([^>]*)>/.exec(parts.article);
  if (lang === undefined || titles.length !== 1 || !open) return undefined;
  // The article's own attributes Pagefind reads: data-pagefind-body, and the meta a fallback copy has.
  const read = [...(open[1] ?? '').matchAll(/\bdata-pagefind-[\w-]+(?:="[^"]*")?/gi)].map(([attribute]) => attribute);
  const meta = read.find((attribute) => attribute.startsWith('data-pagefind-meta="'));
  if (read.some((attribute) => attribute !== 'data-pagefind-body' && attribute !== meta)) return undefined;
  return normalForm(lang, titles[0]?.[1] ?? '', meta === undefined ? '' : ` ${meta}`, parts.article.slice(open[0].length, -'</article>'.length));
}

function normalForm(lang: string, title: string, attributes: string, content: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><article data-pagefind-body${attributes}>${withoutIgnoredEnds(content)}</article></body></html>`;
}

/** The attribute itself (not its name inside another attribute's value): quoted values hold no `"`, so one is only ever before or after a whole value. */
const IGNORE = String.raw`(?:\s[\w:-]+(?:="[^"]*")?)*\sdata-pagefind-ignore(?:="(?:|index|all)")?(?:\s[\w:-]+(?:="[^"]*")?)*\s*`;
/** The tags the article starts with (src/theme/tags-html.ts), before the content actions. */
const TAGS_FIRST = /^<nav class="md-tags"[^>]*>(?:(?!<\/?nav[\s>])[^])*<\/nav>/;
/** An element at the start of the content that Pagefind ignores whole: an `<a>` holding no other `<a>` (the content actions). */
const IGNORED_FIRST = new RegExp(String.raw`^<a${IGNORE}>(?:(?!<\/?a[\s>])[^])*<\/a>`);
/** An element at the end of the content that Pagefind ignores whole: an `<aside>` holding no other `<aside>` (the source-file facts). */
const IGNORED_LAST = new RegExp(String.raw`<aside${IGNORE}>(?:(?!<\/?aside[\s>])[^])*<\/aside>$`);

/**
 * The content without the elements Pagefind ignores at its start and end, when nothing in them is
 * read after all: an id (an anchor), another data-pagefind- attribute (a filter or meta is read
 * inside an ignored element), an <h1> or an <img> (the first of each is the result's title and
 * image, taken before Pagefind leaves the element out).
 */
function withoutIgnoredEnds(content: string): string {
  // The tags stay as they are, first (Pagefind reads their attributes and filters).
  const tags = TAGS_FIRST.exec(content)?.[0] ?? '';
  let rest = content.slice(tags.length);
  const neutral = (element: string) => !/\sid=|data-pagefind-(?!ignore\b)|<(?:h1|img)[\s/>]/i.test(element);
  for (let first = IGNORED_FIRST.exec(rest); first && neutral(first[0]); first = IGNORED_FIRST.exec(rest)) rest = rest.slice(first[0].length);
  for (let last = IGNORED_LAST.exec(rest); last && neutral(last[0]); last = IGNORED_LAST.exec(rest)) rest = rest.slice(0, last.index);
  return `${tags}${rest}`;
}
