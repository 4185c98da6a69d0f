/**
 * Arithmatex's two outputs. Generic (`generic: true`, for MathJax 3 / KaTeX auto-render):
 * `$x$` -> `<span class="arithmatex">\(x\)</span>`, a `$$x$$` block ->
 * `<div class="arithmatex">\[x\]</div>`. MathJax 2 (the default): the TeX in a
 * `<script type="math/tex">` (`; mode=display` for blocks), after a `MathJax_Preview` copy
 * unless `preview: false`.
 */
import type { Element, ElementContent } from 'hast';
import type { Handler, State } from 'mdast-util-to-hast';
import type { ArithmatexOptions } from './options.ts';
import type { ArithmatexBlock, ArithmatexInline } from './mdast.ts';

/** `$a$` -> `<span class="arithmatex">\(a\)</span>` (generic), or the MathJax script form. */
export function inlineMathHandler(options: ArithmatexOptions): Handler {
  return (state: State, node: ArithmatexInline): Element => {
    const [open, close] = options.inlineWrap;
    const children: ElementContent[] = options.generic
      ? [text(`${open}${node.value}${close}`)]
      : [
          ...(options.preview ? [element('span', { className: ['MathJax_Preview'] }, [text(node.value)])] : []),
          element('script', { type: 'math/tex' }, [text(node.value)]),
        ];
    return patched(state, node, element(options.inlineTag, { className: ['arithmatex'] }, children));
  };
}

/** The text of the inline math element `inlineMathHandler` makes: `\(a\)` (generic), `aa` (MathJax 2 with its preview). */
export function inlineMathText(options: ArithmatexOptions, tex: string): string {
  const [open, close] = options.inlineWrap;
  return options.generic ? `${open}${tex}${close}` : `${options.preview ? tex : ''}${tex}`;
}

/** A `$$\nx\n$$` block -> `<div class="arithmatex">\[\nx\n\]</div>` (generic), or the MathJax script form. */
export function blockMathHandler(options: ArithmatexOptions): Handler {
  return (state: State, node: ArithmatexBlock): Element => {
    const [open, close] = options.blockWrap;
    // Python-Markdown's serializer puts block-level children on lines of their own.
    const children: ElementContent[] = options.generic
      ? [text(`${open}${node.value}${close}`)]
      : [
          text('\n'),
          ...(options.preview ? [element('div', { className: ['MathJax_Preview'] }, [text(node.value)]), text('\n')] : []),
          element('script', { type: 'math/tex; mode=display' }, [text(node.value)]),
          text('\n'),
        ];
    return patched(state, node, element(options.blockTag, { className: ['arithmatex'] }, children));
  };
}

function patched(state: State, node: ArithmatexInline | ArithmatexBlock, result: Element): Element {
  state.patch(node, result);
  const applied = state.applyData(node, result);
  return applied.type === 'element' ? applied : result;
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
