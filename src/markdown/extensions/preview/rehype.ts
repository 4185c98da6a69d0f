/**
 * The pass that marks links with `data-preview`, as Material's PreviewProcessor does: on a page
 * its `sources` filter admits, every `<a href>` but footnote references and links to other sites
 * whose target file (any file MkDocs may read the link as) the `targets` filter admits. It runs
 * where Material's treeprocessor runs (priority 0: after toc, before MkDocs rewrites `.md`
 * links), so it reads links as written and sees toc's permalinks and footnotes' back-links.
 *
 *   [Setup](setup.md#install)  ->  <a data-preview="" href="setup/#install">Setup</a>
 */
import type { Element, Properties, Root } from 'hast';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { visitHast } from '../../core/visit.ts';
import type { DocsFiles } from '../../types.ts';
import type { PreviewConfiguration } from './options.ts';
import { possibleTargets, splitHref } from './targets.ts';

function classList(node: Element): string {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/**
 * The link's properties with `data-preview`, in the place Python-Markdown's serializer gives it:
 * it writes an element's attributes sorted by name (`class`, `data-preview`, `href`, `title`).
 */
function withPreview(properties: Properties): Properties {
  const entries = Object.entries({ ...properties, dataPreview: '' });
  const name = (property: string) => find(html, property).attribute;
  entries.sort(([a], [b]) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  return Object.fromEntries(entries);
}

/** MkDocs' `File.url` of a page: our link index writes the home page's as ``, MkDocs as `./`. */
function mkdocsUrl(url: string): string {
  return url === '' ? './' : url;
}

export function rehypePreview(options: { readonly configurations: readonly PreviewConfiguration[]; readonly files: DocsFiles | undefined }) {
  const { configurations, files } = options;
  return (tree: Root, file: VFile): undefined => {
    const src = file.data.path;
    if (!files || src === undefined || configurations.length === 0) return;
    // The page itself must be a file of the site (a draft or excluded page is not).
    if (!files.has(src)) return;
    const url = mkdocsUrl(files.pageUrl(src) ?? src);
    const active = configurations.filter((configuration) => configuration.sources(src));
    if (active.length === 0) return;
    visitHast(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string' || href === '') return;
      // Material skips footnote references by a substring of the class attribute.
      if (classList(node).includes('footnote-ref')) return;
      const link = splitHref(href);
      if (link.external) return;
      const targets = possibleTargets(src, url, link.path, files.useDirectoryUrls).filter((target) => files.has(target));
      if (targets.some((target) => active.some((configuration) => configuration.targets(target)))) node.properties = withPreview(node.properties);
    });
  };
}
