/**
 * `INHERIT: base.yml`, as MkDocs 1.x does it (mkdocs/utils `yaml_load`): the parent is read
 * relative to the file that names it, then the child is deep-merged over it (mappings merged
 * recursively, the child's value wins, lists replaced). Paths inside the parent are NOT rebased:
 * like MkDocs, docs_dir and friends resolve against the main config file's folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, describeValue } from './errors.ts';
import { positionAt, type Place, type PositionNode } from './positions.ts';
import { readYamlFile } from './yaml-file.ts';
import { isRecord, setOwn, type Env } from './yaml-tags.ts';

export interface RawConfig {
  readonly value: Record<string, unknown>;
  readonly positions: PositionNode | undefined;
  readonly duplicateKeys: ReadonlyArray<{ readonly name: string; readonly place: Place }>;
  /** Every file of the chain, absolute, the file itself first: a change to any of them changes the config. */
  readonly files: readonly string[];
}

export function readConfigChain(file: string, displayName: string, env: Env, chain: readonly string[] = []): RawConfig {
  const absolute = path.resolve(file);
  const own = readYamlFile(absolute, displayName, env);
  // An empty file is an empty mapping to MkDocs (then site_name is reported missing).
  if (own.value === null) return { value: {}, positions: own.positions, duplicateKeys: own.duplicateKeys, files: [absolute] };
  if (!isRecord(own.value)) {
    const place = own.positions?.value ?? { file: displayName, line: 1, column: 1 };
    throw new ConfigError(place, `the config file must be a mapping of settings: found ${describeValue(own.value)}, expected a mapping such as 'site_name: My Docs'`);
  }
  const { INHERIT: inherit, ...value } = own.value;
  if (inherit === undefined) return { value, positions: own.positions, duplicateKeys: own.duplicateKeys, files: [absolute] };

  const place = positionAt(own.positions, ['INHERIT'])?.value ?? { file: displayName };
  if (typeof inherit !== 'string' || inherit === '') {
    throw new ConfigError(place, `invalid value for 'INHERIT': found ${describeValue(inherit)}, expected the path of a parent config file`);
  }
  // Relative to the inheriting file; an absolute path stands as written (os.path.join in MkDocs).
  const parentFile = path.resolve(path.dirname(absolute), inherit);
  if (!existsSync(parentFile)) {
    throw new ConfigError(place, `inherited config file '${inherit}' does not exist at '${parentFile}'`);
  }
  if (chain.includes(parentFile) || parentFile === absolute) {
    throw new ConfigError(place, `INHERIT loops back to '${parentFile}'`);
  }
  const parentName = path.isAbsolute(inherit) ? inherit : path.normalize(path.join(path.dirname(displayName), inherit));
  const parent = readConfigChain(parentFile, parentName, env, [...chain, absolute]);
  const merged = deepMerge(parent.value, value);
  return {
    value: isRecord(merged) ? merged : value,
    positions: mergePositions(parent.positions, own.positions, parent.value, value),
    duplicateKeys: [...parent.duplicateKeys, ...own.duplicateKeys],
    files: [absolute, ...parent.files],
  };
}

/** mergedeep's REPLACE strategy: mappings merge key by key, anything else is replaced. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    setOwn(result, key, Object.hasOwn(base, key) ? deepMerge(base[key], value) : value);
  }
  return result;
}

function mergePositions(
  base: PositionNode | undefined,
  over: PositionNode | undefined,
  baseValue: unknown,
  overValue: unknown,
): PositionNode | undefined {
  if (!base || !over || !isRecord(baseValue) || !isRecord(overValue)) return over ?? base;
  const children = new Map(base.children);
  for (const [key, child] of over.children) {
    children.set(key, mergePositions(base.children.get(key), child, baseValue[key], overValue[key]) ?? child);
  }
  return { value: over.value, key: over.key, children };
}
