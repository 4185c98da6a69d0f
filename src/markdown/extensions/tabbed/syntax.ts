/**
 * `=== "Label"` / `===! "Label"` / `===+ "Label"` as a micromark container (see
 * core/indented-container.ts).
 *
 * ```markdown
 * === "First"
 *     Body, any Markdown, indented by 4.
 * ===+ "Selected when the page opens"
 *     ...
 * ===! "Starts a new set"
 *     ...
 * ```
 *
 * Tokens: `tabbedTab` > `tabbedMarker` (`===`), `tabbedSpecial` (`!`, `+`, `+!` or `!+`),
 * `tabbedLabel` (inline text between the quotes), `tabbedFiller`.
 */
import type { Extension } from 'micromark-util-types';
import { indentedContainer, indentedContainerExtension, segmentsFromMatch, type HeaderSegment } from '../../core/indented-container.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    tabbedTab: 'tabbedTab';
    tabbedMarker: 'tabbedMarker';
    tabbedSpecial: 'tabbedSpecial';
    tabbedLabel: 'tabbedLabel';
    tabbedFiller: 'tabbedFiller';
  }
}

/** PyMdown's `TabbedProcessor.START` on one line: the quoted label is required. */
const HEADER = /^(={3})(\+|\+!|!\+|!)? +"(.*?)" *$/d;

export function tabbedHeader(line: string): HeaderSegment[] | undefined {
  const match = HEADER.exec(line);
  if (!match) return undefined;
  return segmentsFromMatch(
    match,
    [
      { group: 1, type: 'tabbedMarker' },
      { group: 2, type: 'tabbedSpecial' },
      { group: 3, type: 'tabbedLabel', text: true },
    ],
    'tabbedFiller',
  );
}


export function tabbedSyntax(): Extension {
  return indentedContainerExtension({ [codes.equalsTo]: indentedContainer({ type: 'tabbedTab', header: tabbedHeader }) });
}
