/**
 * `docstring_section_style: spacy`: each item section as the templates' `spacy_style` blocks
 * draw it, a two-column table headed by the section's name in capitals and DESCRIPTION, the
 * type and default under the description:
 *
 * ```html
 * <table><thead><tr><th><span class="doc-section-title">PARAMETER</span></th><th><span>DESCRIPTION</span></th></tr></thead>
 * <tbody><tr class="doc-section-item"><td><code>count</code></td><td class="doc-param-details">
 * <div class="doc-md-description"><p>How many.</p></div><p><span class="doc-param-annotation"><b>TYPE:</b> <code>int</code></span>
 * <span class="doc-param-default"><b>DEFAULT:</b> <code>1</code></span></p></td></tr></tbody></table>
 * ```
 */
import type { ElementContent } from 'hast';
import type { DocstringSection } from '../../../../python/docstrings/sections.ts';
import { element, text } from '../../superfences/hast.ts';

export type ItemKind = Exclude<DocstringSection['kind'], 'text' | 'admonition' | 'examples'>;

/** One item of a section, whatever its style draws of it. */
export interface Row {
  readonly name?: ElementContent[] | undefined;
  /** The type's and default's `<code>` content (expression.ts). */
  readonly type?: ElementContent[] | undefined;
  readonly default?: ElementContent[] | undefined;
  readonly description: string;
}

/** Each kind's default heading and the word in its cells' classes (`doc-param-details`). */
const SPACY: Readonly<Record<ItemKind, readonly [string, string]>> = {
  parameters: ['PARAMETER', 'param'],
  'other parameters': ['PARAMETER', 'param'],
  attributes: ['ATTRIBUTE', 'attribute'],
  returns: ['RETURNS', 'returns'],
  yields: ['YIELDS', 'yields'],
  receives: ['RECEIVES', 'receives'],
  raises: ['RAISES', 'raises'],
  warns: ['WARNS', 'warns'],
  functions: ['FUNCTION', 'function'],
  classes: ['CLASS', 'class'],
  modules: ['MODULE', 'module'],
};

export function spacyTable(kind: ItemKind, sectionTitle: string | undefined, rows: readonly Row[], inClass: boolean, description: (markdown: string) => ElementContent): ElementContent {
  const [defaultTitle, word] = SPACY[kind];
  const heading = (sectionTitle ?? (kind === 'functions' && inClass ? 'METHOD' : defaultTitle)).replace(/:+$/, '').toUpperCase();
  const head = element('thead', {}, [element('tr', {}, [element('th', {}, [element('span', { className: ['doc-section-title'] }, [text(heading)])]), element('th', {}, [element('span', {}, [text('DESCRIPTION')])])])]);
  const code = (content: ElementContent[]) => element('code', {}, content);
  const typed = (type: ElementContent[], label: string) => element('span', { className: [`doc-${word}-annotation`] }, [element('b', {}, [text(label)]), text(' '), code(type)]);
  const row = (item: Row): ElementContent => {
    let first: ElementContent[];
    const details: ElementContent[] = [description(item.description)];
    if (kind === 'raises' || kind === 'warns') first = [element('span', { className: [`doc-${word}-annotation`] }, item.type === undefined ? [] : [code(item.type)])];
    else if (kind === 'returns' || kind === 'yields' || kind === 'receives') {
      first = item.name !== undefined ? [element('code', {}, item.name)] : item.type !== undefined ? [element('span', { className: [`doc-${word}-annotation`] }, [code(item.type)])] : [];
      // yields.html writes its label with one colon too many.
      if (item.name !== undefined && item.type !== undefined) details.push(element('p', {}, [typed(item.type, kind === 'yields' ? 'TYPE::' : 'TYPE:')]));
    } else {
      first = [element('code', {}, item.name ?? [])];
      if (kind === 'parameters' || kind === 'other parameters' || kind === 'attributes') {
        const notes: ElementContent[] = [];
        if (item.type !== undefined) notes.push(typed(item.type, 'TYPE:'));
        if (kind === 'parameters' && item.default !== undefined) notes.push(...(notes.length > 0 ? [text(' ')] : []), element('span', { className: ['doc-param-default'] }, [element('b', {}, [text('DEFAULT:')]), text(' '), code(item.default)]));
        details.push(element('p', {}, notes));
      }
    }
    return element('tr', { className: ['doc-section-item'] }, [element('td', {}, first), element('td', { className: [`doc-${word}-details`] }, details)]);
  };
  return element('table', {}, [head, element('tbody', {}, rows.map(row))]);
}
