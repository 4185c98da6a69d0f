/**
 * Stage 4b, tags (Material's tags plugin, when it is on): titled pages → every tags listing
 * filled in, each page's tag links and the export (tags.json). It comes before link checking: the listings add the
 * anchors (`tags.md#tag:guide`) that links elsewhere point at.
 */
import type { SiteMessage } from '../messages.ts';
import type { PageTag } from '../tags.ts';
import { tagsJson, type TagsExport } from '../tags-export.ts';
import { applyTags } from '../plugins.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';
import type { NavStage } from './nav.ts';
import type { PageResult } from '../render-pages.ts';

export interface TaggedPages {
  /** The render stage's results with the listings written in (the same objects where none is). */
  readonly results: ReadonlyMap<string, PageResult>;
  readonly tagsOf: (src: string) => PageTag[];
  /** The plugin's `export` (tags.json), written into the built site; undefined when it is off. */
  readonly exported?: TagsExport | undefined;
  readonly messages: SiteMessage[];
}

export function tagStage(site: Pick<LoadedSite, 'config' | 'plugins'>, files: Pick<DiscoveredSite, 'pages'>, results: ReadonlyMap<string, PageResult>, navigation: Pick<NavStage, 'titles'>): TaggedPages {
  const options = site.plugins.tags;
  if (!options) return { results, tagsOf: () => [], messages: [] };
  // applyTags writes into the map it is given: a copy, so the render stage's output stays as it was.
  const copy = new Map(results);
  const pages = files.pages.map((page) => ({ src: page.src, url: page.url, title: navigation.titles.get(page.src) ?? page.src }));
  const tags = applyTags(copy, pages, options, site.config.docs_dir);
  const exported = options.exportFile === undefined ? undefined : { file: options.exportFile, json: tagsJson(tags.tagged) };
  return { results: copy, tagsOf: tags.tagsOf, exported, messages: tags.messages };
}
