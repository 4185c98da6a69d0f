/**
 * The theme's side of Material's globals, which src/theme/boot.js and observables.js define
 * before any module runs: typed access to the storage helpers (`__md_get`/`__md_set`, keyed by
 * `__md_scope` as Material's are) and the subjects the theme feeds (`document$`, `location$`).
 * Each reads `window` at call time and does nothing when a global is missing (a site's
 * custom_dir can drop the boot script), so a behaviour never fails for want of one.
 */

type Getter = (key: string) => unknown;
type Setter = (key: string, value: unknown) => void;

function global(name: string): unknown {
  return Reflect.get(window, name);
}

function isGetter(value: unknown): value is Getter {
  return typeof value === 'function';
}

function isSetter(value: unknown): value is Setter {
  return typeof value === 'function';
}

/** `__md_get(key)`: the stored value, or undefined when there is none, it is junk or storage is off. */
export function storedValue(key: string): unknown {
  const get = global('__md_get');
  if (!isGetter(get)) return undefined;
  try {
    return get(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** `__md_set(key, value)`: kept under Material's key; never throws. */
export function storeValue(key: string, value: unknown): void {
  const set = global('__md_set');
  if (isSetter(set)) set(key, value);
}

/** `__md_hash(text)`: Material's string hash (the announcement bar stores it). */
export function hashText(text: string): number {
  const hash = global('__md_hash');
  if (typeof hash === 'function') {
    const value: unknown = hash(text);
    if (typeof value === 'number') return value;
  }
  return 0;
}

/** Calls `next(value)` on the global subject `name`, as Material's bundle feeds its own. */
function emit(name: 'document$' | 'location$', value: unknown): void {
  const subject: unknown = global(name);
  if (typeof subject !== 'object' || subject === null) return;
  const next: unknown = Reflect.get(subject, 'next');
  if (typeof next === 'function') Reflect.apply(next, subject, [value]);
}

/** A new page is shown (navigation.instant): `document$` emits the document. */
export function emitDocument(): void {
  emit('document$', document);
}

/** navigation.instant is about to go to `url` (a click or back/forward): `location$` emits it. */
export function emitLocation(url: URL): void {
  emit('location$', new URL(url.href));
}
