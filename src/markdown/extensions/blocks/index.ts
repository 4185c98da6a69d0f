/**
 * PyMdown's Blocks: `pymdownx.blocks.admonition`, `.details`, `.tab`, `.html`, `.definition`
 * and `.caption` share one `/// name | argument` container (syntax.ts) and one transform; each
 * mkdocs.yml key adds its block types. The first enabled key of BLOCKS_KEYS brings the shared
 * layers with every enabled type, the others add nothing, so the container is registered once.
 *
 * ```markdown
 * /// warning | Careful
 * Hot.
 * ///
 * ```
 * -> `<div class="admonition warning"><p class="admonition-title">Careful</p><p>Hot.</p></div>`
 */
import type { ExtensionContext, ExtensionFactory } from '../../types.ts';
import { admonitionKinds } from './admonition/index.ts';
import { captionKinds, captionNumbering } from './caption/index.ts';
import { definitionKind } from './definition/index.ts';
import { fancylistsKind } from '../fancylists/block.ts';
import { detailsKinds } from './details/index.ts';
import { blockFenceFromMarkdown } from './from-markdown.ts';
import { htmlKind } from './html/index.ts';
import type { BlockKind } from './kind.ts';
import { blockFenceSyntax, type HeaderRule } from './syntax.ts';
import { tabKind } from './tab/index.ts';
import { tabSlugPasses } from '../tabbed/index.ts';
import { resolveSlugify } from '../tabbed/slugify-option.ts';
import { numberTabbedSets } from '../tabbed/number.ts';
import { blockHandlers } from './to-hast.ts';
import { remarkBlocks } from './transform.ts';
import { remarkUnknownBlocks } from './unknown.ts';

export const BLOCKS_KEYS = [
  'pymdownx.blocks.admonition',
  'pymdownx.blocks.details',
  'pymdownx.blocks.tab',
  'pymdownx.blocks.html',
  'pymdownx.blocks.definition',
  'pymdownx.blocks.caption',
  // Last: it brings the shared layers only when no pymdownx.blocks key is enabled.
  'pymdownx.fancylists',
] as const;

type BlocksKey = (typeof BLOCKS_KEYS)[number];

function kindsOf(key: BlocksKey, options: Readonly<Record<string, unknown>>, context: ExtensionContext): BlockKind[] {
  switch (key) {
    case 'pymdownx.blocks.admonition':
      return admonitionKinds(options);
    case 'pymdownx.blocks.details':
      return detailsKinds(options);
    case 'pymdownx.blocks.tab':
      return [tabKind({ alternate: options['alternate_style'] === true, slugify: resolveSlugify(options['slugify']) !== undefined, tabbedAlternate: tabbedAlternate(context) })];
    case 'pymdownx.blocks.html':
      return [htmlKind(options)];
    case 'pymdownx.blocks.definition':
      return [definitionKind()];
    case 'pymdownx.blocks.caption':
      return captionKinds(options);
    case 'pymdownx.fancylists':
      return [fancylistsKind(options)];
  }
}

/** pymdownx.tabbed's style when it is enabled: its sets and `/// tab` sets of the same style mix (tab/joined.ts). */
function tabbedAlternate(context: ExtensionContext): boolean | undefined {
  return context.has('pymdownx.tabbed') ? context.optionsOf('pymdownx.tabbed')?.['alternate_style'] === true : undefined;
}

/**
 * Whether the old-style processor enabled with it dedents indented blocks below the element into
 * it: admonition's looks for a last `div` whose class holds `admonition`, pymdownx.details' for a
 * last `<details>`, pymdownx.tabbed's for a last set with its class (the same style).
 */
function takesIndentedTail(key: BlocksKey, kind: BlockKind, context: ExtensionContext): boolean {
  if (key === 'pymdownx.blocks.admonition') return context.has('admonition');
  if (key === 'pymdownx.blocks.details') return context.has('pymdownx.details');
  return key === 'pymdownx.blocks.tab' && kind.adopt !== undefined;
}

function tabbedSlugs(context: ExtensionContext): boolean {
  return context.has('pymdownx.tabbed') && resolveSlugify(context.optionsOf('pymdownx.tabbed')?.['slugify']) !== undefined;
}

/** The factory of one mkdocs.yml key. */
export function blocks(key: BlocksKey): ExtensionFactory {
  return (context: ExtensionContext) => {
    const enabled = BLOCKS_KEYS.filter((other) => context.has(other));
    if (enabled[0] !== key) return {};
    const kinds = new Map<string, BlockKind>();
    const tails = new Set<string>();
    for (const other of enabled) {
      for (const kind of kindsOf(other, context.optionsOf(other) ?? {}, context)) {
        kinds.set(kind.name, kind);
        if (takesIndentedTail(other, kind, context)) tails.add(kind.name);
      }
    }
    const names = new Map<string, HeaderRule>([...kinds].map(([name, kind]) => [name, { argument: kind.argument, accepts: kind.accepts, tail: tails.has(name) }]));
    const captionOptions = context.optionsOf('pymdownx.blocks.caption');
    const finish = captionOptions && captionOptions['auto'] !== false ? [captionNumbering(captionOptions)] : [];
    // `===` sets that joined a `/// tab` set were counted by pymdownx.tabbed's pass before: count again.
    if (kinds.get('tab')?.adopt) finish.push(numberTabbedSets);
    return {
      micromark: [blockFenceSyntax(names)],
      fromMarkdown: [blockFenceFromMarkdown()],
      remark: [[remarkUnknownBlocks, new Set(names.keys())], [remarkBlocks, { kinds, finish }]],
      handlers: blockHandlers,
      // PyMdown registers one `tab_slugs` pass for both tab extensions (the last one loaded wins);
      // with pymdownx.tabbed slugging too, its pass covers every tab set.
      rehypeAfterToc: tabbedSlugs(context) ? [] : tabSlugPasses(context.optionsOf('pymdownx.blocks.tab') ?? {}),
    };
  };
}
