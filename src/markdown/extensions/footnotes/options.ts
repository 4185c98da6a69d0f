/** footnotes options (Python-Markdown's upper-case keys) with its defaults. */
import { boolOption } from '../python-config.ts';

export interface FootnotesOptions {
  readonly separator: string;
  /** Text of the back link; Python-Markdown's default is the entity `&#8617;` (↩). */
  readonly backlinkText: string;
  /** `{}` (or the old `%d`) is replaced by the footnote number. */
  readonly backlinkTitle: string;
  readonly superscriptText: string;
  /** False: notes numbered by first reference (Python-Markdown 3.10's USE_DEFINITION_ORDER). */
  readonly useDefinitionOrder: boolean;
  readonly placeMarker: string;
  /**
   * `UNIQUE_IDS`: ids get Python-Markdown's per-instance prefix. MkDocs builds one Markdown
   * instance per page, whose counter is 2 by the first conversion, so ids read `fn:2-label`.
   */
  readonly idPrefix: string;
}

export function footnotesOptions(raw: Readonly<Record<string, unknown>>): FootnotesOptions {
  return {
    separator: text(raw['SEPARATOR'], ':'),
    backlinkText: decodeNumericEntities(text(raw['BACKLINK_TEXT'], '&#8617;')),
    backlinkTitle: text(raw['BACKLINK_TITLE'], 'Jump back to footnote %d in the text').replace('%d', '{}'),
    superscriptText: text(raw['SUPERSCRIPT_TEXT'], '{}'),
    useDefinitionOrder: boolOption(raw['USE_DEFINITION_ORDER'], true),
    placeMarker: text(raw['PLACE_MARKER'], '///Footnotes Go Here///'),
    idPrefix: boolOption(raw['UNIQUE_IDS'], false) ? '2-' : '',
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function decodeNumericEntities(value: string): string {
  return value.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (_, code: string) =>
    String.fromCodePoint(code.startsWith('x') || code.startsWith('X') ? Number.parseInt(code.slice(1), 16) : Number(code)),
  );
}
