/**
 * The YAML dialect of mkdocs.yml, as PyYAML's `yaml.Loader` + MkDocs read it:
 *
 * - `!ENV VAR` / `!ENV [VAR, OTHER, default]`: the first variable that is set wins (its text typed
 *   like a plain YAML scalar, so `true` is a boolean); else the last list item; else null.
 * - `!relative`, `!relative $config_dir/sub`, `!relative $docs_dir/sub` (MkDocs >= 1.5).
 * - `!!python/name:x.y`, `!!python/object/apply:x.y [...]`, ...: kept as opaque `PythonValue`s,
 *   since there is no Python to run them.
 * - booleans are YAML 1.1's as PyYAML knows them (`yes`/`on`/`off`, but not `y`/`n`).
 */
import {
  CORE_SCHEMA,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  mergeTag,
  NOT_RESOLVED,
  type Schema,
  type TagDefinition,
} from 'js-yaml';

/** A `!!python/<kind>:<value>` node. `args`/`kwds` hold the node's contents when it had any. */
export class PythonValue {
  readonly python: string;
  readonly value: string;
  // `declare`: absent (not undefined) unless the node had contents, so values compare cleanly.
  declare readonly args?: unknown[];
  declare readonly kwds?: Record<string, unknown>;

  constructor(python: string, value: string, contents?: { args?: unknown[]; kwds?: Record<string, unknown> }) {
    this.python = python;
    this.value = value;
    if (contents?.args) this.args = contents.args;
    if (contents?.kwds) this.kwds = contents.kwds;
  }
}

/** A `!relative` path, resolved once docs_dir is known (see resolve-relative.ts). */
export class RelativePath {
  readonly base: 'config_dir' | 'docs_dir' | 'page';
  readonly suffix: string;

  constructor(base: 'config_dir' | 'docs_dir' | 'page', suffix: string) {
    this.base = base;
    this.suffix = suffix;
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

/** The `!ENV` rule shared by the tag and by rewritten `!ENV [...]` mapping keys. */
export function resolveEnv(names: readonly unknown[], fallback: unknown, env: Env, schema: Schema): unknown {
  for (const name of names) {
    const value = env[String(name)];
    // Set-but-empty counts as set, like `var in os.environ`.
    if (value !== undefined) return schema.resolveImplicitScalarTag(value).value;
  }
  return fallback;
}

/** `!ENV [A, B, default]` -> names [A, B], default; `!ENV [A]` -> names [A], no default. */
export function splitEnvList(items: readonly unknown[]): { names: unknown[]; fallback: unknown } {
  if (items.length < 2) return { names: [...items], fallback: null };
  return { names: items.slice(0, -1), fallback: items.at(-1) };
}

const PY_BOOLEANS = new Map<string, boolean>([
  ...['yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((word): [string, boolean] => [word, true]),
  ...['no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((word): [string, boolean] => [word, false]),
]);

const PYTHON_PREFIX = 'tag:yaml.org,2002:python/';

/** `tag:yaml.org,2002:python/name:x.y` -> ['name', 'x.y']. */
function splitPythonTag(tagName: string): [string, string] {
  const rest = tagName.slice(PYTHON_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon === -1 ? [rest, ''] : [rest.slice(0, colon), rest.slice(colon + 1)];
}

export interface DialectOptions {
  readonly env: Env;
  /** Values of rewritten `!ENV [...]` mapping keys, by id (see env-keys.ts). */
  readonly envKeys: readonly unknown[];
}

/** The schema for one load: `!ENV` reads `options.env`, never `process.env` directly. */
export function createSchema(options: DialectOptions): Schema {
  const tags: TagDefinition[] = [
    mergeTag,
    defineScalarTag('tag:yaml.org,2002:bool', {
      implicit: true,
      implicitFirstChars: ['y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O'],
      resolve: (source) => PY_BOOLEANS.get(source) ?? NOT_RESOLVED,
      identify: (data) => typeof data === 'boolean',
    }),
    defineScalarTag('!ENV', {
      resolve: (source) => resolveEnv([source], null, options.env, schema),
      identify: () => false,
    }),
    defineSequenceTag<unknown[], unknown>('!ENV', {
      create: () => [],
      addItem: (items, item) => {
        items.push(item);
      },
      finalize: (items) => {
        const { names, fallback } = splitEnvList(items);
        return resolveEnv(names, fallback, options.env, schema);
      },
      identify: () => false,
    }),
    // `!envkey N` only ever comes from env-keys.ts, standing in for an `!ENV [...]` mapping key.
    defineScalarTag('!envkey', {
      resolve: (source) => {
        const index = Number(source);
        return Number.isInteger(index) && index >= 0 && index < options.envKeys.length ? options.envKeys[index] : NOT_RESOLVED;
      },
      identify: () => false,
    }),
    defineScalarTag('!relative', {
      resolve: (source) => parseRelative(source) ?? NOT_RESOLVED,
      identify: () => false,
    }),
    defineScalarTag(PYTHON_PREFIX, {
      matchByTagPrefix: true,
      resolve: (source, _explicit, tagName) => {
        const [kind, name] = splitPythonTag(tagName);
        // `!!python/name:x.y` has an empty body; `!!python/str text` style tags carry the value.
        return new PythonValue(kind, name === '' ? source : name);
      },
      identify: () => false,
    }),
    defineSequenceTag<{ tag: string; items: unknown[] }, PythonValue>(PYTHON_PREFIX, {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, items: [] }),
      addItem: (carrier, item) => {
        carrier.items.push(item);
      },
      finalize: ({ tag, items }) => {
        const [kind, name] = splitPythonTag(tag);
        return new PythonValue(kind, name, { args: items });
      },
      identify: () => false,
    }),
    defineMappingTag<{ tag: string; pairs: Record<string, unknown> }, PythonValue>(PYTHON_PREFIX, {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, pairs: {} }),
      addPair: (carrier, key, value) => {
        carrier.pairs[String(key)] = value;
        return '';
      },
      has: (carrier, key) => Object.hasOwn(carrier.pairs, String(key)),
      keys: (result) => Object.keys(result.kwds ?? {}),
      get: (result, key) => result.kwds?.[String(key)],
      finalize: ({ tag, pairs }) => {
        const [kind, name] = splitPythonTag(tag);
        // object/apply's mapping form spells its arguments out as `args:` and `kwds:`.
        const args = pairs['args'];
        const kwds = pairs['kwds'];
        if (Array.isArray(args) || isRecord(kwds)) {
          return new PythonValue(kind, name, { args: Array.isArray(args) ? args : [], kwds: isRecord(kwds) ? kwds : {} });
        }
        return new PythonValue(kind, name, { kwds: pairs });
      },
      identify: () => false,
    }),
  ];
  const schema = CORE_SCHEMA.withTags(tags);
  return schema;
}

/**
 * MkDocs' rules for `!relative`: no argument (the current page's folder), or `$config_dir` /
 * `$docs_dir` optionally followed by `/sub/path`. Anything else is refused.
 */
export function parseRelative(source: string): RelativePath | undefined {
  const value = source.trim();
  if (value === '') return new RelativePath('page', '');
  const slash = value.indexOf('/');
  const prefix = slash === -1 ? value : value.slice(0, slash);
  const suffix = slash === -1 ? '' : value.slice(slash + 1);
  if (prefix === '$config_dir') return new RelativePath('config_dir', suffix);
  if (prefix === '$docs_dir') return new RelativePath('docs_dir', suffix);
  return undefined;
}

/** A plain YAML mapping (not a list, not a PythonValue or RelativePath). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `record[key] = value`, except that `__proto__` becomes a plain own key instead of replacing
 * the prototype: a config key named `__proto__` is an unknown setting like any other.
 */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
