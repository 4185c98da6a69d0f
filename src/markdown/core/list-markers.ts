/**
 * Which ordered list markers core's list construct accepts. Python-Markdown knows `1.` only;
 * pymdownx.fancylists adds `1)`, `a.`, `iv)`, `#.` and friends. An extension hands its marker
 * rules to the construct through a micromark extension field, `pythonOrderedMarkers`, so the
 * rules belong to one parser (no module state):
 *
 * ```ts
 * const extension: Extension = { pythonOrderedMarkers: { null: [fancyMarkers] }, document: {…} };
 * ```
 */
import { asciiDigit } from 'micromark-util-character';
import type { Code, TokenizeContext } from 'micromark-util-types';

export interface OrderedMarkers {
  /** Can an ordered marker start with this character? */
  readonly starts: (code: Code) => boolean;
  /** Can the marker's value (before `.` / `)`) go on with this character? */
  readonly continues: (code: Code) => boolean;
  /**
   * Is `value` followed by `terminator` (`.` or `)`) a marker: no, yes, or only with at least
   * two spaces after it (PyMdown's `[A-Z](?=\)|\.[ ]{2})`, so `A. Smith` stays text)?
   */
  readonly accepts: (value: string, terminator: string) => 'no' | 'yes' | 'two-spaces';
}

declare module 'micromark-util-types' {
  interface Extension {
    /** Ordered list marker rules for core's list construct (the last one given wins). */
    pythonOrderedMarkers?: { null?: OrderedMarkers[] | undefined } | undefined;
  }
}

/** Python-Markdown's own: digits and a dot. */
export const DECIMAL_MARKERS: OrderedMarkers = {
  starts: (code) => asciiDigit(code),
  continues: (code) => asciiDigit(code),
  accepts: (value, terminator) => (terminator === '.' && /^\d+$/.test(value) ? 'yes' : 'no'),
};

/** The marker rules of the parser this tokenizer runs in. */
export function orderedMarkers(context: TokenizeContext): OrderedMarkers {
  const given = context.parser.constructs.pythonOrderedMarkers?.null;
  return given?.[given.length - 1] ?? DECIMAL_MARKERS;
}
