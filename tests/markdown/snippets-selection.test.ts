/**
 * pymdownx.snippets: what part of a file an include takes (PyMdown 10: several and negative line
 * ranges, its section rules, dedent_subsections) and the one-dash `-8<-` marker.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { expandSnippets } from '../../src/markdown/extensions/snippets/expand.ts';
import { snippetsOptions } from '../../src/markdown/extensions/snippets/options.ts';
import { nodeFileSystem } from '../../src/markdown/extensions/snippets/resolve.ts';
import { parseTarget, selectRanges } from '../../src/markdown/extensions/snippets/syntax.ts';

const project = mkdtempSync(path.join(tmpdir(), 'snippets-selection-'));
mkdirSync(path.join(project, 'inc'));
writeFileSync(path.join(project, 'inc/lines.txt'), 'one\ntwo\nthree\nfour\n');
writeFileSync(path.join(project, 'inc/sections.css'), [
  '/* --8<-- [end: late] */',
  '/* --8<-- [start: late] */',
  'late',
  '/* --8<-- [end: late] */',
  '/* --8<-- [start: outer] */',
  'div {',
  '    /* --8<-- [start: inner] */',
  '    color: red;',
  '    /* ;--8<-- [end: kept] */',
  '    /* --8<-- [start: outer] */',
  '    /* --8<-- [end: inner] */',
  '}',
  '/* --8<-- [end: outer] */',
  '',
].join('\n'));

function expand(source: string, options: Record<string, unknown> = {}) {
  return expandSnippets(source, 'page.md', { options: snippetsOptions(options, project), fs: nodeFileSystem, projectDir: project });
}

describe('snippets line ranges', () => {
  test('should read several ranges, and negative numbers counted from the end', () => {
    assert.deepEqual(parseTarget('a.txt:1:2,8:9').ranges, [{ start: 1, end: 2 }, { start: 8, end: 9 }]);
    assert.deepEqual(parseTarget('a.txt:-3:-2').ranges, [{ start: -3, end: -2 }]);
    assert.deepEqual(parseTarget('a.txt::5'), { file: 'a.txt', ranges: [{ start: undefined, end: 5 }] });
  });

  test('should not take a section name or a plain path for a range', () => {
    assert.deepEqual(parseTarget('a.txt:intro'), { file: 'a.txt', ranges: [], section: 'intro' });
    assert.deepEqual(parseTarget('a.txt'), { file: 'a.txt', ranges: [] });
  });

  test('should select lines as PyMdown slices them, the file\'s final empty line counted', () => {
    // one two three four '' : 5 lines.
    assert.deepEqual(expand('--8<-- "inc/lines.txt:1:1,3:4"').lines, ['one', 'three', 'four']);
    assert.deepEqual(expand('--8<-- "inc/lines.txt:-2:-2"').lines, ['four']);
    assert.deepEqual(expand('--8<-- "inc/lines.txt:-3"').lines, ['three', 'four', '']);
  });

  test('should not select anything outside the file or from an end before the start', () => {
    assert.deepEqual(selectRanges(5, [{ start: 9, end: 12 }, { start: 3, end: 2 }, { start: -9, end: 0 }]), []);
  });

  test('should report a target that names no file, as an error with check_paths', () => {
    assert.equal(expand('--8<-- ":3:4"').diagnostics[0]?.severity, 'info');
    assert.equal(expand('--8<-- ":3:4"', { check_paths: true }).diagnostics[0]?.severity, 'error');
  });
});

describe('snippets sections', () => {
  test('should drop other sections\' markers inside a section, keep escaped ones without their `;` and ignore a repeated start', () => {
    assert.deepEqual(expand('--8<-- "inc/sections.css:outer"').lines, ['div {', '    color: red;', '    /* --8<-- [end: kept] */', '}']);
  });

  test('should not find a section whose end comes before its start', () => {
    const result = expand('--8<-- "inc/sections.css:late"');
    assert.deepEqual(result.lines, []);
    assert.match(result.diagnostics[0]?.reason ?? '', /section "late" not found/);
  });

  test('should remove the common indentation of a section with dedent_subsections, and not without', () => {
    assert.deepEqual(expand('--8<-- "inc/sections.css:inner"', { dedent_subsections: true }).lines, ['color: red;', '/* --8<-- [end: kept] */']);
    assert.deepEqual(expand('--8<-- "inc/sections.css:inner"').lines, ['    color: red;', '    /* --8<-- [end: kept] */']);
  });
});

describe('snippets markers', () => {
  test('should accept one dash on each side of the scissors', () => {
    assert.deepEqual(expand('-8<- "inc/lines.txt:2:2"').lines, ['two']);
    assert.deepEqual(expand('-8<-\ninc/lines.txt:2:2\n-8<-').lines, ['two']);
  });

  test('should not take scissors without dashes for a marker', () => {
    assert.deepEqual(expand('8<- "inc/lines.txt"').lines, ['8<- "inc/lines.txt"']);
  });
});
