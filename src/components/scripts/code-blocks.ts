/**
 * What a page's code blocks and annotated blocks get: content annotations, code annotations,
 * copy buttons (content.code.copy) and line selection (content.code.select). Most pages have
 * none of them, so their code is not part of the script every page loads: a page that has such
 * a block fetches the modules it needs (one small file each), right after it is shown.
 *
 * Code annotations run before the copy buttons: what a button copies leaves the annotations out.
 */

/** What the page's settings ask for (its data-md-features and __config.annotate). */
export interface CodeBlockOptions {
  readonly features: readonly string[];
  readonly annotate: unknown;
}

/** Content annotations (`.annotate` blocks outside code): annotations.ts. */
const ANNOTATED = '.md-typeset .annotate';
/** Every block the code behaviours look at (clipboard.ts, code-annotations.ts, code-select.ts). */
const CODE = '.md-typeset div.highlight, .md-typeset pre > code';

export function initCodeBlocks(signal: AbortSignal, options: CodeBlockOptions): void {
  if (document.querySelector(ANNOTATED)) {
    void import('./annotations.ts').then((module) => {
      if (!signal.aborted) module.initAnnotations();
    });
  }
  if (!document.querySelector(CODE)) return;
  const { features } = options;
  const copy = features.includes('content.code.copy');
  const select = features.includes('content.code.select');
  // Annotations: everywhere with content.code.annotate, else only in blocks marked `annotate`.
  const annotateAll = features.includes('content.code.annotate');
  const annotate = annotateAll || document.querySelector('.md-typeset div.highlight.annotate') !== null;
  void Promise.all([
    annotate ? import('./code-annotations.ts') : undefined,
    copy ? import('./clipboard.ts') : undefined,
    select ? import('./code-select.ts') : undefined,
  ]).then(([annotations, clipboard, selection]) => {
    if (signal.aborted) return;
    annotations?.initCodeAnnotations(annotateAll, annotations.annotateSelectors(options.annotate));
    clipboard?.initClipboard();
    selection?.initCodeSelect(signal);
  });
}
