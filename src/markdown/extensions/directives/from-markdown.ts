/**
 * Turns the container directives the gate let through into the nodes of the extensions they
 * alias, so the admonition and details handlers draw them.
 *
 * `:::details[Sum]{open}` -> `{type: 'details', open: true, children: [detailsSummary 'Sum', ...]}`
 */
import type { BlockContent, DefinitionContent, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { classList, defaultTitle, type Admonition } from '../admonition/mdast.ts';
import { defaultSummary, type Details } from '../details/mdast.ts';
import type { DirectiveTargets } from './syntax.ts';

/** Replaces every container directive (all are handled, see the gate) by its block node. */
export function convert(parent: Root | ContainerDirective | { children: RootContent[] }, targets: DirectiveTargets): undefined {
  parent.children = parent.children.map((child): RootContent => {
    if ('children' in child) convert(child, targets);
    if (child.type !== 'containerDirective') return child;
    return child.name.toLowerCase() === 'details' && targets.details ? toDetails(child) : toAdmonition(child);
  });
}

interface Parts {
  readonly label: Paragraph | undefined;
  readonly body: Array<BlockContent | DefinitionContent>;
  readonly classes: string[];
}

/** The label paragraph (mdast-util-directive's first child), the body, and `{.class}` names. */
function parts(node: ContainerDirective): Parts {
  const [first, ...rest] = node.children;
  const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
  const classes = classList(node.attributes?.['class'] ?? '');
  return { label: labelled ? first : undefined, body: labelled ? rest : node.children, classes };
}

function toAdmonition(node: ContainerDirective): Admonition {
  const { label, body, classes: extra } = parts(node);
  const classes = [...classList(node.name), ...extra];
  // `:::note[]` is the empty title of `!!! note ""`: no title at all.
  const title = label ? (label.children.length > 0 ? [{ type: 'admonitionTitle' as const, children: label.children }] : []) : [defaultTitle(classes)];
  const admonition: Admonition = { type: 'admonition', classes, children: [...title, ...body] };
  if (node.position) admonition.position = node.position;
  return admonition;
}

function toDetails(node: ContainerDirective): Details {
  const { label, body, classes } = parts(node);
  const summary = label ? { type: 'detailsSummary' as const, children: label.children } : classes.length > 0 ? defaultSummary(classes) : defaultSummary(['details']);
  const open = node.attributes ? 'open' in node.attributes : false;
  const details: Details = { type: 'details', classes, open, children: [summary, ...body] };
  if (node.position) details.position = node.position;
  return details;
}
