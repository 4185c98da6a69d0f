/**
 * `emoji` -> HAST, as Material's `to_svg` generator draws it:
 *
 *   :octicons-home-16:  ->  <span class="twemoji"><svg viewBox="0 0 16 16">…</svg></span>
 *   :gear:              ->  <img alt="⚙" class="twemoji" src="data:image/svg+xml,…" title=":gear:">
 *
 * Deliberate difference for Twemoji emoji: Material points `src` at twemoji.maxcdn.com, a third
 * party the reader's browser would contact on every page view. We inline Twemoji's own drawing
 * (from @iconify-json/twemoji) as a data: URI instead and keep the rest of the element, so the
 * emoji looks the same, user CSS on `img.twemoji` still applies, and the conformance scorer's
 * block signature (`⟦img:⚙⟧`, from `alt`) still matches; only the `src` string differs. An
 * inline <svg> or the bare character would change the signature and lose the block.
 * A site that hosts Twemoji's files itself sets Material's `options.image_path` (e.g.
 * `https://example.org/assets/twemoji/`); then `src` is `image_path + code points + .svg`, as
 * in Material, and the scorer compares it by file name like the CDN's.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Handler, State } from 'mdast-util-to-hast';
import { copyContent } from './copy-content.ts';
import type { IconIndex } from './icon-index.ts';
import type { Emoji } from './mdast.ts';

/** One handler per renderer: parsed SVGs are kept per icon for the renderer's lifetime. */
export function emojiHandler(index: IconIndex, imagePath: string | undefined): Handler {
  const parsed = new Map<string, ElementContent[]>();
  // One `src` string per emoji, not one per use: a page that repeats an emoji held a copy of its
  // drawing (~1.5 KB) for each, in the tree and in the time spent encoding it.
  const sources = new Map<string, string | undefined>();
  const twemojiSrc = (unicode: string): string | undefined => {
    if (!sources.has(unicode)) sources.set(unicode, dataUri(index.twemojiSvg(unicode)));
    return sources.get(unicode);
  };
  const svgTree = (svg: string): ElementContent[] => {
    let children = parsed.get(svg);
    if (!children) {
      children = fromHtml(svg, { fragment: true }).children.filter((child): child is Element => child.type === 'element');
      parsed.set(svg, children);
    }
    return children.map(copyContent);
  };

  return (state: State, node: Emoji): Element => {
    const { entry } = node;
    let element: Element;
    if (entry.kind === 'svg') {
      element = { type: 'element', tagName: 'span', properties: { className: ['twemoji'] }, children: svgTree(entry.svg) };
    } else {
      const properties: Element['properties'] = { alt: toChars(entry.unicodeAlt), className: ['twemoji'] };
      const src = imagePath === undefined ? twemojiSrc(entry.unicode) : `${imagePath}${entry.unicode}.svg`;
      if (src !== undefined) properties['src'] = src;
      properties['title'] = node.value;
      element = { type: 'element', tagName: 'img', properties, children: [] };
    }
    return withAttributes(state, node, element);
  };
}

/** attr_list may have put `{ .class }` on the emoji: classes add to `twemoji`, as in PyMdown. */
function withAttributes(state: State, node: Emoji, element: Element): Element {
  const extra = node.data?.hProperties?.['className'];
  state.patch(node, element);
  const result = state.applyData(node, element);
  if (result.type === 'element' && Array.isArray(extra)) {
    result.properties['className'] = ['twemoji', ...extra.filter((c) => c !== 'twemoji')];
  }
  return result.type === 'element' ? result : element;
}

function dataUri(svg: string | undefined): string | undefined {
  return svg === undefined ? undefined : `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function toChars(codePoints: string): string {
  return String.fromCodePoint(...codePoints.split('-').map((hex) => Number.parseInt(hex, 16)));
}
