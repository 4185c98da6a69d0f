/**
 * The theme's UI labels per language: one table per language, picked by `theme.language`
 * (Material's BCP 47 tags), English filling any gap. A site's own
 * `custom_dir/partials/languages/<lang>.html` is read by src/site/labels.ts and laid over
 * the table with {@link withOverrides}.
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { CLIENT_KEYS, isLabelKey, LABEL_KEYS, type LabelKey, type LabelTable } from './keys.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { ptBR } from './pt-br.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

import { clientLabels } from './client-labels.ts';
import { enClient } from './en-client.ts';

export { clientLabels, parseClientLabels } from './client-labels.ts';
export { CLIENT_KEYS, isLabelKey, LABEL_KEYS, type LabelKey, type LabelTable };

/** Every shipped table by its lower-case tag. */
export const LANGUAGE_TABLES: Readonly<Record<string, LabelTable>> = {
  en, de, fr, es, pt, 'pt-br': ptBR, it, nl, pl, ru, uk, ja, zh, ko, tr, ar,
};

/** Languages written right to left, by primary subtag (for override files that omit `direction`). */
const RTL = new Set(['ar', 'arc', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The shipped table for a tag: the exact tag (`pt-BR`), else its primary subtag (`de-CH` ->
 * `de`), else undefined (the caller warns and uses English).
 *
 * @example builtinTable('pt_BR')?.['footer.next'] // 'Próximo'
 */
export function builtinTable(tag: string): LabelTable | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  return LANGUAGE_TABLES[lower] ?? LANGUAGE_TABLES[lower.split('-')[0] ?? ''];
}

/** `rtl` for Arabic, Hebrew, Persian, Urdu...; `ltr` otherwise. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL.has(tag.trim().toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * `base` with a site's own labels laid over it. Keys we do not draw (Material's RSS or
 * consent labels) are ignored; `direction` is kept only when it is `ltr` or `rtl`.
 */
export function withOverrides(base: LabelTable, overrides: ReadonlyMap<string, string>): LabelTable {
  const table: Record<LabelKey, string> = { ...base };
  for (const [key, value] of overrides) {
    if (!isLabelKey(key)) continue;
    if (key === 'direction' && value !== 'ltr' && value !== 'rtl') continue;
    table[key] = value;
  }
  return table;
}

/**
 * The body's `data-md-translations` attribute: the site's client labels that differ from English,
 * which the scripts fill in themselves (parseClientLabels); none for an English site (no
 * attribute). Here, not in client-labels.ts, which the scripts import: the key list stays out of them.
 *
 * @example clientLabelsAttribute(en) // undefined
 * @example clientLabelsAttribute(fr) // '{"annotation":"Annotation #",...}' (the French ones)
 */
export function clientLabelsAttribute(table: LabelTable): string | undefined {
  const labels = clientLabels(table);
  const changed = CLIENT_KEYS.filter((key) => labels[key] !== enClient[key]);
  return changed.length > 0 ? JSON.stringify(Object.fromEntries(changed.map((key) => [key, labels[key]]))) : undefined;
}

/** A label lookup; `#` in the label is replaced by `value` (a count, a query), as in Material. */
export type Translate = (key: LabelKey, value?: string | number) => string;

/**
 * The `t(key)` of one site, over its resolved table.
 *
 * @example translator(fr)('search.result.other', 3) // '3 pages correspondantes'
 */
export function translator(table: LabelTable): Translate {
  return (key, value) => {
    const text = table[key];
    return value === undefined ? text : text.replaceAll('#', String(value));
  };
}
