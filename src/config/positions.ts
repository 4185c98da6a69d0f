/**
 * Where each value of a YAML document was written, keyed like the constructed value
 * (`theme` -> `palette` -> `0` -> `primary`), so validation can point at `mkdocs.yml:12:3`.
 * Built from js-yaml's event stream, which carries source offsets that the constructed value lacks.
 */
import { constructFromEvents, EVENT_ID, type Event, type Schema } from 'js-yaml';

export interface Place {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface PositionNode {
  /** Where the value starts (its tag, if it has one). */
  readonly value: Place;
  /** Where its key starts, for mapping values. */
  readonly key?: Place | undefined;
  readonly children: Map<string, PositionNode>;
}

export interface PositionSource {
  readonly file: string;
  readonly source: string;
  readonly schema: Schema;
  /** Told about a key written twice in one mapping (PyYAML keeps the last, and so do we). */
  readonly onDuplicateKey?: (name: string, place: Place) => void;
}

/** The position tree of the first document in `events`, or undefined for an empty stream. */
export function buildPositions(events: readonly Event[], input: PositionSource): PositionNode | undefined {
  const lineStarts = [0];
  for (let index = input.source.indexOf('\n'); index !== -1; index = input.source.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  const placeAt = (offset: number): Place => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { file: input.file, line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const anchors = new Map<string, PositionNode>();
  let cursor = 0;

  /** Reads the node starting at `cursor`, leaving `cursor` after it. */
  const readNode = (key?: Place): PositionNode => {
    const event = events[cursor++];
    if (!event) throw new Error('unexpected end of YAML events');
    if (event.type === EVENT_ID.SCALAR) {
      const offset = event.tagStart >= 0 ? event.tagStart : event.valueStart;
      // An empty value (`key:` alone) has no offset of its own: point at its key.
      const node = { value: offset >= 0 ? placeAt(offset) : (key ?? placeAt(0)), key, children: new Map() };
      remember(event.anchorStart, event.anchorEnd, node);
      return node;
    }
    if (event.type === EVENT_ID.ALIAS) {
      const target = anchors.get(input.source.slice(event.anchorStart, event.anchorEnd));
      return { value: placeAt(Math.max(0, event.anchorStart - 1)), key, children: target?.children ?? new Map() };
    }
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
      const start = event.tagStart >= 0 ? event.tagStart : event.start;
      const node: PositionNode = { value: placeAt(start), key, children: new Map() };
      remember(event.anchorStart, event.anchorEnd, node);
      if (event.type === EVENT_ID.SEQUENCE) readSequence(node);
      else readMapping(node);
      return node;
    }
    throw new Error(`unexpected YAML event ${event.type}`);
  };

  const readSequence = (node: PositionNode): void => {
    let index = 0;
    while (events[cursor] && events[cursor]?.type !== EVENT_ID.POP) node.children.set(String(index++), readNode());
    cursor++;
  };

  const readMapping = (node: PositionNode): void => {
    const merged: PositionNode[] = [];
    while (events[cursor] && events[cursor]?.type !== EVENT_ID.POP) {
      const keyStart = cursor;
      const keyNode = readNode();
      const name = keyText(events.slice(keyStart, cursor), input);
      const valueNode = readNode(keyNode.value);
      if (name === '<<') merged.push(valueNode);
      else {
        if (node.children.has(name)) input.onDuplicateKey?.(name, keyNode.value);
        node.children.set(name, valueNode);
      }
    }
    cursor++;
    // `<<: *base` (or a list of them): explicit keys win over merged ones.
    for (const source of merged) {
      const parts = source.children.size > 0 && [...source.children.keys()].every((key) => /^\d+$/.test(key))
        ? [...source.children.values()]
        : [source];
      for (const part of parts) {
        for (const [name, child] of part.children) if (!node.children.has(name)) node.children.set(name, child);
      }
    }
  };

  const remember = (start: number, end: number, node: PositionNode): void => {
    if (start >= 0) anchors.set(input.source.slice(start, end), node);
  };

  while (cursor < events.length) {
    const event = events[cursor++];
    if (event?.type === EVENT_ID.DOCUMENT) {
      if (events[cursor]?.type === EVENT_ID.POP) return undefined;
      return readNode();
    }
  }
  return undefined;
}

/** A mapping key as the constructed object spells it (tags resolved, non-strings stringified). */
function keyText(keyEvents: Event[], input: PositionSource): string {
  try {
    const [value] = constructFromEvents(
      [{ type: EVENT_ID.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] }, ...keyEvents, { type: EVENT_ID.POP }],
      { source: input.source, schema: input.schema },
    );
    return String(value);
  } catch {
    return '';
  }
}

/** The closest recorded position for a path into the value (falls back to the nearest parent). */
export function findPosition(root: PositionNode | undefined, path: ReadonlyArray<PropertyKey>): PositionNode | undefined {
  let node = root;
  for (const segment of path) {
    const child = node?.children.get(String(segment));
    if (!child) return node;
    node = child;
  }
  return node;
}

/** Exactly the node at `path`, or undefined. */
export function positionAt(root: PositionNode | undefined, path: ReadonlyArray<PropertyKey>): PositionNode | undefined {
  let node = root;
  for (const segment of path) node = node?.children.get(String(segment));
  return node;
}
