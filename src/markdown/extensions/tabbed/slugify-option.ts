/**
 * The `slugify` option of pymdownx.tabbed / pymdownx.blocks.tab, a Python function named in
 * mkdocs.yml, as a TypeScript function: PyMdown's configurable `pymdownx.slugs.slugify`
 * (`!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}`), its deprecated
 * shortcuts (`uslugify`...) and Python-Markdown's `toc.slugify` / `slugify_unicode`.
 *
 * `slugify {case: lower}` on `Tab One!` with `-` -> `tab-one`
 */
import { pythonName } from '../superfences/python-name.ts';
import { slugify as tocSlugify } from '../toc/slugify.ts';

export type Slugify = (text: string, separator: string) => string;

interface SlugsOptions {
  readonly case: string;
  readonly percentEncode: boolean;
  readonly normalize: 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
}

/** PyMdown's `_uslugify`: strip tags, normalize, case, drop non-word characters, spaces to `separator`. */
function pymdownSlug(text: string, separator: string, options: SlugsOptions): string {
  let slug = text.normalize(options.normalize).replace(/<\/?[^>]*>/gu, '').trim();
  if (options.case === 'lower') slug = slug.toLowerCase();
  else if (options.case === 'lower-ascii') slug = slug.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  else if (options.case === 'fold') slug = slug.toLowerCase();
  slug = slug.replace(/[^\p{L}\p{N}_\- ]/gu, '').replaceAll(' ', separator);
  return options.percentEncode ? encodeURIComponent(slug).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : slug;
}

const NAMED: Readonly<Record<string, Partial<SlugsOptions>>> = {
  uslugify: { case: 'lower' },
  uslugify_encoded: { case: 'lower', percentEncode: true },
  uslugify_cased: {},
  uslugify_cased_encoded: { percentEncode: true },
  gfm: { case: 'lower-ascii' },
  gfm_encoded: { case: 'lower-ascii', percentEncode: true },
};

/** undefined when the option is unset (tabs keep their `__tabbed_N_M` ids) or names nothing we know. */
export function resolveSlugify(raw: unknown): Slugify | undefined {
  const { name, kwds } = pythonName(raw);
  if (name === undefined) return undefined;
  const short = name.replace(/^pymdownx\.slugs\./, '');
  if (name === 'markdown.extensions.toc.slugify') return (text, separator) => tocSlugify(text, separator, false);
  if (name === 'markdown.extensions.toc.slugify_unicode') return (text, separator) => tocSlugify(text, separator, true);
  const preset = short === 'slugify' ? fromKwds(kwds) : NAMED[short];
  if (!preset) return undefined;
  const options: SlugsOptions = { case: 'none', percentEncode: false, normalize: 'NFC', ...preset };
  return (text, separator) => pymdownSlug(text, separator, options);
}

function fromKwds(kwds: Readonly<Record<string, unknown>>): Partial<SlugsOptions> {
  const normalize = kwds['normalize'];
  return {
    ...(typeof kwds['case'] === 'string' ? { case: kwds['case'] } : {}),
    ...(kwds['percent_encode'] === true ? { percentEncode: true } : {}),
    ...(normalize === 'NFC' || normalize === 'NFD' || normalize === 'NFKC' || normalize === 'NFKD' ? { normalize } : {}),
  };
}
