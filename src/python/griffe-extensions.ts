/**
 * griffe extensions (mkdocstrings-python's `extensions` option): none runs here but griffe's
 * built-in dataclasses one (dataclasses.ts), which griffe always runs. Named in one warning,
 * for the whole site when the handler's options list them, at a block when the block does.
 *
 * ```yaml
 * extensions: [griffe_pydantic, {griffe_inherited_docstrings: {merge: true}}, docs/my_ext.py]
 * ```
 */

/** The problem to report about an `extensions` value (names, `{name: options}` or paths to scripts); undefined when it names none. */
export function extensionsProblem(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value]).flatMap((item): string[] => (typeof item === 'string' ? [item] : typeof item === 'object' && item !== null ? Object.keys(item) : []));
  if (names.length === 0) return undefined;
  return `griffe ${names.length === 1 ? 'extension' : 'extensions'} ${names.map((name) => `'${name}'`).join(', ')} ${names.length === 1 ? 'is' : 'are'} not run here (only griffe's built-in dataclasses one is): what ${names.length === 1 ? 'it adds or changes' : 'they add or change'} in the API reference is missing`;
}
