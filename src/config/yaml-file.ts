/**
 * Reads one YAML file in mkdocs.yml's dialect into a value plus the position of every key.
 * Syntax errors become ConfigErrors at the offending line and column.
 */
import { readFileSync } from 'node:fs';
import { constructFromEvents, parseEvents, YAMLException } from 'js-yaml';
import { parseLikePyYaml } from '../shared/yaml-indent.ts';
import { yamlTooLarge } from '../shared/yaml-size.ts';
import { rewriteEnvKeys } from './env-keys.ts';
import { ConfigError } from './errors.ts';
import { buildPositions, type Place, type PositionNode } from './positions.ts';
import { createSchema, type Env } from './yaml-tags.ts';

export interface YamlFile {
  readonly value: unknown;
  readonly positions: PositionNode | undefined;
  /** Keys written twice in one mapping: allowed (the last wins, as in PyYAML) but worth a warning. */
  readonly duplicateKeys: ReadonlyArray<{ readonly name: string; readonly place: Place }>;
}

/** `file` is the path to read; `displayName` is how messages name it. */
export function readYamlFile(file: string, displayName: string, env: Env): YamlFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError({ file: displayName }, `cannot read the config file: ${reason}`, { cause: error });
  }
  return parseYaml(text, displayName, env);
}

export function parseYaml(text: string, displayName: string, env: Env): YamlFile {
  const envKeys: unknown[] = [];
  const schema = createSchema({ env, envKeys });
  const duplicateKeys: Array<{ name: string; place: Place }> = [];
  try {
    const rewrite = rewriteEnvKeys(text.replace(/^\uFEFF/, ''), env, () => schema);
    envKeys.push(...rewrite.values);
    // Under-indented continuation lines PyYAML accepts are indented first (the events slice this source).
    const { source, events } = parseLikePyYaml(rewrite.source, (text) => ({ source: text, events: parseEvents(text, { filename: displayName }) }));
    // `json: true`: a repeated key overrides the earlier one instead of failing, as in PyYAML.
    const [value = null] = constructFromEvents(events, { source, schema, filename: displayName, json: true });
    const tooLarge = yamlTooLarge(value);
    if (tooLarge) throw new ConfigError({ file: displayName }, `refusing this YAML: ${tooLarge}`);
    const positions = buildPositions(events, {
      file: displayName,
      source,
      schema,
      onDuplicateKey: (name, place) => duplicateKeys.push({ name, place }),
    });
    return { value, positions, duplicateKeys };
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      throw new ConfigError(
        { file: displayName, line: mark ? mark.line + 1 : undefined, column: mark ? mark.column + 1 : undefined },
        `invalid YAML: ${explain(error.reason)}`,
        { cause: error },
      );
    }
    throw error;
  }
}

function explain(reason: string): string {
  if (reason.includes('!<!relative>')) {
    return '!relative takes nothing, $config_dir or $docs_dir, optionally followed by /sub/folder';
  }
  return reason;
}
