/**
 * A docstring's sections drawn as mkdocstrings-python's `docstring.html` and `docstring/*.html`
 * templates draw them (material theme): text as Markdown, parameters, returns, raises and the
 * other item sections as tables (`docstring_section_style: table`, the default) or lists,
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

/** A docstring's sections, less those `show_docstring_*` hides. */
export function renderDocstring(sections: readonly DocstringSection[], ctx: RenderContext): ElementContent[] {
  return renderSections(
    sections.filter((section) => !ctx.options.hiddenSections.has(OPTION_OF[section.kind])),
    ctx,
    plainName,
  );
}

/** Sections drawn whatever `show_docstring_*` says (a summary's). */
export function renderSections(sections: readonly DocstringSection[], ctx: RenderContext, names: NameContent): ElementContent[] {
  return sections.flatMap((section) => renderSection(section, ctx, names));
}

function renderSection(section: DocstringSection, ctx: RenderContext, names: NameContent): ElementContent[] {
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
    case 'other parameters':
      return table(section.title ?? DEFAULT_TITLES[section.kind] ?? '', section.kind === 'parameters' ? ['Name', 'Type', 'Description', 'Default'] : ['Name', 'Type', 'Description'], section.items, ctx, (item: ParameterItem) => [
        cell([code(item.name)]),
        cell(item.annotation === undefined ? [] : [code(item.annotation)]),
        description(item.description, ctx),
        ...(section.kind === 'parameters' ? [cell(item.default === undefined ? [element('em', {}, [text('required')])] : [code(item.default)])] : []),
      ]);
    case 'raises':
    case 'warns':
      return table(section.title ?? DEFAULT_TITLES[section.kind] ?? '', ['Type', 'Description'], section.items, ctx, (item: TypedItem) => [cell(item.annotation === undefined ? [] : [code(item.annotation)]), description(item.description, ctx)]);
    case 'returns':
    case 'yields':
    case 'receives': {
      const named = section.items.some((item) => item.name !== '');
      return table(section.title ?? DEFAULT_TITLES[section.kind] ?? '', [...(named ? ['Name'] : []), 'Type', 'Description'], section.items, ctx, (item: NamedItem) => [
        ...(named ? [cell(item.name === '' ? [] : [code(item.name)])] : []),
        cell(item.annotation === undefined ? [] : [code(item.annotation)]),
        description(item.description, ctx),
      ]);
    }
    case 'attributes':
      return table(section.title ?? DEFAULT_TITLES['attributes'] ?? '', ['Name', 'Type', 'Description'], section.items, ctx, (item: NamedItem) => [cell([element('code', {}, names(item.name))]), cell(item.annotation === undefined ? [] : [code(item.annotation)]), description(item.description, ctx)]);
    default:
      return table(section.title ?? DEFAULT_TITLES[section.kind] ?? '', ['Name', 'Description'], section.items, ctx, (item: NamedItem) => [cell([item.annotation === undefined ? element('code', {}, names(item.name)) : code(item.annotation)]), description(item.description, ctx)]);
  }
}

function title(value: string): ElementContent {
  return element('p', {}, [element('span', { className: ['doc-section-title'] }, [text(value)])]);
}

/**
 * The table style; the list style (`docstring_section_style: list`) draws each row's cells as
 * one list item, and spacy (not drawn as spaCy's two columns here) as the table.
 */
function table<Item>(heading: string, columns: readonly string[], items: readonly Item[], ctx: RenderContext, row: (item: Item) => ElementContent[]): ElementContent[] {
  if (ctx.options.docstringSectionStyle === 'list') {
    const entries = items.map((item) => element('li', { className: ['doc-section-item', 'field-body'] }, row(item).flatMap((part) => (part.type === 'element' ? part.children : [part]))));
    return [title(heading), element('ul', {}, entries)];
  }
  const head = element('thead', {}, [element('tr', {}, columns.map((column) => element('th', {}, [text(column)])))]);
  const body = element('tbody', {}, items.map((item) => element('tr', { className: ['doc-section-item'] }, row(item))));
  return [title(heading), element('table', {}, [head, body])];
}

function cell(children: ElementContent[]): ElementContent {
  return element('td', {}, children);
}

function code(value: string): ElementContent {
  return element('code', {}, [text(value)]);
}

function description(markdown: string, ctx: RenderContext): ElementContent {
  return cell([element('div', { className: ['doc-md-description'] }, ctx.markdown(markdown))]);
}
