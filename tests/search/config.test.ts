/**
 * src/search/config.ts: Pagefind's process is started with its allocator told to give freed
 * memory back soon (PAGEFIND_ENVIRONMENT), without this process's environment keeping the
 * variable, a value the user set is kept, and the index written is the same either way; a
 * stopped process is never the one the next index is made in.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { close } from 'pagefind';
import { createPagefindIndex, PAGEFIND_ENVIRONMENT, stopPagefind, withEnvironment } from '../../src/search/config.ts';
import { searchBundle } from '../helpers/search-bundle.ts';

const [[VARIABLE = '', SETTING = ''] = []] = Object.entries(PAGEFIND_ENVIRONMENT);

/** The environment of this process's running Pagefind child, read from /proc (Linux). */
function pagefindEnvironment(): Map<string, string> | undefined {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // `pid (comm) state ppid ...`: comm may hold spaces, so the fields are read after its ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (ppid !== String(process.pid) || !stat.includes('(pagefind')) continue;
      const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
      return new Map(entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
    } catch {
      // The process ended while it was read.
    }
  }
  return undefined;
}

/** The bundle files Pagefind writes for two small pages, each file's bytes by name. */
function bundle(): Promise<Map<string, Buffer>> {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><article data-pagefind-body>${body}</article></body></html>`;
  return searchBundle({
    'index.html': page('<h1 id="home">Home</h1><p>Welcome to the site.</p>'),
    'a/index.html': page('<h1 id="a">A page</h1><h2 id="more">More</h2><p>Sealed Sender hides the sender.</p>'),
  });
}

describe('withEnvironment', () => {
  test('should set a variable the environment lacks for the call only', () => {
    assert.equal(process.env['SEARCH_CONFIG_TEST'], undefined);
    assert.equal(withEnvironment({ SEARCH_CONFIG_TEST: 'on' }, () => process.env['SEARCH_CONFIG_TEST']), 'on');
    assert.equal(process.env['SEARCH_CONFIG_TEST'], undefined);
  });
  test('should remove it when the call throws', () => {
    assert.throws(() => withEnvironment({ SEARCH_CONFIG_TEST: 'on' }, () => {
      throw new Error('failed');
    }), /failed/);
    assert.equal(process.env['SEARCH_CONFIG_TEST'], undefined);
  });
  test('should keep a value the environment has, and not remove it after', () => {
    process.env['SEARCH_CONFIG_TEST'] = 'mine';
    try {
      assert.equal(withEnvironment({ SEARCH_CONFIG_TEST: 'on' }, () => process.env['SEARCH_CONFIG_TEST']), 'mine');
      assert.equal(process.env['SEARCH_CONFIG_TEST'], 'mine');
    } finally {
      Reflect.deleteProperty(process.env, 'SEARCH_CONFIG_TEST');
    }
  });
});

describe('createPagefindIndex', { skip: !existsSync('/proc/self/environ') && 'reads the process environment from /proc' }, () => {
  test('should start Pagefind\'s process with its allocator giving freed memory back soon, not setting it here', async () => {
    assert.ok(VARIABLE.startsWith('_RJEM_') && /\bdirty_decay_ms:\d+\b/.test(SETTING) && SETTING.includes('muzzy_decay_ms:0'));
    const user = process.env[VARIABLE];
    Reflect.deleteProperty(process.env, VARIABLE);
    try {
      const { index, errors } = await createPagefindIndex('en');
      assert.deepEqual(errors, []);
      assert.equal(pagefindEnvironment()?.get(VARIABLE), SETTING);
      assert.equal(process.env[VARIABLE], undefined);
      await index?.deleteIndex();
    } finally {
      await close();
      if (user !== undefined) process.env[VARIABLE] = user;
    }
  });

  test('should keep the user\'s setting, and write the same index with it', async () => {
    const ours = await bundle();
    const user = process.env[VARIABLE];
    process.env[VARIABLE] = 'dirty_decay_ms:10000';
    try {
      const { errors } = await createPagefindIndex('en');
      assert.deepEqual(errors, []);
      assert.equal(pagefindEnvironment()?.get(VARIABLE), 'dirty_decay_ms:10000');
      await close();
      const theirs = await bundle();
      assert.deepEqual([...theirs.keys()].sort(), [...ours.keys()].sort());
      for (const [name, bytes] of ours) assert.ok(theirs.get(name)?.equals(bytes), name);
    } finally {
      await close();
      if (user === undefined) Reflect.deleteProperty(process.env, VARIABLE);
      else process.env[VARIABLE] = user;
    }
  });
});

describe('stopPagefind', () => {
  test('should have the next index wait for the last one\'s process to end, so ending it never ends the next', async () => {
    const first = await createPagefindIndex('en');
    const stopped = stopPagefind(first.index);
    const second = await createPagefindIndex('en');
    await stopped;
    try {
      const added = await second.index?.addHTMLFile({ url: '/x/', content: '<!doctype html><html lang="en"><body><h1>X page</h1></body></html>' });
      assert.deepEqual(added?.errors, []);
      assert.equal(added?.file.url, '/x/');
    } finally {
      await stopPagefind(second.index);
    }
  });

  test('should stop without an index (Pagefind did not start) and let the next one start', async () => {
    await stopPagefind(undefined);
    const { index, errors } = await createPagefindIndex('en');
    assert.deepEqual(errors, []);
    await stopPagefind(index);
  });
});
