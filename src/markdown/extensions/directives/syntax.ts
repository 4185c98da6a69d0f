/**
 * The tokenizer of the `:::name` container aliases: micromark-extension-directive's flow
 * construct, behind a gate that only lets through the names we convert.
 *
 * `:::note[Hi]` (admonition on) -> a containerDirective token stream; `:::other` -> nok, stays text.
 */
import { directive } from 'micromark-extension-directive';
import { asciiAlphanumeric, asciiAlpha } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';


export interface DirectiveTargets {
  /** `admonition` is enabled: `:::name` becomes an admonition of type `name`. */
  readonly admonition: boolean;
  /** `pymdownx.details` is enabled: `:::details` becomes a details block. */
  readonly details: boolean;
}

/** micromark-extension-directive's flow constructs, behind a gate on the container's name. */
export function directiveSyntax(targets: DirectiveTargets): Extension {
  const flow = directive().flow?.[codes.colon];
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
  return { flow: { [codes.colon]: alias } };
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
    if (code === codes.colon) {
      colons++;
      effects.consume(code);
      return sequence;
    }
    return colons >= 3 && asciiAlpha(code) ? nameInside(code) : nok(code);
  }

  function nameInside(code: Code): State | undefined {
    if (code !== null && (asciiAlphanumeric(code) || code === codes.dash || code === codes.underscore)) {
      name += String.fromCharCode(code);
      effects.consume(code);
      return nameInside;
    }
    return handled(name, targets) ? ok(code) : nok(code);
  }
}
