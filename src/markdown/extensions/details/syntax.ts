/**
 * `??? note "Title"` / `???+ note` as a micromark container (see core/indented-container.ts).
 *
 * ```markdown
 * ???+ warning "Read *this*"
 *     Body, any Markdown, indented by 4.
 * ```
 *
 * Tokens: `details` > `detailsMarker` (`???`), `detailsOpen` (`+`), `detailsClasses`,
 * `detailsTitleMarker` (opening quote: explicit title), `detailsTitle` (inline text), `detailsFiller`.
 */
import type { Extension } from 'micromark-util-types';
import { indentedContainer, indentedContainerExtension, segmentsFromMatch, type HeaderSegment } from '../../core/indented-container.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    details: 'details';
    detailsMarker: 'detailsMarker';
    detailsOpen: 'detailsOpen';
    detailsClasses: 'detailsClasses';
    detailsTitleMarker: 'detailsTitleMarker';
    detailsTitle: 'detailsTitle';
    detailsFiller: 'detailsFiller';
  }
}

/**
 * PyMdown's `DetailsProcessor.START` on one line (`\w` is Unicode there): either classes
 * and/or a quoted title (`??? "Title"` has no class), or classes alone (title derived).
 */
const HEADER = /^(\?{3})(\+)? ?(?:([\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*?)?(?: +(")(.*?)")|([\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*?)) *$/du;

export function detailsHeader(line: string): HeaderSegment[] | undefined {
  const match = HEADER.exec(line);
  if (!match) return undefined;
  return segmentsFromMatch(
    match,
    [
      { group: 1, type: 'detailsMarker' },
      { group: 2, type: 'detailsOpen' },
      { group: 3, type: 'detailsClasses' },
      { group: 4, type: 'detailsTitleMarker' },
      { group: 5, type: 'detailsTitle', text: true },
      { group: 6, type: 'detailsClasses' },
    ],
    'detailsFiller',
  );
}


export function detailsSyntax(): Extension {
  return indentedContainerExtension({ [codes.questionMark]: indentedContainer({ type: 'details', header: detailsHeader }) });
}
