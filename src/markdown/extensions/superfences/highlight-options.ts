/**
 * The pymdownx.highlight options that change superfences' block markup (the extension itself
 * has no output of its own in MkDocs: superfences reads its settings).
 */

export interface HighlightOptions {
  readonly usePygments: boolean;
  readonly cssClass: string;
  /** `linenums: true` numbers every block; null leaves it to each fence's `linenums="N"`. */
  readonly linenums: boolean | null;
  /** `line_anchors`, or `__codelineno` when only `anchor_linenums` is set. */
  readonly lineAnchors: string;
  readonly anchorLinenums: boolean;
  readonly lineSpans: string;
  readonly linenumsSpecial: number;
}

export function highlightOptions(raw: Readonly<Record<string, unknown>> | undefined): HighlightOptions {
  const options = raw ?? {};
  const anchorLinenums = options['anchor_linenums'] === true;
  const lineAnchors = typeof options['line_anchors'] === 'string' ? options['line_anchors'] : '';
  const linenums = options['linenums'];
  const special = options['linenums_special'];
  return {
    usePygments: options['use_pygments'] !== false,
    cssClass: typeof options['css_class'] === 'string' ? options['css_class'] : 'highlight',
    linenums: typeof linenums === 'boolean' ? linenums : null,
    lineAnchors: lineAnchors || (anchorLinenums ? '__codelineno' : ''),
    anchorLinenums,
    lineSpans: typeof options['line_spans'] === 'string' ? options['line_spans'] : '',
    linenumsSpecial: typeof special === 'number' ? special : -1,
  };
}
