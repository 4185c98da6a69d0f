/**
 * The renderer's fixture folders (tests/markdown/fixtures/<extension>/): each one's
 * markdown_extensions, read from its config.yml in mkdocs.yml's dialect, and its pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { createSchema } from '../../src/config/yaml-tags.ts';
import { normalizeExtensions, type ExtensionSpec } from '../../src/shared/extension-specs.ts';

export const FIXTURES_ROOT = path.join(import.meta.dirname, '../markdown/fixtures');

export interface FixtureFolder {
  readonly name: string;
  readonly folder: string;
  readonly configFile: string;
  readonly extensions: ExtensionSpec[];
  /** The `.md` files, sorted. */
  readonly pages: string[];
}

export function fixtureFolders(root = FIXTURES_ROOT): FixtureFolder[] {
  const folders: FixtureFolder[] = [];
  for (const name of readdirSync(root).sort()) {
    const folder = path.join(root, name);
    const configFile = path.join(folder, 'config.yml');
    if (!existsSync(configFile)) continue;
    // mkdocs.yml's dialect: emoji configs need `!!python/name:material.extensions.emoji.twemoji`.
    const config: unknown = load(readFileSync(configFile, 'utf8'), { schema: createSchema({ env: {}, envKeys: [] }) });
    const raw = typeof config === 'object' && config !== null && 'markdown_extensions' in config ? config.markdown_extensions : [];
    const pages = readdirSync(folder).filter((file) => file.endsWith('.md')).sort();
    folders.push({ name, folder, configFile, extensions: normalizeExtensions(raw), pages });
  }
  return folders;
}
