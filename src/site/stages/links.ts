/**
 * Stage 5, check links: every page's links against the pages, their anchors and the files →
 * MkDocs' `validation.links` messages, and the extra copies of assets that links reach under
 * another spelling (src/site/links.ts says which).
 */
import path from 'node:path';
import { assetAliases, checkLinks } from '../links.ts';
import type { SiteMessage } from '../messages.ts';
import type { StaticFile } from '../static-files.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';
import { severityOf } from './values.ts';
import type { PageResult } from '../render-pages.ts';

export interface CheckedLinks {
  /** Static files to write a second time, at the path a link used. */
  readonly aliases: readonly StaticFile[];
  readonly messages: SiteMessage[];
}

export function linkStage(site: Pick<LoadedSite, 'config'>, files: Pick<DiscoveredSite, 'index' | 'staticFiles'> & Partial<Pick<DiscoveredSite, 'pages'>>, results: ReadonlyMap<string, PageResult>): CheckedLinks {
  const { config } = site;
  const idSets = new Map<string, ReadonlySet<string>>();
  const idsOf = (src: string) => {
    let ids = idSets.get(src);
    if (!ids) {
      const result = results.get(src);
      if (!result) return undefined;
      ids = new Set(result.ids);
      idSets.set(src, ids);
    }
    return ids;
  };
  const byPath = new Map(files.staticFiles.map((f) => [f.to, f]));
  const aliases = new Map<string, StaticFile>();
  const messages: SiteMessage[] = [];
  // An i18n fallback copy's links are the default language's file's lines, resolved in the copy's language.
  const copies = new Map((files.pages ?? []).flatMap((page) => (page.file === undefined ? [] : [[page.src, page] as const])));
  for (const [src, result] of results) {
    for (const alias of assetAliases({ src, links: result.links }, files.index)) {
      const source = byPath.get(alias.file);
      if (source && !aliases.has(alias.at)) aliases.set(alias.at, { from: source.from, to: alias.at });
    }
    for (const problem of checkLinks({ src, links: result.links }, files.index, idsOf)) {
      const severity = severityOf(config.validation.links[problem.kind]);
      const copy = copies.get(src);
      const message = copy ? `${problem.message} (in its ${copy.language ?? ''} copy, ${copy.url})` : problem.message;
      if (severity) messages.push({ severity, message, file: path.join(config.docs_dir, copy?.file ?? src), line: problem.line, column: problem.column });
    }
  }
  return { aliases: [...aliases.values()], messages };
}
