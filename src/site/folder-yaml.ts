/**
 * The per-folder YAML settings files of the nav plugins (awesome-pages' `.pages`, awesome-nav's
 * `.nav.yml`): each read with mkdocs.yml's reader (for the line of every key) and handed to the
 * plugin's parser. A file that cannot be read, is not valid YAML or has a wrong value is left out
 * whole, with a warning at its line; the folder then keeps the plugin's defaults.
 *
 *   readFolderYamlFiles('/site/docs', ['guide/.pages'], 'awesome-pages', parsePagesMeta)
 *     -> { byFolder: Map { 'guide' => {...} }, messages: [] }
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.ts';
import { findPosition, type PositionNode } from '../config/positions.ts';
import { parseYaml } from '../config/yaml-file.ts';
import type { SiteMessage } from './messages.ts';

type KeyPath = ReadonlyArray<string | number>;

/** Something the file asks that is skipped: at a key, or (`line`, 1-based) where no key says it. */
export interface FolderYamlNote {
  readonly message: string;
  readonly at: KeyPath;
  readonly line?: number | undefined;
}

/** A parser's answer: the settings (with located notes), or the problem that refuses the file. */
export type FolderYamlParsed<T> = { readonly value: T; readonly notes?: readonly FolderYamlNote[] } | { readonly problem: { readonly message: string; readonly at: KeyPath } };

export interface FolderYamlFiles<T> {
  /** Each read file's settings by folder (docs-relative, `` for docs_dir). */
  readonly byFolder: Map<string, T>;
  /** Where each read file's keys are, by folder: for later messages about its entries. */
  readonly positions: Map<string, PositionNode | undefined>;
  readonly messages: SiteMessage[];
}

/** `label` starts every message (the plugin's name); `files` are docs-relative. */
export function readFolderYamlFiles<T>(docsDir: string, files: readonly string[], label: string, parse: (data: unknown, text: string) => FolderYamlParsed<T>): FolderYamlFiles<T> {
  const byFolder = new Map<string, T>();
  const positions = new Map<string, PositionNode | undefined>();
  const messages: SiteMessage[] = [];
  for (const src of files) {
    const file = path.join(docsDir, src);
    const ignored = (reason: string, line?: number, column?: number): void => {
      messages.push({ severity: 'warning', message: `${label}: ${path.posix.basename(src)} file ignored: ${reason}`, file, line, column });
    };
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      ignored(cause instanceof Error ? cause.message : String(cause));
      continue;
    }
    try {
      // mkdocs.yml's reader, for the line of every key; no environment: `!ENV` has no place here.
      const yaml = parseYaml(text, file, {});
      const at = (keys: KeyPath) => {
        const place = findPosition(yaml.positions, keys);
        return place?.key ?? place?.value;
      };
      const parsed = parse(yaml.value, text);
      if ('problem' in parsed) {
        const place = at(parsed.problem.at);
        ignored(parsed.problem.message, place?.line, place?.column);
        continue;
      }
      for (const note of parsed.notes ?? []) {
        const place = note.line === undefined ? at(note.at) : { line: note.line, column: undefined };
        messages.push({ severity: 'warning', message: `${label}: ${note.message}`, file, line: place?.line, column: place?.column });
      }
      const folder = path.posix.dirname(src);
      byFolder.set(folder === '.' ? '' : folder, parsed.value);
      positions.set(folder === '.' ? '' : folder, yaml.positions);
    } catch (cause) {
      if (!(cause instanceof ConfigError)) throw cause;
      ignored(cause.reason, cause.line, cause.column);
    }
  }
  return { byFolder, positions, messages };
}
