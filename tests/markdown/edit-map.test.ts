/**
 * core/edit-map.ts: micromark's edit maps consume in linear time, with micromark's result.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { linearEditMaps, micromarkConsume } from '../../src/markdown/core/edit-map.ts';
import { createRenderer } from '../../src/markdown/index.ts';

/** Real events: the ones micromark hands its edit maps while parsing containers. */
function someEvents(): Event[] {
  const seen: Event[] = [];
  const consume = EditMap.prototype.consume;
  EditMap.prototype.consume = function (this: EditMap, events: Event[]) {
    seen.push(...events);
    return consume.call(this, events);
  };
  try {
    fromMarkdown('- a\n\n[x]: /y\n\n> b\n\nc\n\n1. d\n2. e\n\n    f\n\ng\n===\n');
  } finally {
    EditMap.prototype.consume = consume;
  }
  return seen;
}

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly add: readonly number[];
  readonly before: boolean;
}

/** Makes the edits (events named by their index in `pool`) and consumes them with `consume`. */
function edited(pool: readonly Event[], length: number, edits: readonly Edit[], consume: EditMap['consume']): Event[] {
  const events = pool.slice(0, length);
  const map = new EditMap();
  for (const edit of edits) {
    const add = edit.add.map((index) => pool[index % pool.length]).filter((event) => event !== undefined);
    if (edit.before) map.addBefore(Math.min(edit.at, length), edit.remove, add);
    else map.add(Math.min(edit.at, length), edit.remove, add);
  }
  consume.call(map, events);
  return events;
}

describe('linear edit maps', () => {
  const pool = someEvents();

  test('micromark hands its edit maps events while it parses containers', () => {
    assert.ok(pool.length > 20);
  });

  test('should change the events exactly as micromark does, for any edits, in any order', () => {
    // The renderer puts ours in place; micromark's is kept aside.
    createRenderer({ extensions: [], projectDir: '/p', docsDir: '/p/docs' }).render({ path: 'x.md', value: 'a' });
    const ours = EditMap.prototype.consume;
    assert.notEqual(ours, micromarkConsume);
    const edit = fc.record({ at: fc.nat(pool.length), remove: fc.nat(4), add: fc.array(fc.nat(), { maxLength: 4 }), before: fc.boolean() });
    fc.assert(fc.property(fc.integer({ min: 0, max: pool.length }), fc.array(edit, { maxLength: 8 }), (length, edits) => {
      const expected = edited(pool, length, edits, micromarkConsume);
      const actual = edited(pool, length, edits, ours);
      assert.equal(actual.length, expected.length);
      // The same events, not equal copies: micromark's later passes change them in place.
      assert.ok(actual.every((event, index) => event === expected[index]));
    }), { numRuns: 500 });
  });

  test('should leave an edit map empty for its next use', () => {
    linearEditMaps();
    const map = new EditMap();
    map.add(1, 1, []);
    const events = pool.slice(0, 4);
    map.consume(events);
    assert.deepEqual([map.map.length, map.index.size, events.length], [0, 0, 3]);
  });
});
