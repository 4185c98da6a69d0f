/**
 * The tags plugin's export (src/site/tags-export.ts): `export` (on by default), `export_file`
 * and `export_only` read, and the mapping written as Material's MappingStorage saves it with
 * Python's json.dump.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tagsJson } from '../../src/site/tags-export.ts';
import { tagsOptions } from '../../src/site/tags.ts';
import { templateSite } from '../helpers/template-site.ts';

const read = (raw: Record<string, unknown>) => tagsOptions([{ name: 'tags', options: raw }], [], {});

describe('tags export: options', () => {
  test('should export to tags.json by default, to export_file when given, and not with export: false, without a warning', () => {
    assert.equal(read({}).options?.exportFile, 'tags.json');
    assert.equal(read({ export_file: 'meta/tags.json' }).options?.exportFile, 'meta/tags.json');
    assert.equal(read({ export: false, export_file: 'x.json' }).options?.exportFile, undefined);
    assert.deepEqual(read({ export: true, export_file: 'x.json', export_only: false }).problems, []);
  });

  test('should draw neither tags nor listings with export_only, and still export', () => {
    const options = read({ export_only: true }).options;
    assert.deepEqual([options?.drawTags, options?.listings, options?.exportFile], [false, false, 'tags.json']);
    assert.deepEqual([read({}).options?.drawTags, read({}).options?.listings], [true, true]);
  });
});

describe('tags export: the file', () => {
  test('should write Material\'s mappings: each tagged page\'s url and title, its tags sorted by code point, as Python\'s json.dump writes them', () => {
    // The expected text is what /usr/bin/python3's json.dumps writes for the same mapping
    // (dict(mappings=[dict(item=dict(url=..., title=...), tags=sorted(...))])).
    const json = tagsJson([
      { url: 'a/', title: 'Ünïcode "q" \\ 😀 \t\u007f</', tags: ['z', 'É', 'a', 'B', '😀', 'ﬀ'] },
      { url: 'untagged/', title: 'None', tags: [] },
      { url: '', title: 'Home', tags: ['True', '2024'] },
    ]);
    assert.equal(json, '{"mappings": [{"item": {"url": "a/", "title": "\\u00dcn\\u00efcode \\"q\\" \\\\ \\ud83d\\ude00 \\t\\u007f</"}, "tags": ["B", "a", "z", "\\u00c9", "\\ufb00", "\\ud83d\\ude00"]}, {"item": {"url": "", "title": "Home"}, "tags": ["2024", "True"]}]}');
  });

  test('should export a site\'s pages in MkDocs\' file order with their titles and URLs, also with export_only, and nothing when off', async () => {
    const files = {
      'docs/index.md': '---\ntags: [Home, 1]\n---\n# Welcome\n',
      'docs/b.md': '---\ntags: [B]\n---\n# Bee\n',
      'docs/a/index.md': '---\ntitle: Section A\ntags: [A, true]\n---\n# A\n',
      'docs/untagged.md': '# Untagged\n',
    };
    const prepared = await templateSite(files, 'plugins:\n  - tags:\n      export_only: true\nuse_directory_urls: false\n');
    assert.equal(prepared.tagsExport?.file, 'tags.json');
    assert.deepEqual(JSON.parse(prepared.tagsExport?.json ?? '{}'), { mappings: [
      { item: { url: 'index.html', title: 'Welcome' }, tags: ['1', 'Home'] },
      { item: { url: 'b.html', title: 'Bee' }, tags: ['B'] },
      { item: { url: 'a/index.html', title: 'Section A' }, tags: ['A', 'True'] },
    ] });
    assert.deepEqual(prepared.model.pages.find((page) => page.src === 'b.md')?.tags, [], 'export_only draws no tags');
    const off = await templateSite(files, 'plugins:\n  - tags:\n      export: false\n');
    assert.equal(off.tagsExport, undefined);
  });
});
