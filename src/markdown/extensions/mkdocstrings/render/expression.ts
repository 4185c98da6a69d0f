/**
 * mkdocstrings-python's `expression.html` template: an annotation, default or base with each
 * name in it as an optional cross-reference to its canonical path (src/python/expressions.ts,
 * scopes.ts), which autorefs makes a link when some page has a heading of that id and a
 * `<span title="…">` otherwise (src/site/autorefs.ts). `annotations_path` chooses the text:
 *
 * ```html
 * <!-- `models.User` in pkg.api, which does `from pkg import models` -->
 * brief:  <autoref identifier="pkg.models.User" optional hover>User</autoref>
 * source: <autoref identifier="pkg.models" optional hover>models</autoref>.<autoref identifier="pkg.models.User" optional hover>User</autoref>
 * full:   <autoref identifier="pkg" optional>pkg</autoref>.<autoref identifier="pkg.models" optional hover>models</autoref>.<autoref identifier="pkg.models.User" optional hover>User</autoref>
 * ```
 * `hover` marks a reference whose text is not its whole identifier. With `signature_crossrefs`,
 * a call's keyword arguments reference the parameters they name (`field(default=…)`). The text between names is
 * kept as written (griffe writes its expressions anew: `Optional[int]` either way, spacing may
 * differ).
 */
import type { ElementContent } from 'hast';
import { splitExpression, type Keyword, type NameChain } from '../../../../python/expressions.ts';
import { Scope } from '../../../../python/scopes.ts';
import { element, text } from '../../superfences/hast.ts';
import type { AnnotationsPath } from '../options.ts';
import type { Documented, RenderContext } from './context.ts';

/** One cross-reference: its text and identifier (`hover` follows from them). */
export interface Crossref {
  readonly title: string;
  readonly identifier: string;
}

/** An expression as the template writes it: text and cross-references. */
export type ExpressionPiece = string | Crossref;

/** The expressions of one object: each split and resolved in its scope. */
export interface Expressions {
  /** An annotation (strings in it read as expressions, as griffe's `get_annotation`). */
  annotation(source: string): ExpressionPiece[];
  /** A default value, an attribute's value or a base class. */
  value(source: string): ExpressionPiece[];
}

export function expressionsOf(item: Pick<Documented, 'object' | 'module'>, ctx: RenderContext): Expressions {
  // Found on first use: most objects' docstrings have no types to draw.
  let scope: Scope | undefined;
  const pieces = (source: string, annotation: boolean) =>
    splitExpression(source, annotation).flatMap((part): ExpressionPiece[] => {
      if (typeof part === 'string') return [part];
      scope ??= new Scope(item.module, item.object);
      return 'names' in part ? chainPieces(part, scope, ctx.options.annotationsPath) : [keywordPiece(part, scope, ctx.options.signatureCrossrefs)];
    });
  return { annotation: (source) => pieces(source, true), value: (source) => pieces(source, false) };
}

/** The pieces as `<autoref>` markers, outside signatures (where the template always writes them). */
export function drawPieces(pieces: readonly ExpressionPiece[]): ElementContent[] {
  return pieces.map((piece) => (typeof piece === 'string' ? text(piece) : autoref(piece)));
}

export function autoref({ title, identifier }: Crossref): ElementContent {
  return element('autoref', { identifier, optional: true, ...(title === identifier ? {} : { hover: true }) }, [text(title)]);
}

/** The template's `render` of an ExprName (one name) or ExprAttribute (a chain). */
function chainPieces(chain: NameChain, scope: Scope, mode: AnnotationsPath): ExpressionPiece[] {
  const paths = scope.canonicalPaths(chain);
  const last = paths.at(-1) ?? '';
  if (chain.names.length === 1 || mode === 'brief') {
    const title = mode === 'brief' ? canonicalName(last) : mode === 'source' ? (chain.names[0] ?? '') : last;
    return crossref(title, last);
  }
  // An attribute: its first name as `mode` says, the others by their own names.
  const out: ExpressionPiece[] = crossref(mode === 'full' ? (paths[0] ?? '') : (chain.names[0] ?? ''), paths[0] ?? '');
  chain.names.slice(1).forEach((name, index) => out.push('.', ...crossref(name, paths[index + 1] ?? '')));
  return out;
}

/**
 * The `param_crossref` macro: with `signature_crossrefs`, a call's keyword argument references
 * that parameter of what is called (`dataclasses.field(default)`), in signatures and out.
 */
function keywordPiece({ keyword, callee }: Keyword, scope: Scope, crossrefs: boolean): ExpressionPiece {
  const function_ = callee === undefined ? undefined : scope.canonicalPaths(callee).at(-1);
  return crossrefs && function_ !== undefined ? { title: keyword, identifier: `${function_}(${keyword})` } : keyword;
}

/** griffe's `canonical_name`: the last name of the path. */
function canonicalName(path: string): string {
  const name = path.split('.').at(-1) ?? path;
  return name.split('(').at(-1)?.replace(/\)$/, '') ?? name;
}

const PATH_PART = /([.(]?)([\p{L}\p{N}_]+)(\))?/gu;

/** The `crossref` macro with `split_path`: a dotted full path becomes one reference per part, each to the path so far. */
function crossref(title: string, full: string): ExpressionPiece[] {
  if (!/[().]/.test(title) || title !== full) return [{ title, identifier: full }];
  const out: ExpressionPiece[] = [];
  let current = '';
  for (const [, prefix = '', word = '', suffix = ''] of full.matchAll(PATH_PART)) {
    current = current === '' ? word : `${current}${prefix}${word}${suffix}`;
    if (prefix !== '') out.push(prefix);
    out.push({ title: word, identifier: current });
    if (suffix !== '') out.push(suffix);
  }
  return out;
}
