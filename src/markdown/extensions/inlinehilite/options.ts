/**
 * inlinehilite's options, with the pymdownx.highlight settings it reads (PyMdown asks the
 * highlight extension for them): css_class, use_pygments, guess_lang, pygments_lang_class,
 * language_prefix, extend_pygments_lang.
 */
import type { ExtendedLanguage } from '../superfences/highlight-options.ts';

/** What a `custom_inline` entry renders: PyMdown's stock formatters that a site can name. */
export type InlineFormat =
  | { readonly kind: 'highlight' }
  | { readonly kind: 'math-generic'; readonly tag: string }
  | { readonly kind: 'math-mathjax'; readonly preview: boolean };

export interface CustomInline {
  readonly name: string;
  readonly className: string;
  readonly format: InlineFormat;
}

export interface InlineHiliteOptions {
  /** `false`: plain `<code>` without a language; `true` or a language name: highlight it. */
  readonly stylePlainText: boolean | string;
  readonly cssClass: string;
  readonly usePygments: boolean;
  readonly guessLang: boolean;
  readonly langClass: boolean;
  readonly languagePrefix: string;
  /** `extend_pygments_lang` names -> the Pygments language they stand for. */
  /** `extend_pygments_lang`: name -> the lexer's alias and the Pygments options it gets. */
  readonly extendedLanguages: ReadonlyMap<string, ExtendedLanguage>;
  readonly custom: readonly CustomInline[];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

/** `!!python/name:x` (string or the config loader's `{ python, value }`) or `!!python/object/apply:x {kwds}`. */
function pythonCallable(value: unknown): { readonly name: string; readonly kwds: Record<string, unknown> } | undefined {
  if (typeof value === 'string') return { name: value.replace(/^!!python\/name:/, ''), kwds: {} };
  const object = record(value);
  if (typeof object['value'] === 'string') return { name: object['value'], kwds: record(object['kwds']) };
  const applied = Object.keys(object).find((key) => key.startsWith('!!python/object/apply:'));
  if (applied !== undefined) return { name: applied.slice('!!python/object/apply:'.length), kwds: record(record(object[applied])['kwds']) };
  return undefined;
}

function inlineFormat(value: unknown): InlineFormat {
  const callable = pythonCallable(value);
  if (!callable) return { kind: 'highlight' };
  const { name, kwds } = callable;
  if (name.endsWith('arithmatex_inline_format')) {
    const tag = typeof kwds['tag'] === 'string' ? kwds['tag'] : 'span';
    return kwds['mode'] === 'mathjax' ? { kind: 'math-mathjax', preview: kwds['preview'] === true } : { kind: 'math-generic', tag };
  }
  if (name.endsWith('inline_mathjax_preview_format')) return { kind: 'math-mathjax', preview: true };
  if (name.endsWith('inline_mathjax_format')) return { kind: 'math-mathjax', preview: false };
  if (name.endsWith('inline_generic_format')) return { kind: 'math-generic', tag: 'span' };
  return { kind: 'highlight' };
}

export function readInlineHiliteOptions(options: Readonly<Record<string, unknown>>, highlight: Readonly<Record<string, unknown>> | undefined): InlineHiliteOptions {
  const hl = highlight ?? {};
  const style = options['style_plain_text'];
  const css = options['css_class'];
  const hlCss = hl['css_class'];
  const extended = new Map<string, ExtendedLanguage>();
  for (const entry of Array.isArray(hl['extend_pygments_lang']) ? hl['extend_pygments_lang'] : []) {
    const { name, lang, options: lexerOptions } = record(entry);
    if (typeof name === 'string' && typeof lang === 'string') extended.set(name.toLowerCase(), { lang, options: record(lexerOptions) });
  }
  const custom: CustomInline[] = [];
  for (const entry of Array.isArray(options['custom_inline']) ? options['custom_inline'] : []) {
    const fields = record(entry);
    if (typeof fields['name'] !== 'string' || typeof fields['class'] !== 'string') continue;
    custom.push({ name: fields['name'], className: fields['class'], format: inlineFormat(fields['format']) });
  }
  const guess = hl['guess_lang'];
  return {
    stylePlainText: typeof style === 'string' ? style : style === true || (typeof style === 'number' && style !== 0),
    cssClass: typeof css === 'string' && css !== '' ? css : typeof hlCss === 'string' ? hlCss : 'highlight',
    usePygments: hl['use_pygments'] !== false,
    guessLang: guess === true || guess === 'inline',
    langClass: hl['pygments_lang_class'] === true,
    languagePrefix: typeof hl['language_prefix'] === 'string' ? hl['language_prefix'] : 'language-',
    extendedLanguages: extended,
    custom,
  };
}
