/**
 * Mermaid diagrams, drawn as Material for MkDocs draws them: each `pre.mermaid` of the content
 * (PyMdown's custom fence) is rendered by Mermaid into a new `div.mermaid` whose closed shadow
 * root holds the SVG, and takes the block's place. Mermaid is our self-hosted copy of the npm
 * package's `dist/mermaid.min.js` (src/theme/mermaid.ts), loaded on the first page that shows a
 * diagram and kept for the visit (navigation.instant draws the next pages' diagrams with it).
 *
 *   pre.mermaid ─▶ load mermaid.min.js once ─▶ mermaid.render(id, text) ─▶ div.mermaid #shadow-root(closed) svg
 *
 * Colours: Material's `themeCSS` (mermaid-theme.css) reads the `--md-mermaid-*` custom
 * properties (typeset/mermaid.css), which inherit into the shadow root, so a diagram follows the
 * palette toggle without being drawn again. A block Mermaid cannot parse keeps its source, with
 * one console error naming it. Strict CSP: mermaid-csp.ts.
 */
import { MERMAID_SCRIPT } from '../../theme/mermaid.ts';
import { mountSvg, withCssomStyles } from './mermaid-csp.ts';
import themeCSS from './mermaid-theme.css?raw';

/** What `mermaid.render` gives: the SVG markup and what binds its clicks and tooltips. */
interface Rendered {
  readonly svg: string;
  readonly bindFunctions?: ((element: ParentNode) => void) | undefined;
}

/** The part of Mermaid's API we call. */
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<Rendered>;
}

function isMermaid(value: unknown): value is MermaidApi {
  return typeof value === 'object' && value !== null && 'render' in value && typeof value.render === 'function' && 'initialize' in value && typeof value.initialize === 'function';
}

/** Mermaid, loaded and set up once per visit. */
let ready: Promise<MermaidApi> | undefined;
/** Ids of the diagrams drawn in this visit: Mermaid needs one unique id per diagram. */
let sequence = 0;

/** The site's own Mermaid (an extra_javascript that loads one, as Material allows), else ours. */
async function loadMermaid(): Promise<MermaidApi> {
  let api: unknown = Reflect.get(window, 'mermaid');
  if (!isMermaid(api)) {
    const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = base + MERMAID_SCRIPT;
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener('error', () => reject(new Error(`Mermaid could not be loaded from ${script.src}`)), { once: true });
      document.head.append(script);
    });
    api = Reflect.get(window, 'mermaid');
    if (!isMermaid(api)) throw new Error(`${base + MERMAID_SCRIPT} did not define Mermaid`);
  }
  // Material's settings: no drawing of its own on load, Material's colours, and 16px in
  // sequence diagrams. A diagram that fails draws no error picture; its source stays.
  api.initialize({
    startOnLoad: false,
    themeCSS,
    sequence: { actorFontSize: '16px', messageFontSize: '16px', noteFontSize: '16px' },
    suppressErrorRendering: true,
  });
  return api;
}

/** Draws one block in place; a block Mermaid cannot parse stays as it is. */
async function drawBlock(mermaid: MermaidApi, block: HTMLElement): Promise<void> {
  const id = `__mermaid_${sequence++}`;
  const text = block.textContent ?? '';
  let rendered: { value: Rendered; sheets: CSSStyleSheet[] };
  try {
    rendered = await withCssomStyles(() => mermaid.render(id, text));
  } catch (error) {
    // Mermaid's temporary elements are gone (it removes them before throwing).
    console.error(`Mermaid could not draw diagram ${id}:`, error instanceof Error ? error.message : error);
    return;
  }
  if (!block.isConnected) return;
  const host = document.createElement('div');
  host.className = 'mermaid';
  const shadow = host.attachShadow({ mode: 'closed' });
  mountSvg(shadow, rendered.value.svg, rendered.sheets);
  block.replaceWith(host);
  rendered.value.bindFunctions?.(shadow);
}

/**
 * Draws the diagrams of the page shown, one after another (Mermaid renders one at a time).
 * The page may be swapped out meanwhile (navigation.instant): then its blocks are left alone.
 */
export function initMermaid(signal: AbortSignal): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-md-component="content"] pre.mermaid')];
  if (blocks.length === 0) return;
  ready ??= loadMermaid();
  ready.then(async (mermaid) => {
    for (const block of blocks) {
      if (signal.aborted) return;
      await drawBlock(mermaid, block);
    }
  }, (error: unknown) => {
    // Tried again on the next page that has a diagram; until then the sources stay.
    ready = undefined;
    console.error(error instanceof Error ? error.message : error);
  }).catch(reportError);
}
