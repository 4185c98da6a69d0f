/**
 * A docstring's sections drawn as mkdocstrings-python's `docstring.html` and `docstring/*.html`
 * templates draw them (material theme): text as Markdown, parameters, returns, raises and the
 * other item sections as tables (`docstring_section_style: table`, the default), lists or spaCy-style tables,
 * admonitions as `<details class="note" open>`, examples as text and pycon code.
 *
 * ```html
 * <p><span class="doc-section-title">Parameters:</span></p>
 * <table><thead><tr><th>Name</th><th>Type</th><th>Description</th><th>Default</th></tr></thead>
 * <tbody><tr class="doc-section-item"><td><code>x</code></td><td><code>int</code></td>
 * <td><div class="doc-md-description"><p>The x.</p></div></td><td><em>required</em></td></tr></tbody></table>
 * ```
 */
import type { ElementContent } from 'hast';
import type { DocstringSection, NamedItem, ParameterItem, TypedItem } from '../../../../python/docstrings/sections.ts';
import { element, text } from '../../superfences/hast.ts';
import type { RenderContext } from './context.ts';
import { spacyTable, type ItemKind, type Row } from './docstring-spacy.ts';
import { drawPieces, type Expressions } from './expression.ts';

/** Section kinds by their `show_docstring_*` option name. */
const OPTION_OF: Readonly<Record<DocstringSection['kind'], string>> = {
  text: 'description',
  admonition: 'description',
  parameters: 'parameters',
  'other parameters': 'other_parameters',
  returns: 'returns',
  yields: 'yields',
  receives: 'receives',
  raises: 'raises',
  warns: 'warns',
  examples: 'examples',
  attributes: 'attributes',
  functions: 'functions',
  classes: 'classes',
  modules: 'modules',
};

const DEFAULT_TITLES: Readonly<Record<string, string>> = {
  parameters: 'Parameters:',
  'other parameters': 'Other Parameters:',
  returns: 'Returns:',
  yields: 'Yields:',
  receives: 'Receives:',
  raises: 'Raises:',
  warns: 'Warns:',
  examples: 'Examples:',
  attributes: 'Attributes:',
  functions: 'Functions:',
  classes: 'Classes:',
  modules: 'Modules:',
};

/** What an Attributes, Functions, Classes or Modules section's item name holds (a summary links it to the member's heading). */
export type NameContent = (name: string) => ElementContent[];

const plainName: NameContent = (name) => [text(name)];

/**
 * A docstring's sections, less those `show_docstring_*` hides. `expressions`: the documented
 * object's, for the types and defaults (names in them cross-referenced, see expression.ts).
 */
export function renderDocstring(sections: readonly DocstringSection[], ctx: RenderContext, inClass: boolean, expressions: Expressions): ElementContent[] {
  return renderSections(
    sections.filter((section) => !ctx.options.hiddenSections.has(OPTION_OF[section.kind])),
    ctx,
    plainName,
    inClass,
    expressions,
  );
}

/** Sections drawn whatever `show_docstring_*` says (a summary's). `inClass`: a class's (its Functions are "Methods"). */
export function renderSections(sections: readonly DocstringSection[], ctx: RenderContext, names: NameContent, inClass: boolean, expressions: Expressions): ElementContent[] {
  return sections.flatMap((section) => renderSection(section, ctx, names, inClass, expressions));
}

function renderSection(section: DocstringSection, ctx: RenderContext, names: NameContent, inClass: boolean, expressions: Expressions): ElementContent[] {
  const items = (kind: ItemKind, sectionTitle: string | undefined, columns: readonly Column[], rows: readonly Row[]) => itemSection(kind, sectionTitle, columns, rows, ctx, inClass);
  // Types and defaults go through the `expression.html` template.
  const type = (annotation: string | undefined) => (annotation === undefined ? undefined : drawPieces(expressions.annotation(annotation)));
  const value = (source: string | undefined) => (source === undefined ? undefined : drawPieces(expressions.value(source)));
  switch (section.kind) {
    case 'text':
      return ctx.markdown(section.value);
    case 'admonition':
      return [element('details', { className: [section.type], open: true }, [element('summary', {}, ctx.inlineMarkdown(section.title)), ...ctx.markdown(section.text)])];
    case 'examples': {
      const parts = section.items.flatMap(([kind, value]) => (kind === 'text' ? ctx.markdown(value) : [ctx.highlight.block(value, 'pycon')]));
      return [title(section.title ?? DEFAULT_TITLES['examples'] ?? ''), ...parts];
    }
    case 'parameters':
    case 'other parameters': {
      const columns: Column[] = section.kind === 'parameters' ? ['name', 'type', 'description', 'default'] : ['name', 'type', 'description'];
      return items(section.kind, section.title, columns, section.items.map((item: ParameterItem) => ({ name: [text(item.name)], type: type(item.annotation), default: value(item.default), description: item.description })));
    }
    case 'raises':
    case 'warns':
      return items(section.kind, section.title, ['type', 'description'], section.items.map((item: TypedItem) => ({ type: type(item.annotation), description: item.description })));
    case 'returns':
    case 'yields':
    case 'receives': {
      const named = section.items.some((item) => item.name !== '');
      const rows = section.items.map((item: NamedItem) => ({ name: item.name === '' ? undefined : [text(item.name)], type: type(item.annotation), description: item.description }));
      return items(section.kind, section.title, named ? ['name', 'type', 'description'] : ['type', 'description'], rows);
    }
    case 'attributes':
      return items(section.kind, section.title, ['name', 'type', 'description'], section.items.map((item: NamedItem) => ({ name: names(item.name), type: type(item.annotation), description: item.description })));
    default:
      return items(section.kind, section.title, ['name', 'description'], section.items.map((item: NamedItem) => ({ name: item.annotation === undefined ? names(item.name) : [text(item.annotation)], description: item.description })));
  }
}

type Column = 'name' | 'type' | 'description' | 'default';

const HEADERS: Readonly<Record<Column, string>> = { name: 'Name', type: 'Type', description: 'Description', default: 'Default' };

/** Each item section's default title (a class's functions are its "Methods"). */
function defaultTitle(kind: ItemKind, inClass: boolean): string {
  return kind === 'functions' && inClass ? 'Methods:' : (DEFAULT_TITLES[kind] ?? '');
}

/**
 * An item section in the table style (the default), the spacy style (docstring-spacy.ts) or the
 * list style: each item a `li.doc-section-item.field-body`, as the templates' `list_style` blocks:
 *
 *   <b><code>name</code></b> (<code>int</code>, default: <code>1</code>) – <div class="doc-md-description">…</div>
 */
function itemSection(kind: ItemKind, sectionTitle: string | undefined, columns: readonly Column[], rows: readonly Row[], ctx: RenderContext, inClass: boolean): ElementContent[] {
  const style = ctx.options.docstringSectionStyle;
  if (style === 'spacy') return [spacyTable(kind, sectionTitle, rows, inClass, (markdown) => description(markdown, ctx, 'div'))];
  const heading = sectionTitle ?? defaultTitle(kind, inClass);
  if (style === 'list') return [title(heading), element('ul', {}, rows.map((row) => element('li', { className: ['doc-section-item', 'field-body'] }, listItem(row, columns, ctx))))];
  const head = element('thead', {}, [element('tr', {}, columns.map((column) => element('th', {}, [text(HEADERS[column])])))]);
  const cells = (row: Row) =>
    columns.map((column) => {
      if (column === 'description') return description(row.description, ctx);
      if (column === 'default') return cell(row.default === undefined ? [element('em', {}, [text('required')])] : [element('code', {}, row.default)]);
      const value = column === 'name' ? row.name : row.type;
      return cell(value === undefined ? [] : [element('code', {}, value)]);
    });
  const body = element('tbody', {}, rows.map((row) => element('tr', { className: ['doc-section-item'] }, cells(row))));
  return [title(heading), element('table', {}, [head, body])];
}

function listItem(row: Row, columns: readonly Column[], ctx: RenderContext): ElementContent[] {
  const out: ElementContent[] = [];
  if (row.name !== undefined) out.push(element('b', {}, [element('code', {}, row.name)]));
  const type = columns.includes('type') ? row.type : undefined;
  if (type !== undefined) {
    if (row.name === undefined) out.push(element('code', {}, type));
    else {
      out.push(text(' ('), element('code', {}, type));
      if (columns.includes('default') && row.default !== undefined) out.push(text(', default: '), element('code', {}, row.default));
      out.push(text(')'));
    }
  }
  if (out.length > 0) out.push(text(' – '));
  out.push(description(row.description, ctx, 'div'));
  return out;
}

function title(value: string): ElementContent {
  return element('p', {}, [element('span', { className: ['doc-section-title'] }, [text(value)])]);
}

function cell(children: ElementContent[]): ElementContent {
  return element('td', {}, children);
}

/** The `doc-md-description` of an item: in its table cell, or bare (`div`) in a list item. */
function description(markdown: string, ctx: RenderContext, bare?: 'div'): ElementContent {
  const div = element('div', { className: ['doc-md-description'] }, ctx.markdown(markdown));
  return bare === undefined ? cell([div]) : div;
}
