/**
 * A project folder on disk and one page rendered by the macros plugin in it, for the tests of
 * src/site/macros-render.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { macrosPlugin, type MacrosSettings } from '../../src/site/macros.ts';
import { createMacros, type MacrosOutcome } from '../../src/site/macros-render.ts';

/** A project folder with `files` (paths relative to it); docs_dir is its `docs/`. */
export function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'macros-'));
  mkdirSync(path.join(dir, 'docs'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The plugin's settings for `options` in `dir` (site_name Guide, site_url https://example.org/guide/). */
export function settingsOf(dir: string, options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): MacrosSettings {
  const plugin = macrosPlugin([{ name: 'macros', options }], { extra, site_name: 'Guide', docs_dir: path.join(dir, 'docs'), site_url: 'https://example.org/guide/' }, dir);
  assert.ok(plugin.settings);
  return plugin.settings;
}

const PAGES = new Map([
  ['index.md', { url: '' }],
  ['guide/install.md', { url: 'guide/install/' }],
]);

/** One page rendered with the plugin's `options` in the project `dir`. */
export function render(dir: string, markdown: string, options: { options?: Record<string, unknown>; extra?: Record<string, unknown>; meta?: Record<string, unknown>; src?: string } = {}): MacrosOutcome {
  const macros = createMacros(settingsOf(dir, options.options, options.extra), path.join(dir, 'docs'), { pages: PAGES });
  return macros.render({ src: options.src ?? 'guide/install.md', meta: options.meta ?? {}, markdown });
}
