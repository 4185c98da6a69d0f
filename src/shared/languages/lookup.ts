/**
 * Material's `lang.t(key)`: the label of the site's table, then an entry of its own language
 * partial that our table does not keep (`meta.comments`), then the template-only label in the
 * table's language (template-labels.ts), else the key itself, as Material 9.7's
 * partials/language.html ends: `lang.t(key) or fallback.t(key) or key` (an empty label falls
 * through too). Templates (src/site/templates) and the `__config` script's labels both use it.
 *
 * @example labelLookup(en, new Map([['meta.comments', 'Discuss']]))('meta.comments') // 'Discuss'
 */
import { isLabelKey, type LabelTable } from './keys.ts';
import { templateLabels } from './template-labels.ts';

export function labelLookup(labels: LabelTable, own: ReadonlyMap<string, string> = new Map()): (key: unknown) => string {
  const more: Readonly<Record<string, string>> = templateLabels(labels.language);
  return (key) => {
    if (typeof key !== 'string') return '';
    if (isLabelKey(key)) return labels[key] || key;
    return own.get(key) || (Object.hasOwn(more, key) ? more[key] : undefined) || key;
  };
}
