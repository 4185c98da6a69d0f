/**
 * content.code.select: a button on every code block with line anchors (pymdownx.highlight's
 * `anchor_linenums`) that turns on line selection. While it is on, a click on a line (or its
 * number) selects it and a Shift+click extends the selection; the selected lines are painted
 * with the CSS Custom Highlight API (no change to the code's markup, so copying is untouched)
 * and the address becomes a link to them, `#__codelineno-0-2:4`, which selects them again on load.
 *
 *   lines 2 to 4 of the first block  <->  #__codelineno-0-2:4
 */
import { parseClientLabels } from '../../shared/languages/client-labels.ts';

/** The highlight name the stylesheet paints (`::highlight(md-code-selection)`). */
const HIGHLIGHT = 'md-code-selection';

/** `#__codelineno-<block>-<from>:<to>` (or one line, `-<from>`), as written by this script. */
const LINK = /^#(__codelineno-[\w-]*?)-(\d+)(?::(\d+))?$/;

/** A selection: the anchors' common prefix (`__codelineno-0`) and the first and last line. */
export interface LineRange {
  readonly prefix: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Reads a selection link; lines come back in order.
 *
 * @example parseLineRange('#__codelineno-0-4:2') // { prefix: '__codelineno-0', from: 2, to: 4 }
 */
export function parseLineRange(hash: string): LineRange | undefined {
  const match = LINK.exec(hash);
  if (!match?.[1] || !match[2]) return undefined;
  const a = Number(match[2]);
  const b = match[3] === undefined ? a : Number(match[3]);
  return { prefix: match[1], from: Math.min(a, b), to: Math.max(a, b) };
}

/** The link to a selection: one line is a plain line anchor. */
export function lineRangeHash(range: LineRange): string {
  return `#${range.prefix}-${range.from}${range.to === range.from ? '' : `:${range.to}`}`;
}

/** The line anchors of one block, in order: `a#__codelineno-0-1`, `a#__codelineno-0-2`... */
function anchorsOf(code: Element): HTMLAnchorElement[] {
  return [...code.querySelectorAll<HTMLAnchorElement>('a[id^="__codelineno-"]')];
}

function paint(code: Element, anchors: readonly HTMLAnchorElement[], from: number, to: number): void {
  const start = anchors[from - 1];
  if (!start || !('highlights' in CSS)) return;
  const range = document.createRange();
  range.setStartBefore(start);
  const after = anchors[to];
  if (after) range.setEndBefore(after);
  else range.setEnd(code, code.childNodes.length);
  CSS.highlights.set(HIGHLIGHT, new Highlight(range));
}

/** Which line a click landed on: the last line anchor starting above the pointer. */
function lineAt(anchors: readonly HTMLAnchorElement[], event: MouseEvent): number | undefined {
  const target = event.target instanceof Element ? event.target.closest('a[href^="#__codelineno-"]') : null;
  if (target) {
    const range = parseLineRange(target.getAttribute('href') ?? '');
    if (range) return range.from;
  }
  let line: number | undefined;
  anchors.forEach((anchor, index) => {
    if (anchor.getBoundingClientRect().top <= event.clientY) line = index + 1;
  });
  return line;
}

export function initCodeSelect(signal?: AbortSignal): void {
  // navigation.instant: a selection belongs to the page it was made on.
  signal?.addEventListener('abort', () => { if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT); });
  const label = parseClientLabels(document.body.dataset['mdTranslations'])['code.select'];
  const linked = parseLineRange(decodeURIComponent(location.hash));
  for (const block of document.querySelectorAll<HTMLElement>('.md-typeset div.highlight')) {
    const code = block.querySelector('td.code code, pre > code');
    const pre = code?.closest('pre');
    const anchors = code ? anchorsOf(code) : [];
    const first = anchors[0];
    if (!code || !pre || !first) continue;
    const prefix = first.id.replace(/-\d+$/, '');
    let from = 0;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'md-code__select md-icon';
    button.title = label;
    button.setAttribute('aria-label', label);
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      block.classList.toggle('md-code--selecting', on);
    });
    block.addEventListener('click', (event) => {
      if (!block.classList.contains('md-code--selecting') || button.contains(event.target instanceof Node ? event.target : null)) return;
      const line = lineAt(anchors, event);
      if (line === undefined) return;
      event.preventDefault();
      if (!event.shiftKey || from === 0) from = line;
      const range = { prefix, from: Math.min(from, line), to: Math.max(from, line) };
      paint(code, anchors, range.from, range.to);
      history.replaceState(history.state, '', lineRangeHash(range));
    });
    pre.prepend(button);
    if (linked?.prefix === prefix) {
      paint(code, anchors, linked.from, linked.to);
      anchors[linked.from - 1]?.scrollIntoView({ block: 'center' });
    }
  }
}
