/**
 * Stage 3b, meta (Material's meta plugin, when it is on): each folder's `.meta.yml` merged into
 * the front matter of the rendered pages in and below it (src/site/meta-files.ts has the rules).
 * A stage of its own so that `serve` applies an edited `.meta.yml` to the pages as they were
 * rendered, without rendering them again: the defaults change meta, never HTML.
 */
import type { RenderResult } from '../../markdown/index.ts';
import type { SiteMessage } from '../messages.ts';
import { applyMetaFiles } from '../plugins.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';

export interface MetaPages {
  /** The render stage's results with the folder defaults merged in (a new map; the same objects where none applies). */
  readonly results: ReadonlyMap<string, RenderResult>;
  readonly messages: SiteMessage[];
}

export function metaStage(site: Pick<LoadedSite, 'config'>, files: Pick<DiscoveredSite, 'metaFiles'>, results: ReadonlyMap<string, RenderResult>): MetaPages {
  // applyMetaFiles writes into the map it is given: a copy, so the render stage's output stays as it was.
  const copy = new Map(results);
  const messages = applyMetaFiles(copy, site.config.docs_dir, files.metaFiles);
  return { results: copy, messages };
}
