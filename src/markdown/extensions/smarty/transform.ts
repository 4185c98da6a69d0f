/**
 * smarty on mdast: each run of `text` and inline `html` siblings is one Python-Markdown text
 * (an element's text or tail, where inline HTML sits as a stash placeholder), educated as a
 * whole; code, math and other nodes end a run, as elements do in Python-Markdown.
 * Substitutions go out as raw HTML (`&rsquo;`), as Python-Markdown stashes them.
 *
 * Atomic text (an autolink's, MagicLink's) is skipped, as Python-Markdown's inline pass skips
 * an AtomicString.
 *
 * ```md
 * "Hello" -- it's 'fine'...  ->  <p>&ldquo;Hello&rdquo; &ndash; it&rsquo;s &lsquo;fine&rsquo;&hellip;</p>
 * ```
 */
import type { Html, Parent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from '../../core/visit.ts';
import { isAutolink } from '../../inline/text-replace.ts';
import type { VFile } from 'vfile';
import { markEscapedOffsets, markEscapes } from './escapes.ts';
import { educate } from './educate.ts';
import type { SmartyOptions } from './options.ts';
import { smartyPatterns } from './patterns.ts';

export interface RemarkSmartyOptions extends SmartyOptions {
  /** Characters a backslash escapes on this page (core/escape.ts), quotes included. */
  readonly escapable: string;
}

export function remarkSmarty(options: RemarkSmartyOptions) {
  const patterns = smartyPatterns(options);
  const escapable = new Set(options.escapable);
  return (tree: Root, file: VFile): undefined => {
    if (patterns.length === 0) return;
    const source = String(file.value);
    const textOf = (node: Text): string => {
      if (node.data?.escapes) return markEscapedOffsets(node.value, node.data.escapes);
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      return start === undefined || end === undefined ? node.value : markEscapes(node.value, source.slice(start, end), escapable);
    };
    visit(tree, (node) => {
      // An autolink's text is an AtomicString in Python-Markdown, which smarty's pass skips.
      if (isAutolink(node, source)) return SKIP;
      if (!('children' in node) || node.type === 'root') return undefined;
      if (options.angledQuotes) untagAngled(node);
      educateChildren(node, textOf, (parts) => educate(parts, patterns, options));
      return undefined;
    });
  };
}

/**
 * With angled quotes on, Python-Markdown's inline HTML pattern refuses a tag followed by `>`,
 * so `<<hello>>` is text (and becomes `&laquo;hello&raquo;`), not a `<hello>` tag.
 */
function untagAngled(parent: Parent): void {
  parent.children.forEach((child, index) => {
    const next = parent.children[index + 1];
    if (child.type === 'html' && next?.type === 'text' && next.value.startsWith('>') && /^<[^<>]*>$/.test(child.value)) {
      parent.children[index] = { type: 'text', value: child.value };
    }
  });
}

function educateChildren(parent: Parent, textOf: (node: Text) => string, run: (parts: Array<string | number>) => ReturnType<typeof educate>): void {
  const children: RootContent[] = [];
  let pending: Array<Html | Text> = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const opaque = pending;
    const parts = opaque.map((node, index) => (node.type === 'text' ? textOf(node) : index));
    for (const part of run(parts)) {
      if (part.kind === 'text') children.push({ type: 'text', value: part.value });
      else if (part.kind === 'html') children.push({ type: 'html', value: part.value });
      else {
        const original = opaque[part.index];
        if (original) children.push(original);
      }
    }
    pending = [];
  };
  for (const child of parent.children) {
    // Atomic text (MagicLink's link text, an AtomicString in PyMdown) is left as it is.
    if ((child.type === 'text' && child.data?.atomic !== true) || child.type === 'html') pending.push(child);
    else {
      flush();
      children.push(child);
    }
  }
  flush();
  parent.children.splice(0, parent.children.length, ...children);
}
