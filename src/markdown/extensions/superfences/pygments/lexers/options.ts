/**
 * Pygments' option readers (pygments/util.py, Pygments 2.20.0), for lexers that take options
 * through pymdownx.highlight's `extend_pygments_lang`:
 *
 *     booleanOption('off', true)   ->   false     (get_bool_opt)
 */

/** get_bool_opt: a boolean, or the strings Pygments accepts for one. */
export function booleanOption(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return fallback;
  const lowered = value.toLowerCase();
  if (['1', 'yes', 'true', 'on'].includes(lowered)) return true;
  if (['0', 'no', 'false', 'off'].includes(lowered)) return false;
  return fallback;
}

/** get_list_opt: a list, or a space-separated string. */
export function listOption(value: unknown, fallback: readonly string[]): readonly string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter((item) => item !== '');
  if (Array.isArray(value)) return value.map(String);
  return fallback;
}

/**
 * get_choice_opt: one of `allowed`, as written. Pygments raises an OptionError for any other
 * value; a code block here keeps the default instead.
 */
export function choiceOption<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((choice) => choice === value) ?? fallback;
}
