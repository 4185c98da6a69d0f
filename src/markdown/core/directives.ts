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
import type { BlockContent, DefinitionContent, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import { asciiAlphanumeric, asciiAlpha } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { classList, defaultTitle } from '../extensions/admonition/mdast.ts';
import type { Admonition } from '../extensions/admonition/mdast.ts';
import { defaultSummary } from '../extensions/details/mdast.ts';
import type { Details } from '../extensions/details/mdast.ts';
import type { MarkdownExtension } from '../types.ts';

const COLON = 58;
const DASH = 45;
const UNDERSCORE = 95;

export interface DirectiveTargets {
  /** `admonition` is enabled: `:::name` becomes an admonition of type `name`. */
  readonly admonition: boolean;
  /** `pymdownx.details` is enabled: `:::details` becomes a details block. */
  readonly details: boolean;
}

/** The layers for the enabled targets; empty when neither is enabled. */
export function directiveAliases(targets: DirectiveTargets): MarkdownExtension {
  if (!targets.admonition && !targets.details) return {};
  return {
    micromark: [directiveSyntax(targets)],
    fromMarkdown: [directiveFromMarkdown(), { transforms: [(tree: Root) => convert(tree, targets)] }],
  };
}

/** micromark-extension-directive's flow constructs, behind a gate on the container's name. */
export function directiveSyntax(targets: DirectiveTargets): Extension {
  const flow = directive().flow?.[COLON];
  if (!flow) return {};
  const gate: Construct = { partial: true, tokenize: (effects, ok, nok) => tokenizeGate(effects, ok, nok, targets) };
  const alias: Construct = {
    name: 'directiveContainerAlias',
    // Like the wrapped container: lines inside are never lazy paragraph continuations.
    concrete: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      return (code) => effects.check(gate, effects.attempt(flow, ok, nok), nok)(code);
    },
  };
  return { flow: { [COLON]: alias } };
}

/** `details` is a details block when that extension is on, else (like any name) an admonition type. */
export function handled(name: string, targets: DirectiveTargets): boolean {
  return targets.admonition || (targets.details && name.toLowerCase() === 'details');
}

/** `|:::note[...]`: three or more colons and a name we convert; reads, keeps nothing. */
function tokenizeGate(effects: Effects, ok: State, nok: State, targets: DirectiveTargets): State {
  let colons = 0;
  let name = '';
  return sequence;

  function sequence(code: Code): State | undefined {
    if (code === COLON) {
      colons++;
      effects.consume(code);
      return sequence;
    }
    return colons >= 3 && asciiAlpha(code) ? nameInside(code) : nok(code);
  }

  function nameInside(code: Code): State | undefined {
    if (code !== null && (asciiAlphanumeric(code) || code === DASH || code === UNDERSCORE)) {
      name += String.fromCharCode(code);
      effects.consume(code);
      return nameInside;
    }
    return handled(name, targets) ? ok(code) : nok(code);
  }
}

/** Replaces every container directive (all are handled, see the gate) by its block node. */
function convert(parent: Root | ContainerDirective | { children: RootContent[] }, targets: DirectiveTargets): undefined {
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
