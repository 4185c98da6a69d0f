/**
 * Google-style docstrings, read as griffe's google parser reads them (mkdocstrings-python's
 * default style): a `Title:` line followed by an indented block is a section when the title is
 * one griffe knows (`Args`, `Returns`, `Raises`, `Examples`...), else an admonition (`Note:`,
 * `Warning:`); everything else is Markdown text. Fenced code is never read for sections.
 *
 * ```text
 * Add two numbers.            ->  text 'Add two numbers.'
 *
 * Args:                       ->  parameters [{ name: 'a', annotation: 'int' (from the
 *     a: The first.                signature when the docstring has none), description: 'The first.' }]
 *
 * Note:                       ->  admonition { type: 'note', title: 'Note', text: 'Rounded.' }
 *     Rounded.
 * ```
 */
import { readExamples } from './examples.ts';
import { receivedType, returnedType, signatureParameter, yieldedType, type DocstringOwner, type DocstringSection, type NamedItem, type ParameterItem, type TypedItem } from './sections.ts';

type SectionKind = 'parameters' | 'other parameters' | 'raises' | 'returns' | 'yields' | 'receives' | 'examples' | 'attributes' | 'functions' | 'classes' | 'modules' | 'warns';

const SECTION_KINDS: ReadonlyMap<string, SectionKind> = new Map([
  ['args', 'parameters'],
  ['arguments', 'parameters'],
  ['params', 'parameters'],
  ['parameters', 'parameters'],
  ['keyword args', 'other parameters'],
  ['keyword arguments', 'other parameters'],
  ['other args', 'other parameters'],
  ['other arguments', 'other parameters'],
  ['other params', 'other parameters'],
  ['other parameters', 'other parameters'],
  ['raises', 'raises'],
  ['exceptions', 'raises'],
  ['returns', 'returns'],
  ['yields', 'yields'],
  ['receives', 'receives'],
  ['examples', 'examples'],
  ['attributes', 'attributes'],
  ['functions', 'functions'],
  ['methods', 'functions'],
  ['classes', 'classes'],
  ['modules', 'modules'],
  ['warns', 'warns'],
  ['warnings', 'warns'],
]);

const TITLE_LINE = /^(\w[\s\w-]*):(?:\s+(\S.*))?\s*$/;
const NAME_TYPE_DESCRIPTION = /^(?:(\w+)?\s*(?:\((.+)\))?:\s*)?(.*)$/;

const isEmpty = (line: string | undefined): boolean => line === undefined || line.trim() === '';

interface Item {
  readonly lines: string[];
}

export function parseGoogle(text: string, owner: DocstringOwner): DocstringSection[] {
  const lines = text.split('\n');
  const sections: DocstringSection[] = [];
  let current: string[] = [];
  let inCode = false;
  const flushText = () => {
    if (current.some((line) => line.trim() !== '')) sections.push({ kind: 'text', value: current.join('\n').replace(/\n+$/, '') });
    current = [];
  };
  let offset = 0;
  while (offset < lines.length) {
    const line = lines[offset] ?? '';
    const fence = line.trimStart().startsWith('```');
    const match = inCode || fence ? null : TITLE_LINE.exec(line);
    if (fence) inCode = !inCode;
    if (!match) {
      current.push(line);
      offset++;
      continue;
    }
    const type = match[1] ?? '';
    const sectionKind = SECTION_KINDS.get(type.toLowerCase());
    const next = lines[offset + 1];
    const afterNext = lines[offset + 2];
    const blankBelow = isEmpty(next);
    const indentedBelow = next !== undefined && !blankBelow && next.startsWith(' ');
    const indentedTwoBelow = afterNext !== undefined && !isEmpty(afterNext) && afterNext.startsWith(' ');
    const blankAbove = offset === 0 || isEmpty(lines[offset - 1]);
    // griffe skips a possible section with no blank line above it, or a blank line under its title.
    if (!(indentedBelow || indentedTwoBelow) || !blankAbove || (indentedTwoBelow && blankBelow)) {
      current.push(line);
      offset++;
      continue;
    }
    if (sectionKind) {
      flushText();
      const { section, end } = readSection(sectionKind, lines, offset + 1, match[2], owner);
      sections.push(section);
      offset = end + 1;
      continue;
    }
    const { block, end } = readBlock(lines, offset + 1);
    if (block === '') {
      current.push(line);
      offset++;
      continue;
    }
    flushText();
    sections.push({ kind: 'admonition', type: type.toLowerCase().replaceAll(' ', '-'), title: match[2] ?? type, text: block });
    offset = end + 1;
  }
  flushText();
  return sections;
}

function readSection(kind: SectionKind, lines: readonly string[], start: number, title: string | undefined, owner: DocstringOwner): { section: DocstringSection; end: number } {
  if (kind === 'examples') {
    const { block, end } = readBlock(lines, start);
    return { section: { kind, title, items: readExamples(block, owner.trimDoctestFlags) }, end };
  }
  const { items, end } = readItems(lines, start);
  const pairs = items.map((item) => splitFirst(item));
  switch (kind) {
    case 'parameters':
    case 'other parameters': {
      const parameters: ParameterItem[] = pairs.flatMap(([head, description]) => {
        if (head === undefined) return [];
        const { name, annotation } = nameAndType(head);
        const parameter = signatureParameter(owner, name);
        return [{ name, annotation: annotation ?? parameter?.annotation, description, default: parameter?.default }];
      });
      return { section: { kind, title, items: parameters }, end };
    }
    case 'attributes':
    case 'functions':
    case 'classes':
    case 'modules': {
      const named: NamedItem[] = pairs.flatMap(([head, description]) => {
        if (head === undefined) return [];
        if (kind !== 'attributes') return [{ name: head.split('(')[0]?.trim() ?? head, annotation: head.includes('(') ? head.trim() : undefined, description }];
        const { name, annotation } = nameAndType(head);
        return [{ name, annotation: annotation ?? owner.memberAnnotation?.(name), description }];
      });
      return { section: { kind, title, items: named }, end };
    }
    case 'raises':
    case 'warns': {
      const typed: TypedItem[] = pairs.flatMap(([head, description]) => (head === undefined ? [] : [{ annotation: head.trim(), description }]));
      return { section: { kind, title, items: typed }, end };
    }
    default: {
      // returns, yields, receives: `name (type): description`, `type: description` reads as a name; griffe's returns_named_value.
      const named = items.map((item, index): NamedItem => {
        const [first = '', ...rest] = item.lines;
        const match = NAME_TYPE_DESCRIPTION.exec(first);
        const name = match?.[1] ?? '';
        const description = [(match?.[3] ?? first).trimStart(), ...rest].join('\n').replace(/\n+$/, '');
        const written = match?.[2];
        const fromSignature = kind === 'returns' ? returnedType(owner.returns, index, items.length) : kind === 'yields' ? yieldedType(owner.returns) : receivedType(owner.returns);
        return { name, annotation: written ?? fromSignature, description };
      });
      return { section: { kind, title, items: named }, end };
    }
  }
}

/** `name (type)` or `name`; `, optional` dropped from the type, as griffe does. */
function nameAndType(head: string): { name: string; annotation: string | undefined } {
  const trimmed = head.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { name: trimmed, annotation: undefined };
  let annotation = trimmed.slice(space + 1).trim().replace(/^\(+/, '').replace(/\)+$/, '');
  if (annotation.endsWith(', optional')) annotation = annotation.slice(0, -', optional'.length);
  return { name: trimmed.slice(0, space), annotation };
}

/** An item's `head: description`, its continuation lines joined to the description. */
function splitFirst(item: Item): [string | undefined, string] {
  const [first = '', ...rest] = item.lines;
  const colon = first.indexOf(':');
  if (colon < 0) return [undefined, ''];
  return [first.slice(0, colon), [first.slice(colon + 1).trimStart(), ...rest].join('\n').replace(/\n+$/, '')];
}

/** griffe's `_read_block_items`: items at the block's first indent, continuation lines deeper. */
function readItems(lines: readonly string[], start: number): { items: Item[]; end: number } {
  let offset = start;
  while (offset < lines.length && isEmpty(lines[offset])) offset++;
  const firstLine = lines[offset];
  if (firstLine === undefined) return { items: [], end: offset - 1 };
  const indent = firstLine.length - firstLine.trimStart().length;
  if (indent === 0) return { items: [], end: offset - 1 };
  const items: Item[] = [{ lines: [firstLine.slice(indent)] }];
  offset++;
  for (; offset < lines.length; offset++) {
    const line = lines[offset] ?? '';
    const item = items.at(-1);
    if (isEmpty(line)) item?.lines.push('');
    else if (line.startsWith(' '.repeat(indent * 2))) item?.lines.push(line.slice(indent * 2));
    else if (line.startsWith(' '.repeat(indent + 1))) item?.lines.push(line.trimStart());
    else if (line.startsWith(' '.repeat(indent))) items.push({ lines: [line.slice(indent)] });
    else break;
  }
  for (const item of items) while (item.lines.length > 1 && item.lines.at(-1) === '') item.lines.pop();
  return { items, end: offset - 1 };
}

/** griffe's `_read_block`: the indented lines (and blank ones) under a title, dedented. */
function readBlock(lines: readonly string[], start: number): { block: string; end: number } {
  let offset = start;
  while (offset < lines.length && isEmpty(lines[offset])) offset++;
  const firstLine = lines[offset];
  if (firstLine === undefined) return { block: '', end: start - 1 };
  const indent = firstLine.length - firstLine.trimStart().length;
  if (indent === 0) return { block: '', end: start - 1 };
  const block = [firstLine.trimStart()];
  offset++;
  while (offset < lines.length && ((lines[offset] ?? '').startsWith(' '.repeat(indent)) || isEmpty(lines[offset]))) {
    block.push((lines[offset] ?? '').slice(indent));
    offset++;
  }
  return { block: block.join('\n').replace(/\n+$/, ''), end: offset - 1 };
}
