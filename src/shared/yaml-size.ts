/**
 * How big a loaded YAML value is once its aliases are expanded. js-yaml shares one object for
 * every `*alias`, so a "billion laughs" document loads in microseconds, but anything that walks
 * the value as a tree (validation, JSON.stringify, the theme) would visit it billions of times.
 * Every YAML value we load (mkdocs.yml, front matter) is measured here first, and refused past
 * a limit far above any real config.
 *
 *   yamlTooLarge(load('a: &a [1, 2]\nb: [*a, *a]'), 100)   // undefined (7 values)
 *
 * Shared by src/config and src/markdown (it knows neither).
 */

/** Values in a YAML document: a real nav of 5,000 pages has about 20,000. */
export const MAX_YAML_VALUES = 1_000_000;

/** Why the value is refused, or undefined when it is within `limit` values and has no cycle. */
export function yamlTooLarge(value: unknown, limit: number = MAX_YAML_VALUES): string | undefined {
  let count = 0;
  const ancestors = new Set<object>();
  const stack: Array<{ value: unknown; leave?: object }> = [{ value }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item.leave !== undefined) {
      ancestors.delete(item.leave);
      continue;
    }
    if (++count > limit) return `it expands to more than ${limit.toLocaleString('en')} values (aliases that repeat aliases?)`;
    const current = item.value;
    if (typeof current !== 'object' || current === null) continue;
    if (ancestors.has(current)) return 'an alias refers to a value that contains it (a cycle)';
    ancestors.add(current);
    stack.push({ value: undefined, leave: current });
    const children = Array.isArray(current) ? current : current instanceof Map ? [...current.values()] : Object.values(current);
    for (const child of children) stack.push({ value: child });
  }
  return undefined;
}
