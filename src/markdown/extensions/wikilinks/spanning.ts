/**
 * `[[has _emphasis_ inside]]`: Python-Markdown matches wikilinks (priority 75) before emphasis
 * (60), so a label holding `_..._` is still a link, whose text then gets its emphasis. In mdast
 * the emphasis is parsed first and splits the `[[...]]` over several siblings; this pass joins
 * them back when the source between the brackets is a valid label.
 *
 * ```md
 * [[has _emphasis_ inside]]  ->  <a class="wikilink" href="/has_emphasis_inside/">has <em>emphasis</em> inside</a>
 * ```
 */
import type { Link, Parent, PhrasingContent, Text } from 'mdast';

const LABEL = /^[\p{L}\p{N}_ -]+$/u;

/** Returns the new children of `parent`, or undefined when nothing spans. */
export function joinSpanning(parent: Parent, source: string, makeLink: (label: string, children: PhrasingContent[]) => Link): PhrasingContent[] | undefined {
  const children = parent.children.filter(isPhrasing);
  if (children.length !== parent.children.length) return undefined;
  let changed = false;
  for (let index = 0; index < children.length; index++) {
    const open = children[index];
    if (open?.type !== 'text') continue;
    const at = open.value.lastIndexOf('[[');
    if (at === -1 || open.value.indexOf(']]', at) !== -1 || !tailVerbatim(open, at, source)) continue;
    const closeIndex = children.findIndex((child, position) => position > index && child.type === 'text' && child.value.includes(']]'));
    const close = children[closeIndex];
    if (close?.type !== 'text' || !headVerbatim(close, close.value.indexOf(']]') + 2, source)) continue;
    const between = children.slice(index + 1, closeIndex);
    if (!between.every((node) => node.type === 'emphasis' || node.type === 'strong' || node.type === 'text')) continue;
    const end = close.value.indexOf(']]');
    const from = (open.position?.end.offset ?? 0) - (open.value.length - at) + 2;
    const to = (close.position?.start.offset ?? 0) + end;
    const label = source.slice(from, to);
    if (!LABEL.test(label) || label.trim() === '') continue;
    const inner: PhrasingContent[] = [{ type: 'text', value: open.value.slice(at + 2).trimStart() }, ...between, { type: 'text', value: close.value.slice(0, end).trimEnd() }];
    const replacement: PhrasingContent[] = [
      ...(at > 0 ? [{ type: 'text' as const, value: open.value.slice(0, at) }] : []),
      makeLink(label.trim(), inner.filter((node) => node.type !== 'text' || node.value !== '')),
      ...(end + 2 < close.value.length ? [{ type: 'text' as const, value: close.value.slice(end + 2) }] : []),
    ];
    children.splice(index, closeIndex - index + 1, ...replacement);
    changed = true;
  }
  return changed ? children : undefined;
}

/**
 * Only text written as is in the source (no escapes, entities or stripped line-end spaces) can
 * be measured there: the open node from `[[` to its end, the close node up to `]]`.
 */
function tailVerbatim(node: Text, from: number, source: string): boolean {
  const end = node.position?.end.offset;
  const tail = node.value.slice(from);
  return end !== undefined && source.slice(end - tail.length, end) === tail;
}

function headVerbatim(node: Text, to: number, source: string): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && source.slice(start, start + to) === node.value.slice(0, to);
}

function isPhrasing(node: Parent['children'][number]): node is PhrasingContent {
  return node.type === 'text' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'inlineCode' || node.type === 'link' || node.type === 'image' || node.type === 'break' || node.type === 'html';
}
