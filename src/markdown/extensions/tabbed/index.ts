/**
 * `pymdownx.tabbed`: content tabs (`alternate_style: true` is Material's recommended markup).
 *
 * ```markdown
 * === "A"
 *     a
 * === "B"
 *     b
 * ```
 * -> `<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked ...>...</div>`
 */
import type { PluggableList } from 'unified';
import type { ExtensionFactory } from '../../types.ts';
import { resolveSlugify } from './slugify-option.ts';
import { rehypeTabSlugs } from './slugs.ts';
import { tabbedFromMarkdown } from './from-markdown.ts';
import { remarkTabbedNumbers } from './number.ts';
import { tabbedSyntax } from './syntax.ts';
import { tabbedHandlers } from './to-hast.ts';

export function tabbed(): ExtensionFactory {
  return (context) => ({
    micromark: [tabbedSyntax()],
    fromMarkdown: [tabbedFromMarkdown()],
    remark: [remarkTabbedNumbers],
    handlers: tabbedHandlers(context.options['alternate_style'] === true),
    rehypeAfterToc: tabSlugPasses(context.options),
    // Sets are numbered per page across pieces (number.ts); tab slugs, like toc's ids, are made
    // unique against every id of the page, which only the whole page has.
    pieces: tabSlugPasses(context.options).length === 0 ? true : undefined,
  });
}

/** The `slugify` pass, when a slugify function is configured (shared with pymdownx.blocks.tab). */
export function tabSlugPasses(options: Readonly<Record<string, unknown>>): PluggableList {
  const slugify = resolveSlugify(options['slugify']);
  if (!slugify) return [];
  const separator = typeof options['separator'] === 'string' ? options['separator'] : '-';
  return [[rehypeTabSlugs, { slugify, separator, alternate: options['alternate_style'] === true, combineHeaderSlug: options['combine_header_slug'] === true }]];
}
