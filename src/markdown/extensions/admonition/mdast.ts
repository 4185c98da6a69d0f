/**
 * mdast nodes of the admonition extension, registered so `visit(tree, 'admonition', ...)` is typed.
 *
 * `!!! note "Hi"` -> `{type: 'admonition', classes: ['note'], children: [{type: 'admonitionTitle', children: [text 'Hi']}, ...]}`
 */
import type { BlockContent, DefinitionContent, Parent, PhrasingContent } from 'mdast';

export interface Admonition extends Parent {
  type: 'admonition';
  /** Lowercased classes after `admonition`, the first being the type: `['note', 'inline', 'end']`. */
  classes: string[];
  /** The title comes first when there is one (`!!! note ""` has none). */
  children: Array<AdmonitionTitle | BlockContent | DefinitionContent>;
}

export interface AdmonitionTitle extends Parent {
  type: 'admonitionTitle';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface BlockContentMap {
    admonition: Admonition;
  }
  interface RootContentMap {
    admonition: Admonition;
    admonitionTitle: AdmonitionTitle;
  }
}

/** Python-Markdown's class list: lowercased, runs of spaces collapsed. */
export function classList(classes: string): string[] {
  return classes.toLowerCase().split(/ +/).filter((name) => name !== '');
}

/** Python's `str.capitalize()`: the default title of `!!! note` is `Note`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The title Python-Markdown derives from the type when none is written. */
export function defaultTitle(classes: readonly string[]): AdmonitionTitle {
  return { type: 'admonitionTitle', children: [{ type: 'text', value: capitalize(classes[0] ?? '') }] };
}
