/** The query parameter that carries highlight terms to a result page (Material's name). Apart from terms.ts, which only pages that highlight load. */
export const HIGHLIGHT_PARAM = 'h';
