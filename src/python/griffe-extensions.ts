/**
 * griffe extensions (mkdocstrings-python's `extensions` option): griffe's built-in dataclasses
 * one (dataclasses.ts), which griffe always runs, and griffe-inherited-docstrings (without its
 * `merge` option; the renderer applies it) run here; the others are named in one warning, for
 * the whole site when the handler's options list them, at a block when the block does.
 *
 * ```yaml
 * extensions: [griffe_pydantic, {griffe_inherited_docstrings: {merge: true}}, docs/my_ext.py]
 * ```
 */

/** What an `extensions` value turns on here, and the problem to report about the rest. */
export interface GriffeExtensions {
  /** griffe-inherited-docstrings: a class member without a docstring takes its nearest ancestor's. */
  readonly inheritedDocstrings: boolean;
  /** The extensions that do not run, named; undefined when all of them do. */
  readonly problem: string | undefined;
}

const INHERITED_DOCSTRINGS = 'griffe_inherited_docstrings';

/** Reads an `extensions` value: names, `{name: options}` or paths to scripts. */
export function readExtensions(value: unknown): GriffeExtensions {
  const entries = (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).flatMap((item): Array<[string, unknown]> => (typeof item === 'string' ? [[item, undefined]] : typeof item === 'object' && item !== null ? Object.entries(item) : []));
  let inheritedDocstrings = false;
  const unrun: string[] = [];
  for (const [name, options] of entries) {
    if (name !== INHERITED_DOCSTRINGS) unrun.push(`'${name}'`);
    else if (typeof options === 'object' && options !== null && 'merge' in options && options.merge === true) unrun.push(`'${name}' with merge: true`);
    else inheritedDocstrings = true;
  }
  const problem =
    unrun.length === 0
      ? undefined
      : `griffe ${unrun.length === 1 ? 'extension' : 'extensions'} ${unrun.join(', ')} ${unrun.length === 1 ? 'is' : 'are'} not run here (only griffe's built-in dataclasses one and ${INHERITED_DOCSTRINGS} are): what ${unrun.length === 1 ? 'it adds or changes' : 'they add or change'} in the API reference is missing`;
  return { inheritedDocstrings, problem };
}
