/**
 * A project folder on disk and one page expanded by the include-markdown plugin in it, for the
 * tests of src/site/include-markdown-render.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { includeMarkdownPlugin } from '../../src/site/include-markdown.ts';
import { createIncludeMarkdown, type IncludeMarkdownOutcome } from '../../src/site/include-markdown-render.ts';

/** A project folder with `files` (paths relative to it, text or bytes); docs_dir is its `docs/`. */
export function project(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'include-markdown-'));
  mkdirSync(path.join(dir, 'docs'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** `markdown` as the page `src` (default `index.md`) of `dir`, expanded with the plugin's `options`. */
export function expand(dir: string, markdown: string, options: { options?: Record<string, unknown>; src?: string } = {}): IncludeMarkdownOutcome {
  const plugin = includeMarkdownPlugin([{ name: 'include-markdown', options: options.options ?? {} }]);
  assert.ok(plugin.settings);
  assert.deepEqual(plugin.problems, []);
  return createIncludeMarkdown(plugin.settings, path.join(dir, 'docs')).render({ src: options.src ?? 'index.md', markdown });
}

/** The expanded Markdown, asserting that nothing was said about it. */
export function expanded(dir: string, markdown: string, options: { options?: Record<string, unknown>; src?: string } = {}): string {
  const outcome = expand(dir, markdown, options);
  assert.deepEqual(outcome.messages.map((m) => m.message), []);
  return outcome.markdown;
}
