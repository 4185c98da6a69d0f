/**
 * `!!! note "Title"` as a micromark container (see core/indented-container.ts for the body).
 *
 * ```markdown
 * !!! note inline end "Read *this*"
 *     Body, any Markdown, indented by 4.
 * ```
 *
 * Tokens: `admonition` > `admonitionMarker` (`!!!`), `admonitionClasses` (`note inline end`),
 * `admonitionTitleMarker` (the opening quote: an explicit title, maybe empty), `admonitionTitle`
 * (inline text between the quotes), `admonitionFiller` (spaces, closing quote).
 */
import type { Extension } from 'micromark-util-types';
import { indentedContainer, indentedContainerExtension, segmentsFromMatch, type HeaderSegment } from '../../core/indented-container.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    admonition: 'admonition';
    admonitionMarker: 'admonitionMarker';
    admonitionClasses: 'admonitionClasses';
    admonitionTitle: 'admonitionTitle';
    admonitionTitleMarker: 'admonitionTitleMarker';
    admonitionFiller: 'admonitionFiller';
  }
}

/**
 * Python-Markdown's `AdmonitionProcessor.RE` on one line: `\w` is Unicode there, hence
 * `[\p{L}\p{N}_]`. The title runs to the last quote followed only by spaces.
 */
const HEADER = /^(!!!) ?([\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*)(?: +(")(.*?)")? *$/du;

export function admonitionHeader(line: string): HeaderSegment[] | undefined {
  const match = HEADER.exec(line);
  if (!match) return undefined;
  return segmentsFromMatch(
    match,
    [
      { group: 1, type: 'admonitionMarker' },
      { group: 2, type: 'admonitionClasses' },
      { group: 3, type: 'admonitionTitleMarker' },
      { group: 4, type: 'admonitionTitle', text: true },
    ],
    'admonitionFiller',
  );
}


export const admonitionConstruct = indentedContainer({ type: 'admonition', header: admonitionHeader });

export function admonitionSyntax(): Extension {
  return indentedContainerExtension({ [codes.exclamationMark]: admonitionConstruct });
}
