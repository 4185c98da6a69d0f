/**
 * One documented object drawn as mkdocstrings-python's material templates draw it
 * (`module.html`, `class.html`, `function.html`, `attribute.html`), so Material's and the
 * site's CSS for `.doc-*` applies:
 *
 * ```html
 * <div class="doc doc-object doc-class">
 *   <h2 id="pkg.Client" class="doc doc-heading" data-toc-label="Client"><code>Client</code> <span class="doc doc-labels">…</span></h2>
 *   <div class="doc doc-contents first">
 *     <p class="doc doc-class-bases">Bases: <code>Base</code></p>
 *     …docstring…  <details class="quote"><summary>Source code in <code>src/pkg/client.py</code></summary>…</details>
 *     <div class="doc doc-children">…members…</div>
 *   </div>
 * </div>
 * ```
 * The root object without `show_root_heading` gets a hidden heading instead (removed from the
 * page once toc has read it: its ToC entry and anchor stay), and its members take its level.
 */
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import { parseDocstring } from '../../../../python/docstrings/index.ts';
import type { DocstringOwner } from '../../../../python/docstrings/sections.ts';
import type { PyFunction, PyModule, PyObject } from '../../../../python/model.ts';
import { element, text } from '../../superfences/hast.ts';
import type { Documented, RenderContext } from './context.ts';
import { renderDocstring } from './docstring.ts';
import { drawPieces, expressionsOf } from './expression.ts';
import { selectMembers } from './members.ts';
import { asWritten, attributeText, signatureText, unwrapAnnotated, type ShowAnnotation } from './signature.ts';
import { CrossrefStash } from './stash.ts';
import { renderSummary } from './summary.ts';

/** The property that marks the root's hidden heading (see the extension's last pass). */
export const HIDDEN_HEADING = 'dataMkdocstringsHidden';

/** With `show_symbol_type_toc`, a heading's symbol (`class`, `method`...), which the extension's last pass puts in its ToC entry. */
export const TOC_SYMBOL = 'dataMkdocstringsSymbol';

interface Place {
  readonly root: boolean;
  readonly level: number;
  /** The root's members: `show_root_members_full_path` and `members` apply. */
  readonly rootMembers: boolean;
  readonly parentIsClass: boolean;
}

export function renderRoot(found: Documented & { readonly inClass?: boolean | undefined }, ctx: RenderContext): Element {
  // A method documented on its own (`::: pkg.Class.method`) is still a method: no `self`.
  return renderObject(found, ctx, { root: true, level: ctx.options.headingLevel, rootMembers: false, parentIsClass: found.inClass === true });
}

function renderObject(item: Documented, ctx: RenderContext, place: Place): Element {
  const { object } = item;
  const { options } = ctx;
  const kind = object.kind;
  const symbol = object.kind === 'function' && place.parentIsClass ? 'method' : kind;
  const fullPath = place.root ? options.showRootFullPath : place.rootMembers ? options.showRootMembersFullPath || options.showObjectFullPath : options.showObjectFullPath;
  // The name it is documented under (an imported object's is the importing name).
  const shortName = item.path.split('.').at(-1) ?? object.name;
  const name = fullPath ? item.path : shortName;
  const tocLabel = place.root && options.tocLabel !== '' ? options.tocLabel : shortName;
  const symbolProperty = options.showSymbolTypeToc ? { [TOC_SYMBOL]: symbol } : {};
  const children: ElementContent[] = [];
  let level = place.level;
  if (!place.root || options.showRootHeading) {
    const heading: ElementContent[] = [];
    if (options.showSymbolTypeHeading) heading.push(element('code', { className: ['doc-symbol', 'doc-symbol-heading', `doc-symbol-${symbol}`] }, []));
    heading.push(...headingContent(item, name, place, ctx));
    heading.push(...labels(object, ctx));
    const properties: Element['properties'] = { id: item.path, className: ['doc', 'doc-heading'], dataTocLabel: tocLabel, ...symbolProperty };
    children.push(element(`h${String(level)}`, properties, heading));
    children.push(...overloads(item, shortName, place, ctx));
    if (options.separateSignature) children.push(...separateSignature(item, shortName, place, ctx));
  } else {
    if (options.showRootTocEntry) children.push(element(`h${String(level)}`, { id: item.path, dataTocLabel: tocLabel, [HIDDEN_HEADING]: true, ...symbolProperty }, []));
    level -= 1;
  }
  children.push(element('div', { className: ['doc', 'doc-contents', ...(place.root ? ['first'] : [])] }, contents(item, ctx, place, level)));
  return element('div', { className: ['doc', 'doc-object', `doc-${kind}`] }, children);
}

function headingContent(item: Documented, name: string, place: Place, ctx: RenderContext): ElementContent[] {
  const { object } = item;
  const { options } = ctx;
  const show = showAnnotation(ctx);
  if (place.root && options.heading !== '') return [text(options.heading)];
  const init = object.kind === 'class' && options.mergeInitIntoClass ? initOf(item, ctx) : undefined;
  if (options.separateSignature || (object.kind !== 'function' && object.kind !== 'attribute' && !init)) {
    if (options.separateSignature) return [element('span', { className: ['doc', 'doc-object-name', `doc-${object.kind}-name`] }, [text(name)])];
    return [element('code', {}, [text(name)])];
  }
  if (object.kind === 'attribute') return [ctx.highlight.inline(attributeText(name, object, options.showSignatureAnnotations, show))];
  if (object.kind === 'function') return [ctx.highlight.inline(`${name}${options.showSignature ? signatureText(object, place.parentIsClass, options.showSignatureAnnotations, false, show) : ''}`)];
  // merge_init_into_class: the class is named with its __init__'s signature (its own, or the one it inherits).
  if (init) return [ctx.highlight.inline(`${name}${options.showSignature ? signatureText(init.object, true, options.showSignatureAnnotations, true, show) : ''}`)];
  return [element('code', {}, [text(name)])];
}

/** griffe's `all_members["__init__"]`: the class's own `__init__`, else the one it inherits (whatever `inherited_members` says). */
function initOf(item: Documented, ctx: RenderContext): { object: PyFunction; module: PyModule; inherited: boolean } | undefined {
  const { object } = item;
  if (object.kind !== 'class') return undefined;
  const own = object.members.get('__init__');
  if (own?.kind === 'function') return { object: own, module: item.module, inherited: false };
  if (own) return undefined;
  const inherited = ctx.python.inheritedMembers({ object, module: item.module }).get('__init__');
  return inherited?.object.kind === 'function' ? { object: inherited.object, module: inherited.module, inherited: true } : undefined;
}

function showAnnotation(ctx: RenderContext): ShowAnnotation {
  return ctx.options.unwrapAnnotated ? unwrapAnnotated : asWritten;
}

/** `labels.html`: the object's labels, sorted, each a `<small>`. */
function labels(object: PyObject, ctx: RenderContext): ElementContent[] {
  if (!ctx.options.showLabels || object.labels.size === 0) return [];
  const items = [...object.labels].sort().map((label) => element('small', { className: ['doc', 'doc-label', `doc-label-${label}`] }, [element('code', {}, [text(label)])]));
  return [text(' '), element('span', { className: ['doc', 'doc-labels'] }, items)];
}

function contents(item: Documented, ctx: RenderContext, place: Place, level: number): ElementContent[] {
  const { object } = item;
  const { options } = ctx;
  const out: ElementContent[] = [];
  if (object.kind === 'class' && options.showBases && object.bases.length > 0) {
    // Each base through the `expression.html` template, resolved in the class's scope (griffe's `member=` the class).
    const expressions = expressionsOf(item, ctx);
    const bases: ElementContent[] = [text('Bases: ')];
    object.bases.forEach((base, index) => {
      if (index > 0) bases.push(text(', '));
      bases.push(element('code', {}, drawPieces(expressions.value(base))));
    });
    out.push(element('p', { className: ['doc', 'doc-class-bases'] }, bases));
  }
  out.push(...docstringOf(item, ctx));
  const init = object.kind === 'class' && options.mergeInitIntoClass ? initOf(item, ctx) : undefined;
  // An inherited __init__'s docstring is merged only when inherited_members selects it (mkdocstrings-python#189).
  const inheritedInit = options.inheritedMembers === true || (Array.isArray(options.inheritedMembers) && options.inheritedMembers.includes('__init__'));
  if (init && (!init.inherited || inheritedInit)) out.push(...docstringOf(init, ctx));
  if (object.kind === 'module' || object.kind === 'class') out.push(...renderSummary(item, ctx, place.root, showAnnotation(ctx)));
  if (options.showSource && object.kind !== 'module' && object.kind !== 'attribute') {
    // With merge_init_into_class, a class shows its __init__'s source instead of its own (none without one).
    if (object.kind !== 'class' || !options.mergeInitIntoClass) out.push(...source(item, ctx));
    else if (init) out.push(...source({ object: init.object, module: init.module, path: `${item.path}.__init__` }, ctx));
  }
  if (object.kind === 'module' || object.kind === 'class') {
    const drawn = children(item, ctx, place, level + 1);
    if (drawn.length > 0) out.push(element('div', { className: ['doc', 'doc-children'] }, drawn));
  }
  return out;
}

const CATEGORIES = [
  ['attribute', 'attributes', 'Attributes'],
  ['class', 'classes', 'Classes'],
  ['function', 'functions', 'Functions'],
  ['module', 'modules', 'Modules'],
] as const;

/** `children.html`: the members at `level`; with `show_category_heading`, under a heading per category (`pkg.mod-classes`), one level down. */
function children(item: Documented, ctx: RenderContext, place: Place, level: number): Element[] {
  const members = selectMembers(item, ctx, place.root);
  const draw = (member: Documented, at: number) => renderObject(member, ctx, { root: false, level: at, rootMembers: place.root, parentIsClass: item.object.kind === 'class' });
  if (!(ctx.options.groupByCategory && ctx.options.showCategoryHeading)) return members.map((member) => draw(member, level));
  const out: Element[] = [];
  for (const [kind, slug, title] of CATEGORIES) {
    const group = members.filter((member) => member.object.kind === kind);
    if (group.length === 0) continue;
    out.push(element(`h${String(Math.min(6, level))}`, { id: `${item.path}-${slug}` }, [text(title)]));
    out.push(...group.map((member) => draw(member, level + 1)));
  }
  return out;
}

function docstringOf(item: Pick<Documented, 'object' | 'module'>, ctx: RenderContext): ElementContent[] {
  const { object } = item;
  if (object.docstring === undefined) return [];
  const { options } = ctx;
  const show = showAnnotation(ctx);
  const shown = (annotation: string | undefined) => (annotation === undefined ? undefined : show(annotation));
  const owner: DocstringOwner = {
    parameters: object.kind === 'function' ? object.parameters.map((parameter) => ({ ...parameter, annotation: shown(parameter.annotation) })) : undefined,
    returns: shown(object.kind === 'function' ? object.returns : object.kind === 'attribute' ? object.annotation : undefined),
    memberAnnotation: (name) => {
      const member = object.kind === 'class' || object.kind === 'module' ? object.members.get(name) : undefined;
      return member?.kind === 'attribute' ? shown(member.annotation) : undefined;
    },
    trimDoctestFlags: options.trimDoctestFlags,
  };
  let value = object.docstring.value;
  // griffe's ignore_init_summary (Google and numpy styles): an __init__'s first line and the blank one after it are left out.
  if (options.ignoreInitSummary && object.kind === 'function' && object.name === '__init__' && (options.docstringStyle === 'google' || options.docstringStyle === 'numpy')) value = value.split('\n').slice(2).join('\n');
  return renderDocstring(parseDocstring(value, options.docstringStyle, owner), ctx, object.kind === 'class', expressionsOf(item, ctx));
}

/** `<details class="quote">` with the object's lines, numbered from its first, and its file relative to the project. */
function source(item: Documented, ctx: RenderContext): ElementContent[] {
  const { object, module } = item;
  if (module.filepath === undefined || object.kind === 'module') return [];
  const lines = dedent(module.source.split('\n').slice(object.lineno - 1, object.endLineno));
  if (lines.length === 0) return [];
  const file = path.relative(ctx.projectDir, module.filepath).split(path.sep).join('/');
  const summary = element('summary', {}, [text('Source code in '), element('code', {}, [text(file)])]);
  return [element('details', { className: ['quote'] }, [summary, ctx.highlight.block(lines.join('\n'), 'python', { linestart: object.lineno })])];
}

/**
 * `separate_signature`: the signature under the heading, as mkdocstrings-python's
 * `format_signature` / `format_attribute` draw it: a `doc-signature` code block, annotations as
 * `show_signature_annotations` says, a function's name as a Pygments function name (`nf`).
 * Without Black or Ruff installed mkdocstrings-python leaves the signature as written on one
 * line whatever `line_length` says, and no formatter runs here either.
 */
function separateSignature(item: Documented, name: string, place: Place, ctx: RenderContext): ElementContent[] {
  const { object } = item;
  const { options } = ctx;
  const classes = ['doc-signature'];
  if (object.kind === 'attribute') {
    const { stash, show, showValue } = signatureCrossrefs(item, ctx);
    return [stash.restore(ctx.highlight.block(attributeText(name, object, options.showSignatureAnnotations, show, showValue), 'python', { classes }))];
  }
  const init = object.kind === 'class' && options.mergeInitIntoClass ? initOf(item, ctx) : undefined;
  const fn = object.kind === 'function' ? { object, module: item.module, isMethod: place.parentIsClass, omitReturn: false } : init ? { object: init.object, module: init.module, isMethod: true, omitReturn: true } : undefined;
  if (!fn) return [];
  const { stash, show } = signatureCrossrefs(fn, ctx);
  // The template writes nothing after the name with show_signature off.
  const signature = options.showSignature ? signatureText(fn.object, fn.isMethod, options.showSignatureAnnotations, fn.omitReturn, show) : '';
  return [stash.restore(asFunctionName(ctx.highlight.block(`${name}${signature}`, 'python', { classes })))];
}

/**
 * How a separate signature writes annotations (and an attribute's value): as written, or with
 * `signature_crossrefs` each name stashed as `expression.html` does in a signature (stash.ts),
 * resolved in the scope of `owner` (an overload's: its function's).
 */
function signatureCrossrefs(owner: Pick<Documented, 'object' | 'module'>, ctx: RenderContext): { stash: CrossrefStash; show: ShowAnnotation; showValue: ShowAnnotation } {
  const stash = new CrossrefStash();
  const show = showAnnotation(ctx);
  if (!ctx.options.signatureCrossrefs) return { stash, show, showValue: asWritten };
  const expressions = expressionsOf(owner, ctx);
  return { stash, show: (annotation) => stash.text(expressions.annotation(show(annotation))), showValue: (value) => stash.text(expressions.value(value)) };
}

/**
 * `show_overloads` (on by default): a function's `@overload` signatures (a class's `__init__`'s
 * with merge_init_into_class) under its heading, each as `format_signature` draws it with
 * annotations, in a `div.doc-overloads`.
 */
function overloads(item: Documented, name: string, place: Place, ctx: RenderContext): ElementContent[] {
  const { object } = item;
  if (!ctx.options.showOverloads) return [];
  const owner = object.kind === 'function' ? { object, module: item.module } : object.kind === 'class' && ctx.options.mergeInitIntoClass ? initOf(item, ctx) : undefined;
  const list = owner?.object.overloads ?? [];
  if (!owner || list.length === 0) return [];
  const isMethod = object.kind === 'class' || place.parentIsClass;
  const blocks = list.map((overload) => {
    // Cross-referenced with separate_signature only: signature.html asks for both.
    const { stash, show } = ctx.options.separateSignature ? signatureCrossrefs(owner, ctx) : { stash: new CrossrefStash(), show: showAnnotation(ctx) };
    return stash.restore(asFunctionName(ctx.highlight.block(`${name}${signatureText(overload, isMethod, true, object.kind === 'class', show)}`, 'python', { classes: ['doc-signature'] })));
  });
  return [element('div', { className: ['doc-overloads'] }, blocks)];
}

/**
 * Pygments reads a signature without `def` as a call: `format_signature` turns the first token's
 * class (`n`, or `fm` for `__init__`) into `nf`, unless some token already is one.
 */
function asFunctionName(block: Element): Element {
  const spans: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'span') spans.push(child);
      walk(child);
    }
  };
  walk(block);
  const classOf = (span: Element) => span.properties['className'];
  if (spans.some((span) => Array.isArray(classOf(span)) && String(classOf(span)) === 'nf')) return block;
  const first = spans.find((span) => {
    const value = classOf(span);
    return Array.isArray(value) && value.length === 1 && /^[a-z]{1,2}$/.test(String(value[0]));
  });
  if (first) first.properties['className'] = ['nf'];
  return block;
}

/** A method's lines without the class body's indentation, as griffe's `source`. */
function dedent(lines: readonly string[]): string[] {
  const margin = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return Number.isFinite(margin) ? lines.map((line) => line.slice(margin)) : [...lines];
}
