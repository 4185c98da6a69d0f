/**
 * Mermaid under the strict Content-Security-Policy the README documents (`default-src 'self'`:
 * no inline styles). Mermaid writes CSS in two ways such a policy refuses, each refusal a console
 * error and a diagram measured or drawn without its styles: a `<style>` element it puts in the
 * SVG, and `style` attributes (d3's `attr('style', ...)`, and in the SVG markup it returns).
 * Changes made through the CSSOM are not subject to CSP, so both go through it:
 *
 *   while Mermaid draws (in a hidden element of the page, where it measures text):
 *     svg.insertBefore(<style>css</style>)  ─▶ new CSSStyleSheet(css), adopted by the document
 *     element.setAttribute('style', text)    ─▶ element.style.cssText = text
 *     element.innerHTML = '<b style="…">'    ─▶ parsed as data-md-style, then style.cssText
 *     DOMParser (DOMPurify cleaning the SVG) ─▶ parses style="…" as data-md-style
 *   the SVG it returns (mountSvg), parsed in an inert document:
 *     <style> text, and the sheets above     ─▶ adopted by the diagram's shadow root
 *     style="…" / data-md-style="…"          ─▶ element.style.cssText, once in the shadow root
 *
 * Even a parsed document that is never shown reports the style attributes it parses (Chromium
 * checks them against the page's policy), hence style-attributes.ts. The patches last only
 * while Mermaid draws one diagram; draws never overlap (one queue, withCssomStyles).
 */
import { createSerial } from './serial.ts';
import { CARRIED_STYLE, carryStyleAttributes } from './style-attributes.ts';

/** Elements that have an inline style declaration (`element.style`). */
function styled(element: Element): element is HTMLElement | SVGElement {
  return element instanceof HTMLElement || element instanceof SVGElement;
}

function isStyleElement(node: Node): node is HTMLStyleElement | SVGStyleElement {
  return node instanceof HTMLStyleElement || node instanceof SVGStyleElement;
}

/** Applies the carried `data-md-style` declarations under `root` through the CSSOM. */
function applyCarriedStyles(root: ParentNode): void {
  for (const element of root.querySelectorAll(`[${CARRIED_STYLE}]`)) {
    const text = element.getAttribute(CARRIED_STYLE) ?? '';
    element.removeAttribute(CARRIED_STYLE);
    if (styled(element)) element.style.cssText = text;
  }
}

/** A constructed stylesheet holding `css` (rules the CSSOM cannot read are dropped, as a browser drops them). */
function sheetOf(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/**
 * The page's one queue of patched draws. The patches replace prototypes for the whole page, and
 * each draw saves what it finds to restore it after: only draws that never overlap restore the
 * real methods. Draws from a page the reader already left (navigation.instant) queue up too.
 */
const serially = createSerial();

/**
 * Runs `draw` (a Mermaid render) with its style writes sent through the CSSOM, after any draw
 * already running has finished (one page-wide queue). The `<style>` elements it inserted are
 * not in the page nor in the SVG markup it returns: their rules come back as `sheets`, for the
 * diagram's shadow root.
 */
export function withCssomStyles<T>(draw: () => Promise<T>): Promise<{ value: T; sheets: CSSStyleSheet[] }> {
  return serially(() => patchedWhile(draw));
}

async function patchedWhile<T>(draw: () => Promise<T>): Promise<{ value: T; sheets: CSSStyleSheet[] }> {
  const sheets: CSSStyleSheet[] = [];
  const nodeProto = Node.prototype;
  const elementProto = Element.prototype;
  const { insertBefore, appendChild } = nodeProto;
  const { setAttribute, setAttributeNS } = elementProto;
  const { parseFromString } = DOMParser.prototype;
  const innerHTML = Object.getOwnPropertyDescriptor(elementProto, 'innerHTML');
  const adoptedBefore = document.adoptedStyleSheets;
  /** Takes a style element's rules instead of the element; a constructed sheet applies them meanwhile. */
  const adopt = (style: HTMLStyleElement | SVGStyleElement): void => {
    const sheet = sheetOf(style.textContent);
    sheets.push(sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  nodeProto.insertBefore = function <N extends Node>(this: Node, node: N, child: Node | null): N {
    if (isStyleElement(node)) {
      adopt(node);
      return node;
    }
    insertBefore.call(this, node, child);
    return node;
  };
  nodeProto.appendChild = function <N extends Node>(this: Node, node: N): N {
    if (isStyleElement(node)) {
      adopt(node);
      return node;
    }
    appendChild.call(this, node);
    return node;
  };
  elementProto.setAttribute = function (this: Element, name: string, value: string): void {
    if (name.toLowerCase() === 'style' && styled(this)) this.style.cssText = value;
    else setAttribute.call(this, name, value);
  };
  elementProto.setAttributeNS = function (this: Element, namespace: string | null, name: string, value: string): void {
    if (!namespace && name.toLowerCase() === 'style' && styled(this)) this.style.cssText = value;
    else setAttributeNS.call(this, namespace, name, value);
  };
  // DOMPurify hands over TrustedHTML where the browser has Trusted Types: String() reads its text.
  DOMParser.prototype.parseFromString = function (this: DOMParser, markup: string, type: DOMParserSupportedType): Document {
    return parseFromString.call(this, carryStyleAttributes(String(markup)), type);
  };
  const setInner = innerHTML?.set;
  if (innerHTML && setInner) {
    Object.defineProperty(elementProto, 'innerHTML', {
      ...innerHTML,
      set(this: Element, markup: string) {
        setInner.call(this, carryStyleAttributes(String(markup)));
        applyCarriedStyles(this);
      },
    });
  }
  try {
    return { value: await draw(), sheets };
  } finally {
    nodeProto.insertBefore = insertBefore;
    nodeProto.appendChild = appendChild;
    elementProto.setAttribute = setAttribute;
    elementProto.setAttributeNS = setAttributeNS;
    DOMParser.prototype.parseFromString = parseFromString;
    if (innerHTML) Object.defineProperty(elementProto, 'innerHTML', innerHTML);
    document.adoptedStyleSheets = adoptedBefore.filter((sheet) => !sheets.includes(sheet));
  }
}

/**
 * Puts Mermaid's SVG markup into `root` without an inline style: `<style>` elements become
 * stylesheets adopted by `root` (after `sheets`), `style` attributes become CSSOM declarations.
 */
export function mountSvg(root: ShadowRoot, svg: string, sheets: readonly CSSStyleSheet[] = []): void {
  // An inert document (nothing in it is shown, fetched or run), with no style attribute to refuse.
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${carryStyleAttributes(svg)}`, 'text/html');
  const own: CSSStyleSheet[] = [];
  for (const style of parsed.querySelectorAll('style')) {
    own.push(sheetOf(style.textContent));
    style.remove();
  }
  root.adoptedStyleSheets = [...sheets, ...own];
  for (const node of [...parsed.body.childNodes]) root.append(document.importNode(node, true));
  applyCarriedStyles(root);
}
