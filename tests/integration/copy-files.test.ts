/**
 * src/integration/copy-files.ts: a site's static files copied into the output, folders made
 * once, copies a few at a time, and a failure reported after the copies in flight have ended.
 */
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, linkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { copyFilesInto, makeFolders, moveInto } from '../../src/integration/copy-files.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'copy-files-'));
after(() => rmSync(root, { recursive: true, force: true }));

function sources(count: number, name = String(count)): Array<{ from: string; to: string }> {
  const dir = path.join(root, `src-${name}`);
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const from = path.join(dir, `f${i}.txt`);
    writeFileSync(from, `file ${i}`);
    return { from, to: `a/b${i % 3}/c/f${i}.txt` };
  });
}

describe('copyFilesInto', () => {
  test('copies every file to its place under the output, making its folders', async () => {
    const out = path.join(root, 'out1');
    const files = sources(25);
    await copyFilesInto(out, files);
    for (const [i, file] of files.entries()) assert.equal(readFileSync(path.join(out, ...file.to.split('/')), 'utf8'), `file ${i}`);
  });

  test('replaces a file already there', async () => {
    const out = path.join(root, 'out2');
    const [file] = sources(1);
    assert.ok(file);
    mkdirSync(path.join(out, 'a/b0/c'), { recursive: true });
    writeFileSync(path.join(out, 'a/b0/c/f0.txt'), 'old');
    await copyFilesInto(out, [file]);
    assert.equal(readFileSync(path.join(out, 'a/b0/c/f0.txt'), 'utf8'), 'file 0');
  });

  test('rejects with the failure of a file that cannot be read once the copies in flight have ended', async () => {
    const out = path.join(root, 'out3');
    const files = sources(40);
    const missing = { from: path.join(root, 'nowhere.txt'), to: 'x/missing.txt' };
    await assert.rejects(copyFilesInto(out, [missing, ...files]), (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT');
    assert.ok(!existsSync(path.join(out, 'x/missing.txt')));
    // The copies in flight had ended when it rejected: nothing is written after it.
    const copied = () => files.filter((file) => existsSync(path.join(out, ...file.to.split('/')))).length;
    const atRejection = copied();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(copied(), atRejection);
  });

  test('copies a source once: the other places it goes are hard links to that copy, replacing what was there', async () => {
    const out = path.join(root, 'out5');
    const [file] = sources(1);
    assert.ok(file);
    mkdirSync(path.join(out, 'x'), { recursive: true });
    writeFileSync(path.join(out, 'x/alias.txt'), 'old');
    await copyFilesInto(out, [file, { from: file.from, to: 'x/alias.txt' }, { from: file.from, to: 'y/z/alias.txt' }]);
    const copy = statSync(path.join(out, ...file.to.split('/')));
    for (const alias of ['x/alias.txt', 'y/z/alias.txt']) {
      assert.equal(readFileSync(path.join(out, alias), 'utf8'), 'file 0');
      assert.equal(statSync(path.join(out, alias)).ino, copy.ino, alias);
    }
    // The source itself is no part of the output: never linked.
    assert.notEqual(statSync(file.from).ino, copy.ino);
  });

  test('links a file from the last site when it has the same bytes there, and copies it otherwise', async () => {
    const last = path.join(root, 'last6');
    const out = path.join(root, 'out6');
    const files = sources(5);
    await copyFilesInto(last, files);
    const place = (site: string, file: { to: string }) => path.join(site, ...file.to.split('/'));
    const [same, edited, resized, gone, symlinked] = files;
    assert.ok(same && edited && resized && gone && symlinked);
    // The last site's copies: one edited in place (same size), one of another size, one removed,
    // one replaced by a symbolic link to a file with its bytes.
    writeFileSync(place(last, edited), 'fi1e 1');
    writeFileSync(place(last, resized), 'something else');
    rmSync(place(last, gone));
    rmSync(place(last, symlinked));
    symlinkSync(symlinked.from, place(last, symlinked));
    await copyFilesInto(out, files, last);
    for (const [i, file] of files.entries()) assert.equal(readFileSync(place(out, file), 'utf8'), `file ${i}`);
    assert.equal(statSync(place(out, same)).ino, statSync(place(last, same)).ino, 'linked from the last site');
    for (const file of [edited, resized]) assert.notEqual(statSync(place(out, file)).ino, statSync(place(last, file)).ino, file.to);
    assert.ok(!lstatSync(place(out, symlinked)).isSymbolicLink(), 'a copy, not the link');
    // The sources stay apart from both sites.
    for (const file of files) assert.notEqual(statSync(file.from).ino, statSync(place(out, file)).ino);
  });

  test("never writes into a file linked from the last site: a copy or a link replaces what is at its name", async () => {
    const last = path.join(root, 'last8');
    const out = path.join(root, 'out8');
    const [changed, same] = sources(2, 'eight');
    assert.ok(changed && same);
    const place = (site: string, file: { to: string }) => path.join(site, ...file.to.split('/'));
    await copyFilesInto(last, [changed, same]);
    // The last site's files at both names are in the new site already, linked (as a kept page is).
    for (const file of [changed, same]) {
      mkdirSync(path.dirname(place(out, file)), { recursive: true });
      linkSync(place(last, file), place(out, file));
    }
    writeFileSync(changed.from, 'file 1, changed');
    await copyFilesInto(out, [changed, same], last);
    assert.equal(readFileSync(place(out, changed), 'utf8'), 'file 1, changed');
    assert.equal(readFileSync(place(last, changed), 'utf8'), 'file 0', 'the published file is untouched');
    assert.equal(statSync(place(out, same)).ino, statSync(place(last, same)).ino);
  });

  test('links a file to a copy an earlier call made of its source (made)', async () => {
    const out = path.join(root, 'out9');
    const [file] = sources(1, 'nine');
    assert.ok(file);
    await copyFilesInto(out, [file]);
    const first = path.join(out, ...file.to.split('/'));
    await copyFilesInto(out, [{ from: file.from, to: 'alias/f.txt' }], undefined, new Map([[file.from, first]]));
    assert.equal(statSync(path.join(out, 'alias/f.txt')).ino, statSync(first).ino);
  });

  test('does nothing for no files', async () => {
    await copyFilesInto(path.join(root, 'out4'), []);
    assert.ok(!existsSync(path.join(root, 'out4')));
  });
});

describe('makeFolders', () => {
  test('makes nested folders, repeated ones and parents of made ones included', () => {
    const base = path.join(root, 'folders');
    makeFolders([path.join(base, 'a/b/c'), path.join(base, 'a/b'), path.join(base, 'a/b/c'), path.join(base, 'd')]);
    for (const dir of ['a/b/c', 'a/b', 'd']) assert.ok(existsSync(path.join(base, dir)), dir);
  });
});

describe('moveInto', () => {
  test('moves a folder whole where none is, and file by file into one that is there, replacing namesakes', () => {
    const base = path.join(root, 'move');
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
      writeFileSync(path.join(base, file), text);
    };
    write('from/a.js', 'a');
    write('from/index/x.pf', 'x');
    moveInto(path.join(base, 'from'), path.join(base, 'to'));
    assert.equal(readFileSync(path.join(base, 'to/index/x.pf'), 'utf8'), 'x');
    assert.ok(!existsSync(path.join(base, 'from')));
    write('again/a.js', 'new a');
    write('again/index/y.pf', 'y');
    write('to/page/index.html', 'page');
    moveInto(path.join(base, 'again'), path.join(base, 'to'));
    assert.equal(readFileSync(path.join(base, 'to/a.js'), 'utf8'), 'new a');
    assert.deepEqual(readdirSync(path.join(base, 'to/index')).sort(), ['x.pf', 'y.pf']);
    assert.equal(readFileSync(path.join(base, 'to/page/index.html'), 'utf8'), 'page');
    // A folder meets a file of its name: the folder takes its place, as a later write would.
    write('third/page/x.pf', 'x');
    write('to2/page', 'a file');
    moveInto(path.join(base, 'third'), path.join(base, 'to2'));
    assert.equal(readFileSync(path.join(base, 'to2/page/x.pf'), 'utf8'), 'x');
  });
});
