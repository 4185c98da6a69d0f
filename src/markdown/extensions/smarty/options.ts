/**
 * smarty options as mkdocs.yml writes them, with Python-Markdown's defaults: dashes, quotes and
 * ellipses on, angled quotes off; `substitutions` replaces any of the default entities.
 */
import { boolOption } from '../python-config.ts';

export interface SmartyOptions {
  readonly quotes: boolean;
  readonly angledQuotes: boolean;
  readonly dashes: boolean;
  readonly ellipses: boolean;
  /** Output (raw HTML) per substitution name: `mdash`, `left-single-quote`... */
  readonly substitutions: Readonly<Record<SubstitutionName, string>>;
}

export const SUBSTITUTION_NAMES = [
  'mdash', 'ndash', 'ellipsis', 'left-angle-quote', 'right-angle-quote',
  'left-single-quote', 'right-single-quote', 'left-double-quote', 'right-double-quote',
] as const;
export type SubstitutionName = (typeof SUBSTITUTION_NAMES)[number];

const DEFAULTS: Readonly<Record<SubstitutionName, string>> = {
  mdash: '&mdash;',
  ndash: '&ndash;',
  ellipsis: '&hellip;',
  'left-angle-quote': '&laquo;',
  'right-angle-quote': '&raquo;',
  'left-single-quote': '&lsquo;',
  'right-single-quote': '&rsquo;',
  'left-double-quote': '&ldquo;',
  'right-double-quote': '&rdquo;',
};

export function smartyOptions(raw: Readonly<Record<string, unknown>>): SmartyOptions {
  const given = raw['substitutions'];
  const substitutions = { ...DEFAULTS };
  if (typeof given === 'object' && given !== null) {
    for (const [name, value] of Object.entries(given)) {
      const known = SUBSTITUTION_NAMES.find((candidate) => candidate === name);
      if (known !== undefined && typeof value === 'string') substitutions[known] = value;
    }
  }
  return {
    quotes: boolOption(raw['smart_quotes'], true),
    angledQuotes: boolOption(raw['smart_angled_quotes'], false),
    dashes: boolOption(raw['smart_dashes'], true),
    ellipses: boolOption(raw['smart_ellipses'], true),
    substitutions,
  };
}
