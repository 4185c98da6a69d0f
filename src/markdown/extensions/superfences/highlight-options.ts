/**
 * The pymdownx.highlight options that change superfences' block markup (the extension itself
 * has no output of its own in MkDocs: superfences reads its settings).
 *
 * `{linenums_style: pymdownx-inline, anchor_linenums: true}` -> `{linenumsStyle: 'pymdownx-inline', lineAnchors: '__codelineno', ...}`
 */

export type LinenumsStyle = 'table' | 'inline' | 'pymdownx-inline';

export interface ExtendedLanguage {
  readonly lang: string;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface HighlightOptions {
  /** pymdownx.highlight is listed in mkdocs.yml: indented code blocks are highlighted too. */
  readonly enabled: boolean;
  readonly usePygments: boolean;
  readonly cssClass: string;
  /** `linenums: true` numbers every block; false never; null leaves it to each fence's `linenums="N"`. */
  readonly linenums: boolean | null;
  readonly linenumsStyle: LinenumsStyle;
  /** `line_anchors`, or `__codelineno` when only `anchor_linenums` is set. */
  readonly lineAnchors: string;
  readonly anchorLinenums: boolean;
  readonly lineSpans: string;
  readonly linenumsSpecial: number;
  readonly languagePrefix: string;
  readonly codeAttrOnPre: boolean;
  readonly autoTitle: boolean;
  readonly autoTitleMap: ReadonlyMap<string, string>;
  readonly pygmentsLangClass: boolean;
  readonly stripnl: boolean;
  readonly defaultLang: string;
  /** `guess_lang` is `true` or `'block'`: a block with no known language gets a guessed lexer. */
  readonly guessBlock: boolean;
  /** `extend_pygments_lang`, by lowercased name. */
  readonly extendedLanguages: ReadonlyMap<string, ExtendedLanguage>;
  /** `noclasses`: Pygments' inline styles of `pygments_style` instead of classes (pygments/styles.ts). */
  readonly noclasses: boolean;
  readonly pygmentsStyle: string;
}

/** Reads `pymdownx.highlight`'s options; `raw` undefined when it is not listed in mkdocs.yml. */
export function highlightOptions(raw: Readonly<Record<string, unknown>> | undefined): HighlightOptions {
  const options = raw ?? {};
  const anchorLinenums = options['anchor_linenums'] === true;
  const lineAnchors = typeof options['line_anchors'] === 'string' ? options['line_anchors'] : '';
  const linenums = options['linenums'];
  const special = options['linenums_special'];
  const style = options['linenums_style'];
  return {
    enabled: raw !== undefined,
    usePygments: options['use_pygments'] !== false,
    cssClass: typeof options['css_class'] === 'string' ? options['css_class'] : 'highlight',
    linenums: typeof linenums === 'boolean' ? linenums : null,
    linenumsStyle: style === 'inline' || style === 'pymdownx-inline' ? style : 'table',
    lineAnchors: lineAnchors || (anchorLinenums ? '__codelineno' : ''),
    anchorLinenums,
    lineSpans: typeof options['line_spans'] === 'string' ? options['line_spans'] : '',
    linenumsSpecial: typeof special === 'number' ? special : -1,
    languagePrefix: typeof options['language_prefix'] === 'string' ? options['language_prefix'] : 'language-',
    codeAttrOnPre: options['code_attr_on_pre'] === true,
    autoTitle: options['auto_title'] === true,
    autoTitleMap: stringMap(options['auto_title_map']),
    pygmentsLangClass: options['pygments_lang_class'] === true,
    stripnl: options['stripnl'] !== false,
    defaultLang: typeof options['default_lang'] === 'string' ? options['default_lang'] : '',
    guessBlock: options['guess_lang'] === true || options['guess_lang'] === 'block',
    extendedLanguages: extendedLanguages(options['extend_pygments_lang']),
    noclasses: options['noclasses'] === true,
    pygmentsStyle: typeof options['pygments_style'] === 'string' ? options['pygments_style'] : 'default',
  };
}

function stringMap(raw: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (typeof raw !== 'object' || raw === null) return map;
  for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') map.set(key, value);
  return map;
}

/** `[{name: php-inline, lang: php, options: {startinline: true}}]`; the first entry of a name wins. */
function extendedLanguages(raw: unknown): Map<string, ExtendedLanguage> {
  const map = new Map<string, ExtendedLanguage>();
  if (!Array.isArray(raw)) return map;
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null) continue;
    const name = 'name' in entry && typeof entry.name === 'string' ? entry.name : undefined;
    const lang = 'lang' in entry && typeof entry.lang === 'string' ? entry.lang : undefined;
    if (name === undefined || lang === undefined || map.has(name.toLowerCase())) continue;
    const options = 'options' in entry && typeof entry.options === 'object' && entry.options !== null ? Object.fromEntries(Object.entries(entry.options)) : {};
    map.set(name.toLowerCase(), { lang, options });
  }
  return map;
}
