/**
 * mdast nodes of pymdownx.details.
 *
 * `???+ note` -> `{type: 'details', classes: ['note'], open: true, children: [{type: 'detailsSummary', children: [text 'Note']}, ...]}`
 */
import type { BlockContent, DefinitionContent, Parent, PhrasingContent } from 'mdast';
import { capitalize } from '../admonition/mdast.ts';

export interface Details extends Parent {
  type: 'details';
  /** Lowercased classes; empty for `??? "Title"`. */
  classes: string[];
  /** `???+`: rendered with `open="open"`. */
  open: boolean;
  /** The summary always comes first (PyMdown always writes one, even empty). */
  children: Array<DetailsSummary | BlockContent | DefinitionContent>;
}

export interface DetailsSummary extends Parent {
  type: 'detailsSummary';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface BlockContentMap {
    details: Details;
  }
  interface RootContentMap {
    details: Details;
    detailsSummary: DetailsSummary;
  }
}

/** The summary PyMdown derives from the first class when no title is quoted. */
export function defaultSummary(classes: readonly string[]): DetailsSummary {
  const word = classes[0] ?? '';
  return { type: 'detailsSummary', children: word === '' ? [] : [{ type: 'text', value: capitalize(word) }] };
}
