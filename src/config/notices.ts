/**
 * The warnings and notes of a config that loads: settings we do not know, plugins and theme
 * features we do not implement (one message per item, pointing at it), `extra` settings that
 * are not drawn (analytics, consent, a selector written wrong; src/config/extra.ts), and MkDocs'
 * own notes.
 */
import { extraProblems } from './extra.ts';
import { isSupportedFeature, isSupportedPlugin, mermaid2Redundant, outputOnly, partlySupported, RENAMED_FEATURES, runsSitePython } from './features.ts';
import { placeOf, type ValuePath } from './problems.ts';
import { positionAt, type PositionNode } from './positions.ts';
import { KNOWN_KEYS } from './schema.ts';
import type { ConfigMessage, MkdocsConfig } from './types.ts';

export class Notices {
  readonly messages: ConfigMessage[] = [];
  readonly #positions: PositionNode | undefined;
  readonly #file: string;

  constructor(positions: PositionNode | undefined, file: string) {
    this.#positions = positions;
    this.#file = file;
  }

  /** `atKey`: point at the key (`tags:`) rather than at its value. */
  add(severity: ConfigMessage['severity'], path: ValuePath, message: string, atKey = false): void {
    const node = atKey ? positionAt(this.#positions, path) : undefined;
    const place = node?.key ?? placeOf(this.#positions, path, this.#file);
    this.messages.push({ severity, message, file: place.file, line: place.line, column: place.column });
  }
}

/**
 * Top-level keys MkDocs 1.6 retired (mkdocs/config/defaults.py `c.Deprecated`), told in its words:
 * `google_analytics` is a deprecation warning there too; `pages` stops MkDocs' build, and here is
 * a warning that says what to write, its nav left to be made from the files.
 */
const RETIRED_KEYS: Readonly<Record<string, string>> = {
  pages: "The configuration option 'pages' was removed from MkDocs. Use 'nav' instead; ignored, so the nav is made from the docs files",
  google_analytics: "The configuration option google_analytics has been deprecated and will be removed in a future release of MkDocs. See the options available on your theme for an alternative (Material's extra.analytics); ignored",
};

export function reportUnsupported(config: MkdocsConfig, raw: Record<string, unknown>, notices: Notices): void {
  for (const key of Object.keys(raw)) {
    const retired = Object.hasOwn(RETIRED_KEYS, key) ? RETIRED_KEYS[key] : undefined;
    if (retired !== undefined && raw[key] != null) notices.add('warning', [key], retired, true);
    else if (!KNOWN_KEYS.has(key)) notices.add('warning', [key], `unknown setting '${key}'; ignored`, true);
  }
  const pluginPaths = pluginPathsOf(raw['plugins']);
  config.plugins.forEach((plugin, index) => {
    const at = pluginPaths[index] ?? ['plugins'];
    const enabled = plugin.options['enabled'] !== false;
    const partly = partlySupported(plugin.name);
    const unneeded = outputOnly(plugin.name) ?? mermaid2Redundant(plugin.name, config.markdown_extensions);
    if (partly !== undefined) notices.add('info', at, `plugin '${plugin.name}' is partly supported: ${partly}`, true);
    else if (unneeded !== undefined) notices.add('info', at, `plugin '${plugin.name}' is not run: ${unneeded}`, true);
    else if (!isSupportedPlugin(plugin.name)) {
      const python = runsSitePython(plugin.name, plugin.options);
      // A plugin switched off with `enabled: false` would do nothing anyway: a note, not a warning.
      notices.add(enabled ? 'warning' : 'info', at, python === undefined ? `plugin '${plugin.name}' is not supported; ignored` : `plugin '${plugin.name}' is not supported: ${python}`, true);
    }
    // Material's `group` plugin nests plugins under `plugins:`; each one is named on its own.
    const nested = plugin.options['plugins'];
    if (plugin.name.replace(/^material\//, '') === 'group' && typeof nested === 'object' && nested !== null) {
      for (const [nestedIndex, [name, options]] of namedEntries(nested).entries()) {
        if (isSupportedPlugin(name)) continue;
        const nestedEnabled = enabled && !(typeof options === 'object' && options !== null && Reflect.get(options, 'enabled') === false);
        const path = Array.isArray(nested) ? [...at, 'plugins', nestedIndex] : [...at, 'plugins', name];
        const nestedPartly = partlySupported(name);
        if (nestedPartly !== undefined) {
          notices.add('info', path, `plugin '${name}' (in group '${plugin.name}') is partly supported: ${nestedPartly}`, true);
          continue;
        }
        const nestedUnneeded = outputOnly(name) ?? mermaid2Redundant(name, config.markdown_extensions);
        if (nestedUnneeded !== undefined) {
          notices.add('info', path, `plugin '${name}' (in group '${plugin.name}') is not run: ${nestedUnneeded}`, true);
          continue;
        }
        notices.add(nestedEnabled ? 'warning' : 'info', path, `plugin '${name}' (in group '${plugin.name}') is not supported; ignored`, true);
      }
    }
  });
  config.theme.features.forEach((feature, index) => {
    if (Object.hasOwn(RENAMED_FEATURES, feature)) {
      notices.add('info', ['theme', 'features', index], `theme feature '${feature}' was renamed '${RENAMED_FEATURES[feature] ?? ''}' in Material 6; ignored, as Material 9 ignores it`);
    } else if (!isSupportedFeature(feature)) {
      // Every Material 9 feature is supported, so this name is none of Material's (a typo such as
      // `content.code.annotation`, copied by many sites): Material ignores it without a word, so a
      // note, not a warning that would fail a `strict` build MkDocs passes.
      notices.add('info', ['theme', 'features', index], `theme feature '${feature}' is not one of Material's; ignored, as Material ignores it`);
    }
  });
  if (config.theme.name !== 'material' && raw['theme'] !== undefined) {
    const at = typeof raw['theme'] === 'string' ? ['theme'] : ['theme', 'name'];
    notices.add('warning', at, `theme '${config.theme.name ?? 'null'}' is not supported; the site is drawn with Material's look`);
  }
  // Named as written (`hooks/edit_url.py`): the message is already placed at its line in mkdocs.yml.
  const writtenHooks = Array.isArray(raw['hooks']) ? (raw['hooks'] as unknown[]) : [];
  config.hooks.forEach((hook, index) => {
    const written = writtenHooks[index];
    notices.add('warning', ['hooks', index], `hook '${typeof written === 'string' ? written : hook}' is Python and cannot run here; ignored`);
  });
  if (config.edit_uri_template !== undefined && raw['edit_uri'] != null) {
    notices.add('warning', ['edit_uri'], "the option 'edit_uri' has no effect when 'edit_uri_template' is set", true);
  }
  for (const problem of extraProblems(raw['extra'])) notices.add(problem.severity ?? 'warning', problem.path, problem.message, problem.atKey);
}

/** `[a, {b: {...}}]` or `{a: {}, b: {...}}` -> [name, options] pairs. */
function namedEntries(raw: object): Array<[string, unknown]> {
  if (!Array.isArray(raw)) return Object.entries(raw);
  return raw.flatMap((item): Array<[string, unknown]> =>
    typeof item === 'string' ? [[item, {}]] : typeof item === 'object' && item !== null ? Object.entries(item) : [],
  );
}

/** Where each plugin was written: `plugins[2]` / `plugins[2].tags` in list form, `plugins.tags` in map form. */
/** Where the plugin `name` is written under `plugins:` (list or mapping form); undefined when it is not there (e.g. inside a group). */
export function pluginPath(raw: unknown, name: string): ValuePath | undefined {
  return pluginPathsOf(raw).find((at) => {
    const last = at[at.length - 1];
    return typeof last === 'string' ? last === name : Array.isArray(raw) && raw[last ?? -1] === name;
  });
}

function pluginPathsOf(raw: unknown): ValuePath[] {
  if (Array.isArray(raw)) {
    return raw.flatMap((item, index): ValuePath[] =>
      typeof item === 'object' && item !== null ? Object.keys(item).map((name) => ['plugins', index, name]) : [['plugins', index]],
    );
  }
  if (typeof raw === 'object' && raw !== null) return Object.keys(raw).map((name) => ['plugins', name]);
  return [];
}
