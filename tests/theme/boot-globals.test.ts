/**
 * The published boot script (src/theme/boot.js + observables.js) run in a bare VM context with a
 * stand-in window: Material's storage helpers and observables behave as Material's do, and RxJS
 * operators (both the v7 `lift` shape and interop through Symbol.observable) work on them, the
 * npm rxjs package's own operators too.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import vm from 'node:vm';
import * as rxjs from 'rxjs';
import { bootScript } from '../../src/theme/assets.ts';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null { return this.items.get(key) ?? null; }
  setItem(key: string, value: string): void { this.items.set(key, value); }
  removeItem(key: string): void { this.items.delete(key); }
}

/** Runs the boot script as a page at `href` would, with `palette` on its tag; returns its window. */
function boot(href = 'http://x.test/guide/setup/', scope = '..', palette = '[]', storage = new MemoryStorage()) {
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  const target = {
    addEventListener: (name: string, listener: (event: unknown) => void) => listeners.set(name, [...(listeners.get(name) ?? []), listener]),
    removeEventListener: (name: string, listener: (event: unknown) => void) => listeners.set(name, (listeners.get(name) ?? []).filter((other) => other !== listener)),
  };
  const attributes: Record<string, string> = { 'data-scope': scope, 'data-palette': palette, 'data-legacy-key': '/guide/__palette' };
  const body = { attributes: new Map<string, string>(), setAttribute(name: string, value: string) { this.attributes.set(name, value); } };
  const document = {
    ...target,
    documentElement: { className: 'no-js' },
    currentScript: { getAttribute: (name: string) => attributes[name] ?? null },
    readyState: 'complete',
    body,
    activeElement: null,
    getElementById: (id: string) => (id === 'there' ? { id } : null),
    querySelectorAll: () => [],
  };
  const window: Record<string, unknown> = {
    ...target,
    document,
    location: new URL(href),
    localStorage: storage,
    matchMedia: (query: string) => ({ matches: query === '(min-width: 960px)', media: query, ...target }),
    URL,
    Array,
    JSON,
    Math,
    Symbol,
    setTimeout,
    scrollX: 0,
    scrollY: 0,
    innerWidth: 1000,
    innerHeight: 800,
  };
  window['window'] = window;
  vm.runInNewContext(bootScript(), window);
  const fire = (name: string, event: unknown) => { for (const listener of listeners.get(name) ?? []) listener(event); };
  return { window, storage, fire, body };
}

/** A global of the booted window, called as a function. */
function call(window: Record<string, unknown>, name: string, ...args: unknown[]): unknown {
  const fn = window[name];
  assert.equal(typeof fn, 'function', name);
  return Reflect.apply(fn as (...values: unknown[]) => unknown, undefined, args);
}

interface Sub { unsubscribe(): void; closed: boolean }
interface Obs { subscribe(next: unknown): Sub; pipe(...fns: unknown[]): Obs; lift(operator: unknown): Obs; next?(value: unknown): void; '@@observable'(): Obs }

function observable(window: Record<string, unknown>, name: string): Obs {
  const value = window[name];
  assert.equal(typeof value, 'object', name);
  return value as Obs;
}

describe('Material\'s storage helpers', () => {
  test('__md_scope is the site root base_url resolves to, and keys are its path + "." + key, JSON-encoded', () => {
    const { window, storage } = boot('http://x.test/guide/setup/', '..');
    assert.equal(String(Reflect.get(Object(window['__md_scope']), 'href')), 'http://x.test/guide/');
    call(window, '__md_set', '__tabs', ['Windows']);
    assert.equal(storage.getItem('/guide/.__tabs'), '["Windows"]');
    assert.deepEqual(call(window, '__md_get', '__tabs'), ['Windows']);
    assert.equal(call(window, '__md_get', '__missing'), null);
  });

  test('__md_get and __md_set take another storage and scope, as Material\'s do', () => {
    const { window } = boot();
    const session = new MemoryStorage();
    call(window, '__md_set', 'k', 1, session, new URL('http://x.test/other/'));
    assert.equal(session.getItem('/other/.k'), '1');
    assert.equal(call(window, '__md_get', 'k', session, new URL('http://x.test/other/')), 1);
  });

  test('__md_set swallows a storage that refuses; __md_get throws on junk, as Material\'s does', () => {
    const { window, storage } = boot();
    const full = { getItem: () => '{junk', setItem: () => { throw new Error('quota'); } };
    assert.doesNotThrow(() => call(window, '__md_set', 'k', 1, full));
    assert.throws(() => call(window, '__md_get', 'k', full), SyntaxError);
    assert.equal(storage.items.size, 0);
  });

  test('__md_hash is Material\'s string hash', () => {
    const { window } = boot();
    const material = (value: string) => [...value].reduce((h, c) => (h << 5) - h + c.charCodeAt(0), 0);
    for (const text of ['', 'a', '<p>Site news</p>', 'ünïcödé 🎉'.repeat(20)]) assert.equal(call(window, '__md_hash', text), material(text));
  });

  test('the palette is stored in Material\'s shape at start, and an earlier key is moved over once', () => {
    const storage = new MemoryStorage();
    storage.setItem('/guide/__palette', JSON.stringify({ index: 1 }));
    const palette = JSON.stringify([{ media: '', scheme: 'default', primary: 'indigo', accent: 'indigo' }, { media: '', scheme: 'slate', primary: 'teal', accent: 'lime' }]);
    const { body } = boot('http://x.test/guide/', '.', palette, storage);
    assert.equal(body.attributes.get('data-md-color-scheme'), 'slate');
    assert.deepEqual(JSON.parse(storage.getItem('/guide/.__palette') ?? 'null'), { index: 1, color: { media: '', scheme: 'slate', primary: 'teal', accent: 'lime' } });
    assert.equal(storage.getItem('/guide/__palette'), null);
  });
});

describe('Material\'s observables', () => {
  test('document$ replays the document to late subscribers and emits again on next(); app carries the same objects', () => {
    const { window } = boot();
    const document$ = observable(window, 'document$');
    const seen: unknown[] = [];
    const subscription = document$.subscribe((doc: unknown) => seen.push(doc));
    assert.deepEqual(seen, [window['document']]);
    document$.next?.(window['document']);
    assert.equal(seen.length, 2);
    subscription.unsubscribe();
    assert.equal(subscription.closed, true);
    document$.next?.(window['document']);
    assert.equal(seen.length, 2, 'nothing after unsubscribe');
    assert.equal(Reflect.get(Object(window['app']), 'document$'), document$);
  });

  test('location$ does not replay (a Subject); target$ gives the element the last anchor names', () => {
    const { window } = boot();
    const location$ = observable(window, 'location$');
    location$.next?.(new URL('http://x.test/guide/#there'));
    const urls: string[] = [];
    location$.subscribe((url: URL) => urls.push(url.href));
    assert.deepEqual(urls, [], 'a late subscriber gets nothing');
    location$.next?.(new URL('http://x.test/guide/b/'));
    assert.deepEqual(urls, ['http://x.test/guide/b/']);
    const targets: unknown[] = [];
    observable(window, 'target$').subscribe((element: unknown) => targets.push(element));
    assert.deepEqual(targets, [{ id: 'there' }]);
  });

  test('pipe applies functions left to right; an observer object gets next', () => {
    const { window } = boot();
    const seen: unknown[] = [];
    const piped = observable(window, 'document$').pipe((source: Obs) => source, () => ({ subscribe: (observer: { next(value: unknown): void }) => observer.next('mapped') }));
    piped.subscribe({ next: (value: unknown) => seen.push(value) });
    assert.deepEqual(seen, ['mapped']);
    assert.equal(observable(window, 'document$').pipe(), observable(window, 'document$'));
  });

  test('an RxJS 7-shaped operator (operate through lift) maps and unsubscribes through the chain', () => {
    const { window } = boot();
    // What rxjs/internal/util/lift.ts `operate` and OperatorSubscriber do, reduced to their contract.
    const map = (project: (value: unknown) => unknown) => (source: Obs) => source.lift(function (this: { next(v: unknown): void; add(t: unknown): void }, lifted: Obs) {
      const destination = this;
      const inner = { closed: false, next: (value: unknown) => destination.next(project(value)), teardowns: [] as Array<() => void>, add(teardown: () => void) { this.teardowns.push(teardown); }, unsubscribe() { this.closed = true; for (const t of this.teardowns) t(); } };
      destination.add(inner);
      lifted.subscribe(inner);
    });
    const document$ = observable(window, 'document$');
    const seen: unknown[] = [];
    const subscription = document$.pipe(map(() => 'page')).subscribe((value: unknown) => seen.push(value));
    document$.next?.(window['document']);
    assert.deepEqual(seen, ['page', 'page']);
    subscription.unsubscribe();
    document$.next?.(window['document']);
    assert.deepEqual(seen, ['page', 'page'], 'the source subscription ended with the outer one');
    assert.equal(document$['@@observable'](), document$, 'rxjs.from() adopts it');
  });

  test('keyboard$ gives Material\'s key objects; claim() prevents the default and stops the key', () => {
    const { window, fire } = boot();
    const keys: Array<{ mode: string; type: string; claim(): void }> = [];
    const subscription = observable(window, 'keyboard$').subscribe((key: { mode: string; type: string; claim(): void }) => keys.push(key));
    let prevented = 0;
    const event = (key: string, extra = {}) => ({ key, metaKey: false, ctrlKey: false, preventDefault: () => prevented++, stopPropagation: () => undefined, ...extra });
    fire('keydown', event('x'));
    fire('keydown', event('c', { ctrlKey: true }));
    assert.deepEqual(keys.map((key) => `${key.type}:${key.mode}`), ['x:global']);
    keys[0]?.claim();
    assert.equal(prevented, 1);
    subscription.unsubscribe();
    fire('keydown', event('y'));
    assert.equal(keys.length, 1, 'the listener went with the last subscriber');
  });

  test('viewport$ and tablet$ give each subscriber the current value first', () => {
    const { window } = boot();
    const values: unknown[] = [];
    observable(window, 'viewport$').subscribe((value: unknown) => values.push(value));
    observable(window, 'tablet$').subscribe((value: unknown) => values.push(value));
    observable(window, 'screen$').subscribe((value: unknown) => values.push(value));
    // Objects of the VM's realm: compared by their JSON.
    assert.deepEqual(JSON.parse(JSON.stringify(values)), [{ offset: { x: 0, y: 0 }, size: { width: 1000, height: 800 } }, true, false]);
  });
});

/** One of Material's observables as RxJS adopts it: through `@@observable` (Symbol.observable's fallback: browsers lack the symbol). */
function interop(value: Obs): rxjs.InteropObservable<unknown> {
  const adopt = (candidate: unknown): candidate is rxjs.InteropObservable<unknown> => typeof candidate === 'object' && candidate !== null && typeof Reflect.get(candidate, '@@observable') === 'function';
  assert.ok(adopt(value), 'an interop observable');
  return value;
}

describe('Material\'s observables with the npm rxjs package\'s operators, as a site\'s extra_javascript uses them', () => {
  test('document$.pipe(rxjs.map(...), rxjs.filter(...)).subscribe(...) sees each page, and unsubscribing ends the chain', () => {
    const { window } = boot();
    const document$ = observable(window, 'document$');
    const seen: unknown[] = [];
    let page = 0;
    const subscription = document$.pipe(rxjs.map(() => ++page), rxjs.filter((n: number) => n % 2 === 1)).subscribe((n: unknown) => seen.push(n));
    document$.next?.(window['document']);
    document$.next?.(window['document']);
    assert.deepEqual(seen, [1, 3], 'the replayed document, then every other page');
    subscription.unsubscribe();
    document$.next?.(window['document']);
    assert.deepEqual(seen, [1, 3]);
    assert.equal(page, 3, 'no operator runs after unsubscribe');
  });

  test('take, switchMap, takeUntil and distinctUntilChanged end and switch as RxJS does', () => {
    const { window } = boot();
    const document$ = observable(window, 'document$');
    const location$ = observable(window, 'location$');
    const first: unknown[] = [];
    document$.pipe(rxjs.take(1)).subscribe({ next: (doc: unknown) => first.push(doc), complete: () => first.push('done') });
    document$.next?.(window['document']);
    assert.deepEqual(first, [window['document'], 'done'], 'the replayed document only');
    const paths: unknown[] = [];
    const stop = new rxjs.Subject<void>();
    document$.pipe(
      rxjs.switchMap(() => interop(location$)),
      rxjs.map((url: URL) => url.pathname),
      rxjs.distinctUntilChanged(),
      rxjs.takeUntil(stop),
    ).subscribe((path: unknown) => paths.push(path));
    for (const href of ['http://x.test/a/', 'http://x.test/a/', 'http://x.test/b/']) location$.next?.(new URL(href));
    stop.next();
    location$.next?.(new URL('http://x.test/c/'));
    assert.deepEqual(paths, ['/a/', '/b/']);
  });

  test('rxjs.from, merge and firstValueFrom adopt them through Symbol.observable\'s fallback', async () => {
    const { window } = boot();
    const document$ = observable(window, 'document$');
    assert.equal(await rxjs.firstValueFrom(rxjs.from(interop(document$))), window['document']);
    const seen: unknown[] = [];
    const both = rxjs.merge(interop(document$), interop(observable(window, 'location$'))).subscribe((value: unknown) => seen.push(value instanceof URL ? value.pathname : 'doc'));
    observable(window, 'location$').next?.(new URL('http://x.test/d/'));
    both.unsubscribe();
    observable(window, 'location$').next?.(new URL('http://x.test/e/'));
    assert.deepEqual(seen, ['doc', '/d/']);
  });
});
