import { mountTooltip2 } from './tooltip2.ts';

/**
 * content.footnote.tooltips: a footnote reference shows its footnote in Material's tooltip
 * (tooltip2.ts) while it is hovered or focused. Loaded only by a page that has a footnote
 * reference (src/layouts/Page.astro).
 */
export function initFootnoteTooltips(signal: AbortSignal): void {
  const refs = [...document.querySelectorAll<HTMLAnchorElement>('.md-typeset a.footnote-ref[href^="#"]')];
  for (const ref of refs) {
    mountTooltip2(ref, () => {
      const note = document.getElementById(fragmentId(ref.hash));
      return note ? [...note.cloneNode(true).childNodes] : undefined;
    }, signal);
  }
}

/**
 * The id a `#fragment` names: percent-decoded, or as written when it is no valid escape (a
 * footnote `[^100%]` has the id `fn:100%`, which decodeURIComponent refuses).
 *
 * @example fragmentId('#fn:caf%C3%A9') // 'fn:café'
 */
export function fragmentId(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
