/**
 * codehilite options as mkdocs.yml writes them, with Python-Markdown's defaults, and the
 * per-block overrides a fenced block's attribute list may carry (`{ .py linenums="true" }`).
 *
 * `guess_lang` picks a lexer as Pygments' guess_lexer does, over the lexers we have ported
 * (superfences/pygments/guess.ts). What we cannot do is said, not hidden: `noclasses` /
 * `pygments_style` (inline colours need Pygments' style tables; we keep classes) and
 * `pygments_formatter` other than `html`.
 */
import { parseBool as bool } from '../python-config.ts';

export interface CodehiliteOptions {
  /** `None` in Python: numbers only when a `#!lang` shebang asks for them. */
  readonly linenums: boolean | undefined;
  readonly guessLang: boolean;
  readonly cssClass: string;
  readonly pygmentsStyle: string;
  readonly noclasses: boolean;
  readonly usePygments: boolean;
  readonly langPrefix: string;
  readonly formatter: string;
  /** Pygments HtmlFormatter options passed through codehilite's unknown keys. */
  readonly linenostart: number;
  readonly linenostep: number;
  readonly linenospecial: number;
}

export function codehiliteOptions(raw: Readonly<Record<string, unknown>>): CodehiliteOptions {
  return {
    linenums: bool(raw['linenums']),
    guessLang: bool(raw['guess_lang']) ?? true,
    cssClass: typeof raw['css_class'] === 'string' ? raw['css_class'] : 'codehilite',
    pygmentsStyle: typeof raw['pygments_style'] === 'string' ? raw['pygments_style'] : 'default',
    noclasses: bool(raw['noclasses']) ?? false,
    usePygments: bool(raw['use_pygments']) ?? true,
    langPrefix: typeof raw['lang_prefix'] === 'string' ? raw['lang_prefix'] : 'language-',
    formatter: typeof raw['pygments_formatter'] === 'string' ? raw['pygments_formatter'] : 'html',
    linenostart: whole(raw['linenostart'], 1),
    linenostep: Math.max(1, whole(raw['linenostep'], 1)),
    linenospecial: whole(raw['linenospecial'], 0),
  };
}

/** A fenced block's attribute list on top of the extension's options (fenced_code's `local_config`). */
export function blockOptions(base: CodehiliteOptions, attributes: Readonly<Record<string, string>>): CodehiliteOptions {
  const get = (key: string): string | undefined => attributes[key];
  const css = get('css_class');
  return {
    ...base,
    // An unreadable boolean is Python's None: no numbers.
    ...(get('linenums') === undefined ? {} : { linenums: bool(get('linenums')) ?? false }),
    ...(get('guess_lang') === undefined ? {} : { guessLang: bool(get('guess_lang')) ?? false }),
    ...(get('noclasses') === undefined ? {} : { noclasses: bool(get('noclasses')) ?? false }),
    ...(css === undefined ? {} : { cssClass: css }),
    ...(get('linenostart') === undefined ? {} : { linenostart: whole(get('linenostart'), base.linenostart) }),
    ...(get('linenostep') === undefined ? {} : { linenostep: Math.max(1, whole(get('linenostep'), base.linenostep)) }),
    ...(get('linenospecial') === undefined ? {} : { linenospecial: whole(get('linenospecial'), base.linenospecial) }),
  };
}

function whole(value: unknown, fallback: number): number {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isInteger(number) ? number : fallback;
}
