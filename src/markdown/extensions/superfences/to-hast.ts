/**
 * Renders a superfence: a custom fence (`mermaid` -> `<pre class="mermaid"><code>...</code></pre>`)
 * when one matched its language, else pymdownx.highlight's block (see highlight.ts).
 */
import type { Element } from 'hast';
import type { SuperFence } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { HighlightOptions } from './highlight-options.ts';
import { highlightBlock } from './highlight.ts';
import type { CustomFence } from './options.ts';
import type { LexerLookup } from './pygments/lexers/index.ts';

export function superFenceHandler(highlight: HighlightOptions, lexers: LexerLookup) {
  return (state: State, node: SuperFence): Element => {
    const result = node.custom ? customFence(node.custom, node) : highlighted(node, highlight, lexers);
    state.patch(node, result);
    return result;
  };
}

/** fence_code_format / fence_div_format: the source escaped as is, no trailing newline added. */
function customFence(fence: CustomFence, node: SuperFence): Element {
  const classes = [fence.className, ...node.info.classes].filter((name) => name !== '');
  const properties: Element['properties'] = classes.length > 0 ? { className: classes } : {};
  if (node.info.id !== undefined) properties['id'] = node.info.id;
  const text = { type: 'text' as const, value: node.value };
  if (fence.format === 'div') return { type: 'element', tagName: 'div', properties, children: [text] };
  return { type: 'element', tagName: 'pre', properties, children: [{ type: 'element', tagName: 'code', properties: {}, children: [text] }] };
}

function highlighted(node: SuperFence, highlight: HighlightOptions, lexers: LexerLookup): Element {
  const { options } = node.info;
  return highlightBlock(
    {
      source: node.value,
      lang: node.info.lang,
      classes: node.info.classes,
      id: node.info.id,
      title: options['title']?.trim() || undefined,
      highlighted: hlLines(options['hl_lines']),
      linenums: linenums(options['linenums'], highlight),
      count: node.count,
    },
    highlight,
    lexers,
  );
}

/** `hl_lines="1 3-5"`. */
function hlLines(value: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (value === undefined || !/^\d+(?:-\d+)?(?:[ \t]+\d+(?:-\d+)?)*$/.test(value)) return lines;
  for (const part of value.split(/[ \t]+/)) {
    const [from = 0, to = from] = part.split('-').map(Number);
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}

/**
 * `linenums="start [step [special]]"`. pymdownx.highlight's rule: numbered when the fence gives
 * a start above 0, or when `linenums: true` and the fence does not say `linenums="0"`.
 */
function linenums(value: string | undefined, highlight: HighlightOptions): { start: number; step: number; special: number } | undefined {
  const match = value === undefined ? null : /^(\d+)(?:[ \t]+(\d+))?(?:[ \t]+(\d+))?/.exec(value);
  const start = match?.[1] === undefined ? -1 : Number(match[1]);
  const enabled = (highlight.linenums === true && start !== 0) || (highlight.linenums !== false && start > 0);
  if (!enabled) return undefined;
  const special = match?.[3] === undefined ? highlight.linenumsSpecial : Number(match[3]);
  return { start: Math.max(1, start), step: Math.max(1, Number(match?.[2] ?? 1)), special: Math.max(0, special) };
}
