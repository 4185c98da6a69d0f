/**
 * mdx_truly_sane_lists' options as written in mkdocs.yml (mdx_truly_sane_lists 1.3,
 * `TrulySaneListExtension.config`): `nested_indent` (2) and `truly_sane` (true). Python refuses
 * an unknown key (its setConfig raises); here it is a warning and the rest still apply.
 */

export interface TrulySaneListsOptions {
  /** The list processors' tab_length: the indent that nests an item or continues it. */
  readonly nestedIndent: number;
  /** An unordered list does not take the items after a blank line (a new list starts). */
  readonly trulySane: boolean;
}

const KNOWN = new Set(['nested_indent', 'truly_sane']);

export function trulySaneListsOptions(raw: Readonly<Record<string, unknown>>): { options: TrulySaneListsOptions; warnings: string[] } {
  const warnings: string[] = [];
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) warnings.push(`unknown option "${key}" (Python-Markdown refuses it), ignored`);
  const indent = raw['nested_indent'];
  const indentOk = typeof indent === 'number' && Number.isInteger(indent) && indent >= 1 && indent <= 16;
  if (indent !== undefined && !indentOk) warnings.push(`nested_indent must be a whole number from 1 to 16, found ${JSON.stringify(indent)}; 2 is used`);
  const sane = raw['truly_sane'];
  const saneValue = booleanValue(sane);
  if (sane !== undefined && saneValue === undefined) warnings.push(`truly_sane must be true or false, found ${JSON.stringify(sane)}; true is used`);
  return { options: { nestedIndent: indentOk ? indent : 2, trulySane: saneValue ?? true }, warnings };
}

/**
 * Python-Markdown's `parseBoolValue` for a boolean option: a string `yes`/`no`, `on`/`off`,
 * `1`/`0`...; a number or null as Python's `bool()`. Undefined for a string it refuses.
 */
function booleanValue(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return undefined;
  const word = value.toLowerCase();
  if (['true', 'yes', 'y', 'on', '1'].includes(word)) return true;
  if (['false', 'no', 'n', 'off', '0', 'none'].includes(word)) return false;
  return undefined;
}
