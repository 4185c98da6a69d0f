/**
 * mkdocs.yml accepts `markdown_extensions` as a list (`- toc: {permalink: true}` or `- attr_list`)
 * or as a mapping (`toc: {permalink: true}`). Both become one ordered list of specs.
 *
 * Shared because both sides speak it: src/config reads the specs out of mkdocs.yml, and
 * src/markdown builds its pipeline from them. Neither owns the other (see ARCHITECTURE.md).
 */

/** One entry of mkdocs.yml's `markdown_extensions`, normalized from list or map form. */
export interface ExtensionSpec {
  /** The key as written in mkdocs.yml, e.g. `pymdownx.details`, `admonition`, `toc`. */
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * The ordered specs of a `markdown_extensions` value, in list or map form.
 *
 * `['attr_list', {toc: {permalink: true}}]` -> `[{name: 'attr_list', options: {}}, {name: 'toc', options: {permalink: true}}]`
 */
export function normalizeExtensions(raw: unknown): ExtensionSpec[] {
  const specs: ExtensionSpec[] = [];
  const add = (name: string, options: unknown): void => {
    specs.push({ name, options: isRecord(options) ? options : {} });
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item === 'string') add(item, {});
      else if (isRecord(item)) for (const [name, options] of Object.entries(item)) add(name, options);
    }
  } else if (isRecord(raw)) {
    for (const [name, options] of Object.entries(raw)) add(name, options);
  }
  return specs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
