import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TocEntry } from '../../src/markdown/types.ts';
import { tocEntries } from '../../src/theme/toc.ts';

const entry = (level: number, id: string, children: TocEntry[] = []): TocEntry => ({ level, id, name: id, children });
const ids = (entries: readonly TocEntry[]) => entries.map((item) => item.id);

describe('tocEntries', () => {
  it('should leave out the page title and lift its subheadings, as Material does', () => {
    assert.deepEqual(ids(tocEntries({ toc: [entry(1, 'title', [entry(2, 'a'), entry(2, 'b')])] })), ['a', 'b']);
  });

  it('should keep headings after the title entry', () => {
    assert.deepEqual(ids(tocEntries({ toc: [entry(1, 'title', [entry(2, 'a')]), entry(1, 'second')] })), ['a', 'second']);
  });

  it('should not drop a first entry that is not an h1, nor anything from an empty toc', () => {
    assert.deepEqual(ids(tocEntries({ toc: [entry(2, 'a', [entry(3, 'a1')]), entry(2, 'b')] })), ['a', 'b']);
    assert.deepEqual(tocEntries({ toc: [] }), []);
  });
});
