/**
 * Renders a superfence: a custom fence (`mermaid` -> `<pre class="mermaid"><code>...</code></pre>`)
 * when one took it, else pymdownx.highlight's block (see highlight.ts).
 */
import type { Element } from 'hast';
import type { SuperFence } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { element, text } from './hast.ts';
import type { HighlightOptions } from './highlight-options.ts';
import { highlightBlock } from './highlight.ts';
import type { LexerNames } from './highlight.ts';
import type { Linenums } from './line-numbers.ts';
import type { CustomFence } from './options.ts';
import type { LexerLookup } from './pygments/lexers/index.ts';

/** `highlight`: the settings for fences and for indented code blocks (they differ by `css_class`, index.ts). */
export function superFenceHandler(highlight: { readonly fence: HighlightOptions; readonly indented: HighlightOptions }, lexers: LexerLookup, names: LexerNames) {
  return (state: State, node: SuperFence): Element => {
    const custom = node.info.custom;
    const result = custom ? customFence(custom, node) : highlighted(node, node.indented ? highlight.indented : highlight.fence, lexers, names);
    state.patch(node, result);
    return result;
  };
}

/**
 * PyMdown's stock formats: fence_code_format / fence_div_format (the source escaped as is, no
 * trailing newline added) and arithmatex's fenced math. A format we cannot run (a Python
 * function of the site's own) renders its source as a plain code block, never an empty box.
 */
function customFence(fence: CustomFence, node: SuperFence): Element {
  const properties: Element['properties'] = {};
  if (node.info.id) properties['id'] = node.info.id;
  const format = fence.format;
  const classes = [format.kind === 'math' ? fence.className || 'arithmatex' : fence.className, ...node.info.classes].filter((name) => name !== '');
  if (classes.length > 0) properties['className'] = classes;
  for (const [key, value] of node.info.attributes) properties[key] = value;
  switch (format.kind) {
    case 'div':
      return element('div', properties, [text(node.value)]);
    case 'math':
      return mathFence(format, node.value, properties);
    case 'code':
    case 'markdown-exec':
    case 'unknown':
      return element('pre', properties, [element('code', {}, [text(node.value)])]);
  }
}

/** arithmatex_fenced_format: `\[ ... \]` in a div (generic), or MathJax's script (with a preview). */
function mathFence(format: Extract<CustomFence['format'], { kind: 'math' }>, math: string, properties: Element['properties']): Element {
  if (format.mode === 'generic') return element(format.tag, properties, [{ type: 'raw', value: `\\[\n${math}\n\\]` }]);
  const children: Element['children'] = [text('\n')];
  if (format.preview) children.push(element('div', { className: ['MathJax_Preview'] }, [text(`\n${math}\n`)]), text('\n'));
  children.push(element('script', { type: 'math/tex; mode=display' }, [{ type: 'raw', value: `\n${math}\n` }]), text('\n'));
  return element(format.tag, { className: ['arithmatex'] }, children);
}

function highlighted(node: SuperFence, highlight: HighlightOptions, lexers: LexerLookup, names: LexerNames): Element {
  const { options } = node.info;
  return highlightBlock(
    {
      source: node.value,
      lang: node.info.lang,
      classes: node.info.classes,
      id: node.info.id,
      title: options['title'],
      highlighted: hlLines(options['hl_lines'], node.lineCount ?? fenceLineCount(node)),
      linenums: linenums(options['linenums'], highlight),
      count: node.count,
      attributes: node.info.attributes,
      indented: node.indented,
    },
    highlight,
    lexers,
    names,
  );
}

/**
 * `hl_lines="1 3-5"`, as SuperFencesBlockPreprocessor.parse_hl_lines reads it against the fence's
 * line count: a range's ends are clamped to one past the last line (an empty fence's `6-14` is
 * line 1, which Pygments still writes), a single number outside the lines is dropped.
 */
function hlLines(value: string | undefined, lineCount: number): Set<number> {
  const lines = new Set<number>();
  if (value === undefined || !/^\d+(?:-\d+)?(?:[ \t]+\d+(?:-\d+)?)*$/.test(value)) return lines;
  const clamp = (line: number): number => (line < 1 ? 0 : Math.min(line, lineCount + 1));
  for (const part of value.split(/[ \t]+/)) {
    const [from = 0, to] = part.split('-').map(Number);
    if (to === undefined) {
      if (from >= 1 && from <= lineCount) lines.add(from);
      continue;
    }
    for (let line = clamp(from); line <= clamp(to); line++) lines.add(line);
  }
  return lines;
}

/** The lines between the fence's opening and closing lines (PyMdown's `line_count`). */
function fenceLineCount(node: SuperFence): number {
  const { position } = node;
  if (position) return Math.max(position.end.line - position.start.line - 1, 0);
  return node.value === '' ? 0 : node.value.split('\n').length;
}

/**
 * `linenums="start [step [special]]"`. pymdownx.highlight's rule: numbered when the fence gives
 * a start above 0, or when `linenums: true` and the fence does not say `linenums="0"`; never
 * with `linenums: false`.
 */
function linenums(value: string | undefined, highlight: HighlightOptions): Linenums | undefined {
  const match = value === undefined ? null : /^(\d+)(?:[ \t]+(\d+))?(?:[ \t]+(\d+))?/.exec(value);
  const start = match?.[1] === undefined ? -1 : Number(match[1]);
  const enabled = (highlight.linenums === true && start !== 0) || (highlight.linenums !== false && start > 0);
  if (!enabled) return undefined;
  const step = Number(match?.[2] ?? -1);
  // A fence's special wins; the global linenums_special applies when the fence has none.
  const fenceSpecial = match?.[3] === undefined ? -1 : Number(match[3]);
  const special = highlight.linenumsSpecial >= 0 && fenceSpecial < 0 ? highlight.linenumsSpecial : fenceSpecial;
  return { start: Math.max(1, start), step: step < 1 ? 1 : step, special: Math.max(0, special) };
}
