/**
 * The mdast link MagicLink makes: `<a href title class>text</a>`, marked so the shortener knows
 * it came from a bare URL (PyMdown's temporary `magiclink` attribute).
 */
import type { Link } from 'mdast';
import { atomicText } from '../../inline/text-replace.ts';

declare module 'mdast' {
  interface LinkData {
    /** Made by MagicLink from a bare URL or `<url>` while `repo_url_shortener` is on. */
    magiclink?: boolean | undefined;
  }
}

export function magicLink(href: string, text: string, classes: readonly string[] = [], title?: string): Link {
  return {
    type: 'link',
    url: href,
    title: title ?? null,
    // PyMdown sets every MagicLink text as an AtomicString: later inline passes (smarty) skip it.
    children: [atomicText(text)],
    ...(classes.length > 0 ? { data: { hProperties: { className: [...classes] } } } : {}),
  };
}

/** The link's classes as PyMdown reads them back (`class.split(' ')`). */
export function classesOf(link: Link): string[] {
  const className = link.data?.hProperties?.['className'];
  return Array.isArray(className) ? className.map(String) : [];
}

export function setClasses(link: Link, classes: readonly string[]): void {
  const data = (link.data ??= {});
  const properties = (data.hProperties ??= {});
  properties['className'] = [...classes];
}
