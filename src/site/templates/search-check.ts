/**
 * Whether a site's own search.html keeps the hooks our search script finds its parts by
 * (search-hooks.ts): without them the script leaves the box alone, and a search box that looks
 * right but never answers is worse than a warning at build time.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { TemplateSegment } from './markers.ts';
import { hookName, SEARCH_HOOKS, type SearchPart } from './search-hooks.ts';

/** Whether an element is the part: its data-md-component, or Material's class. */
function isPart(element: Element, part: SearchPart): boolean {
  const hook = SEARCH_HOOKS[part];
  const component = element.properties['dataMdComponent'];
  if ('component' in hook && component === hook.component) return true;
  const classes = element.properties['className'];
  return 'className' in hook && Array.isArray(classes) && classes.includes(hook.className);
}

/** The first element under `node` (itself included) that is the part, in document order. */
function find(node: Root | Element, part: SearchPart): Element | undefined {
  if (node.type === 'element' && isPart(node, part)) return node;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const found = find(child, part);
    if (found) return found;
  }
  return undefined;
}

/**
 * The required parts a search.html's output lacks, each where our script looks for it (the
 * query and result inside the root, the list inside the result); empty when search can work.
 *
 * @example missingSearchHooks('<div data-md-component="search"><input class="md-search__input"></div>') // ['result', 'list']
 */
export function missingSearchHooks(html: string): SearchPart[] {
  const root = find(fromHtml(html, { fragment: true }), 'root');
  if (!root) return ['root', 'query', 'result', 'list'];
  const missing: SearchPart[] = [];
  if (!find(root, 'query')) missing.push('query');
  const result = find(root, 'result');
  if (!result) missing.push('result', 'list');
  else if (!find(result, 'list')) missing.push('list');
  return missing;
}

/** Where a missing part belongs in the template's source: the element that should carry its hook. */
export interface HookPlace {
  readonly part: SearchPart;
  /**
   * The candidate element's name and 1-based line, and whether it has the hook already (then it
   * is not where our script looks); undefined when no element could carry it.
   */
  readonly element?: { readonly tag: string; readonly line: number; readonly hooked: boolean } | undefined;
}

/** Elements of a tree in document order. */
function elementsOf(node: Root | Element): Element[] {
  return node.children.flatMap((child) => (child.type === 'element' ? [child, ...elementsOf(child)] : []));
}

const TEXT_INPUT = new Set(['text', 'search']);

/**
 * For each missing part, the element of the template's source that should carry its hook: the
 * outermost element for the root; the first text input for the query; the first list (`ol`,
 * `ul`) for the list, and the element around it (when that is not the root) for the result. The
 * source is read as HTML, its Jinja left as text: good enough to point at a line, never to judge
 * (the parts are judged on the rendered HTML, missingSearchHooks).
 *
 * @example hookPlaces('<div>\n<input name="q">\n</div>', ['query']) // [{ part: 'query', element: { tag: 'input', line: 2, hooked: false } }]
 */
export function hookPlaces(source: string, missing: readonly SearchPart[]): HookPlace[] {
  const elements = elementsOf(fromHtml(source, { fragment: true }));
  const root = elements.find((element) => isPart(element, 'root')) ?? elements[0];
  const list = elements.find((element) => isPart(element, 'list')) ?? elements.find((element) => element.tagName === 'ol' || element.tagName === 'ul');
  const listParent = list && elements.find((element) => element.children.includes(list));
  const candidates: Partial<Record<SearchPart, Element | undefined>> = {
    root,
    query: elements.find((element) => isPart(element, 'query')) ?? elements.find((element) => element.tagName === 'input' && TEXT_INPUT.has(String(element.properties['type'] ?? 'text').toLowerCase())),
    result: elements.find((element) => isPart(element, 'result')) ?? (listParent === root ? undefined : listParent),
    list,
  };
  return missing.map((part) => {
    const element = candidates[part];
    const line = element?.position?.start.line;
    return { part, element: element && line !== undefined ? { tag: element.tagName, line, hooked: isPart(element, part) } : undefined };
  });
}

/**
 * The warning for a search.html whose rendered output lacks hooks, at the line of the first
 * element that should carry one (line 1 when none could, which the message says); undefined
 * when it has every hook. Our stand-ins it includes are not looked into.
 *
 * @param source the template's text, where the lines are counted
 */
export function searchHooksWarning(segments: readonly TemplateSegment[], source: string): { readonly message: string; readonly line: number } | undefined {
  const missing = missingSearchHooks(segments.map((segment) => (segment.kind === 'html' ? segment.html : '')).join(''));
  if (missing.length === 0) return undefined;
  const places = hookPlaces(source, missing);
  const said = places.map(({ part, element }) => (element
    ? `the <${element.tag}> at line ${element.line} has ${element.hooked ? `${hookName(part)} but not where our script looks for it (the query and result inside the root, the list inside the result)` : `no ${hookName(part)}`}`
    : `no element carries ${hookName(part)} and none is there to carry it`));
  const first = places.find((place) => place.element)?.element;
  const where = first ? '' : ' (the warning points at line 1: no element here could carry a hook)';
  return {
    message: `partials/search.html lacks Material's search hooks: ${said.join('; ')}${where}. Our search script finds its parts by them, so this search box never shows results; keep them as Material's search.html has them`,
    line: first?.line ?? 1,
  };
}
