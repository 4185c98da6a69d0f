/**
 * Generic-directive container aliases for the block containers:
 *
 * ```markdown
 * :::note[Read *this*]{.inline .end}      ->  same node as  !!! note inline end "Read *this*"
 * Body, not indented.
 * :::
 *
 * :::details[Summary]{.tip open}          ->  same node as  ???+ tip "Summary"
 * Body.
 * :::
 * ```
 *
 * Python-Markdown knows no directives, so this is a deliberate extension, kept as small as
 * possible: only the *container* form (`:::name`) is tokenized, and only for names we turn
 * into a details block (`details`, when `pymdownx.details` is enabled) or an admonition (any
 * other name, when `admonition` is). Text (`:name`) and leaf (`::name`) directives are never
 * tokenized at all, so `10:30`, `re:Invent`, `a:b[c]` or `::x` stay exactly the text (and
 * links, emphasis...) Python-Markdown makes of them, and an unhandled `:::other` stays a
 * paragraph: there is nothing to restore because nothing was taken.
 */
import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { MarkdownExtension } from '../../types.ts';
import { convert } from './from-markdown.ts';
import { directiveSyntax, type DirectiveTargets } from './syntax.ts';

/** The layers for the enabled targets; empty when neither is enabled. */
export function directiveAliases(targets: DirectiveTargets): MarkdownExtension {
  // Pages with `:::` lines are not cut (core/chunked-parse.ts): the pieces never hold one.
  if (!targets.admonition && !targets.details) return { pieces: true };
  return {
    pieces: true,
    micromark: [directiveSyntax(targets)],
    fromMarkdown: [directiveFromMarkdown(), { transforms: [(tree: Root) => convert(tree, targets)] }],
  };
}
