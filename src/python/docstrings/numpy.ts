/**
 * Numpydoc-style docstrings (`docstring_style: numpy`), as griffe's numpy parser reads them: a
 * title underlined with dashes opens a section; items are `name : type` lines with their
 * description indented below. A title griffe does not know (`Notes`, `Warning`) is an admonition.
 *
 * ```text
 * Parameters            ->  parameters [{ name: 'x', annotation: 'int', description: 'The value.' }]
 * ----------
 * x : int
 *     The value.
 * ```
 */
import { readExamples } from './examples.ts';
import { receivedType, returnedType, signatureParameter, yieldedType, type DocstringOwner, type DocstringSection, type NamedItem } from './sections.ts';

const KINDS: ReadonlyMap<string, string> = new Map([
  ['parameters', 'parameters'], ['parameter', 'parameters'], ['params', 'parameters'], ['param', 'parameters'], ['arguments', 'parameters'], ['args', 'parameters'],
  ['other parameters', 'other parameters'], ['other params', 'other parameters'], ['other args', 'other parameters'], ['other arguments', 'other parameters'],
  ['raises', 'raises'], ['exceptions', 'raises'], ['warns', 'warns'], ['warnings', 'warns'],
  ['returns', 'returns'], ['yields', 'yields'], ['receives', 'receives'], ['examples', 'examples'],
  ['attributes', 'attributes'], ['functions', 'functions'], ['methods', 'functions'], ['classes', 'classes'], ['modules', 'modules'],
]);

const UNDERLINE = /^\s*-{3,}\s*$/;

interface Item {
  readonly head: string;
  readonly description: string;
}

export function parseNumpy(text: string, owner: DocstringOwner): DocstringSection[] {
  const lines = text.split('\n');
  const sections: DocstringSection[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.some((line) => line.trim() !== '')) sections.push({ kind: 'text', value: current.join('\n').replace(/^\n+|\n+$/g, '') });
    current = [];
  };
  let offset = 0;
  while (offset < lines.length) {
    const line = lines[offset] ?? '';
    const underline = lines[offset + 1];
    if (line.trim() === '' || underline === undefined || !UNDERLINE.test(underline) || (offset > 0 && (lines[offset - 1] ?? '').trim() !== '')) {
      current.push(line);
      offset++;
      continue;
    }
    flush();
    let end = offset + 2;
    // A section runs to the next underlined title (or the end).
    while (end < lines.length && !(UNDERLINE.test(lines[end + 1] ?? '') && (lines[end] ?? '').trim() !== '' && (lines[end - 1] ?? '').trim() === '')) end++;
    const body = lines.slice(offset + 2, end);
    const title = line.trim();
    sections.push(section(title, body, owner));
    offset = end;
  }
  flush();
  return sections;
}

function section(title: string, body: readonly string[], owner: DocstringOwner): DocstringSection {
  const kind = KINDS.get(title.toLowerCase());
  const text = body.join('\n').replace(/^\n+|\n+$/g, '');
  if (kind === undefined) return { kind: 'admonition', type: title.toLowerCase().replaceAll(' ', '-'), title, text };
  if (kind === 'examples') return { kind, title: undefined, items: readExamples(text, owner.trimDoctestFlags) };
  const items = readItems(body);
  if (kind === 'parameters' || kind === 'other parameters') {
    return {
      kind,
      title: undefined,
      items: items.flatMap((item) =>
        item.head.split(',').map((rawName) => {
          const [name = '', annotation] = splitColon(rawName.includes(':') ? rawName : `${rawName}${item.head.includes(':') ? item.head.slice(item.head.indexOf(':')) : ''}`);
          const parameter = signatureParameter(owner, name);
          const written = annotation?.replace(/,\s*optional$/, '');
          return { name, annotation: written || parameter?.annotation, description: item.description, default: parameter?.default };
        }),
      ),
    };
  }
  if (kind === 'raises' || kind === 'warns') return { kind, title: undefined, items: items.map((item) => ({ annotation: item.head, description: item.description })) };
  if (kind === 'returns' || kind === 'yields' || kind === 'receives') {
    const named = items.map((item, index): NamedItem => {
      const [first = '', second] = splitColon(item.head);
      const fromSignature = kind === 'returns' ? returnedType(owner.returns, index, items.length) : kind === 'yields' ? yieldedType(owner.returns) : receivedType(owner.returns);
      // `name : type`, or only a type.
      return second === undefined ? { name: '', annotation: first || fromSignature, description: item.description } : { name: first, annotation: second || fromSignature, description: item.description };
    });
    return { kind, title: undefined, items: named };
  }
  return {
    kind: kind === 'attributes' ? 'attributes' : kind === 'functions' ? 'functions' : kind === 'classes' ? 'classes' : 'modules',
    title: undefined,
    items: items.map((item) => {
      const [name = '', annotation] = splitColon(item.head);
      return { name, annotation: annotation ?? (kind === 'attributes' ? owner.memberAnnotation?.(name) : undefined), description: item.description };
    }),
  };
}

/** `name : type` → [name, type]; without ` : ` → [text]. */
function splitColon(head: string): [string, string?] {
  const at = head.indexOf(':');
  if (at < 0) return [head.trim()];
  return [head.slice(0, at).trim(), head.slice(at + 1).trim()];
}

/** Items: unindented lines, with the indented lines below them as their description (dedented). */
function readItems(body: readonly string[]): Item[] {
  const items: Array<{ head: string; lines: string[] }> = [];
  for (const line of body) {
    if (line.trim() !== '' && !/^\s/.test(line)) items.push({ head: line.trim(), lines: [] });
    else items.at(-1)?.lines.push(line);
  }
  return items.map((item) => {
    const indent = Math.min(...item.lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
    const lines = item.lines.map((line) => (Number.isFinite(indent) ? line.slice(indent) : line.trim()));
    return { head: item.head, description: lines.join('\n').replace(/^\n+|\n+$/g, '') };
  });
}
