import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkOutputDir } from '../../src/site/output-dir.ts';

function project(): { root: string; docs: string; theme: string; home: string } {
  const outer = mkdtempSync(path.join(tmpdir(), 'mkdocs-outdir-'));
  const root = path.join(outer, 'project');
  const docs = path.join(root, 'docs');
  const theme = path.join(root, 'overrides');
  mkdirSync(docs, { recursive: true });
  mkdirSync(theme);
  return { root, docs, theme, home: path.join(outer, 'home') };
}

function check(p: ReturnType<typeof project>, outDir: string): string | undefined {
  return checkOutputDir({
    outDir,
    sources: [
      { label: 'the folder of the config file', dir: p.root },
      { label: 'docs_dir', dir: p.docs },
      { label: "the theme's custom_dir", dir: p.theme },
    ],
    noInside: [{ label: 'docs_dir', dir: p.docs }],
    home: p.home,
  });
}

describe('checkOutputDir', () => {
  it('should accept the usual site/ folder next to mkdocs.yml, existing or not', () => {
    const p = project();
    assert.equal(check(p, path.join(p.root, 'site')), undefined);
    mkdirSync(path.join(p.root, 'site'));
    assert.equal(check(p, path.join(p.root, 'site')), undefined);
  });

  it('should accept a folder outside the project', () => {
    const p = project();
    assert.equal(check(p, mkdtempSync(path.join(tmpdir(), 'mkdocs-out-'))), undefined);
  });

  it('should refuse the config folder itself (-d .)', () => {
    const p = project();
    assert.match(check(p, p.root) ?? '', /it is the folder of the config file/);
  });

  it('should refuse docs_dir and custom_dir', () => {
    const p = project();
    assert.match(check(p, p.docs) ?? '', /it is docs_dir/);
    assert.match(check(p, p.theme) ?? '', /custom_dir/);
  });

  it('should refuse a folder that contains the project', () => {
    const p = project();
    assert.match(check(p, path.dirname(p.root)) ?? '', /it contains the folder of the config file/);
  });

  it('should refuse a folder inside docs_dir, even one that does not exist yet', () => {
    const p = project();
    assert.match(check(p, path.join(p.docs, 'out', 'deeper')) ?? '', /lies inside docs_dir/);
  });

  it('should refuse the home folder and the root of the file system', () => {
    const p = project();
    assert.match(checkOutputDir({ outDir: p.root, sources: [], noInside: [], home: p.root }) ?? '', /your home folder/);
    assert.match(check(p, '/') ?? '', /root of the file system/);
  });

  it('should see through a symlink that names the docs folder', () => {
    const p = project();
    const link = path.join(tmpdir(), `mkdocs-outdir-link-${process.pid}-${Date.now()}`);
    symlinkSync(p.docs, link);
    assert.match(check(p, link) ?? '', /it is docs_dir/);
  });

  it('should not mistake a sibling sharing a name prefix for the docs folder (docs_site vs docs)', () => {
    const p = project();
    assert.equal(check(p, `${p.docs}_site`), undefined);
  });
});
