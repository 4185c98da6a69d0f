/**
 * `[[Page Name]]` in text -> a link to `base_url + Page_Name + end_url`, as Python-Markdown's
 * wikilinks inline pattern does (letters, digits, `_`, `-` and spaces only; `[[ ]]` vanishes).
 * The meta extension's `wiki_base_url`, `wiki_end_url` and `wiki_html_class` win over options.
 *
 * ```md
 * See [[Getting Started]].  ->  <p>See <a class="wikilink" href="/Getting_Started/">Getting Started</a>.</p>
 * ```
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import type {} from '../meta/index.ts';
import { buildUrl, type WikilinksOptions } from './options.ts';
import { joinSpanning } from './spanning.ts';

const WIKILINK = /\[\[([\p{L}\p{N}_ -]+)\]\]/gu;

export function remarkWikilinks(options: WikilinksOptions) {
  return (tree: Root, file: VFile): undefined => {
    if (options.unknownBuildUrl !== undefined) {
      file.message(`wikilinks: build_url \`${options.unknownBuildUrl}\` is a Python function we cannot run; using the default build_url`, { ruleId: 'wikilinks-build-url' });
    }
    const meta = file.data.markdownMeta ?? {};
    const base = meta['wiki_base_url']?.[0] ?? options.baseUrl;
    const end = meta['wiki_end_url']?.[0] ?? options.endUrl;
    const className = meta['wiki_html_class']?.[0] ?? options.htmlClass;
    const link = (label: string, children: PhrasingContent[]): Link => {
      const node: Link = { type: 'link', url: buildUrl(label, base, end), children };
      if (className !== '') node.data = { hProperties: { className: className.split(/\s+/) } };
      return node;
    };
    const source = String(file.value);
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell' && node.type !== 'link' && node.type !== 'emphasis' && node.type !== 'strong') return;
      const joined = joinSpanning(node, source, link);
      if (joined) node.children = joined;
    });
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[[')) return;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(WIKILINK)) {
        if (match.index > last) replacement.push({ type: 'text', value: node.value.slice(last, match.index) });
        last = match.index + match[0].length;
        const label = (match[1] ?? '').trim();
        if (label === '') continue;
        replacement.push(link(label, [{ type: 'text', value: label }]));
      }
      if (last === 0) return;
      if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
