/**
 * Small sites with a custom_dir (`overrides/`) for the template tests: each in its own temporary
 * folder, removed after the file's tests; and the segments of a block or partial as one string.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { prepareSite, type PreparedSite } from '../../src/site/prepare.ts';
import type { TemplateSegment } from '../../src/site/templates/index.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A site with `files` (paths under the project: docs/..., overrides/...) and mkdocs.yml lines after `theme:`'s name and custom_dir. */
export async function templateSite(files: Record<string, string>, config = ''): Promise<PreparedSite & { root: string }> {
  const root = mkdtempSync(path.join(tmpdir(), 'templates-'));
  roots.push(root);
  const all = { 'docs/index.md': '# Home\n\nText.\n', ...files };
  mkdirSync(path.join(root, 'overrides'), { recursive: true });
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  writeFileSync(path.join(root, 'mkdocs.yml'), `site_name: T\ntheme:\n  name: material\n  custom_dir: overrides\n${config}`);
  return { ...(await prepareSite({ configFile: path.join(root, 'mkdocs.yml') })), root };
}

export const pageOf = (prepared: PreparedSite, src = 'index.md') => {
  const found = prepared.model.pages.find((p) => p.src === src);
  assert.ok(found, src);
  return found;
};

/** Segments as text, each slot as `[name]`. */
export const segmentText = (segments: TemplateSegment[] | undefined) => (segments ?? []).map((s) => (s.kind === 'html' ? s.html : `[${s.name}]`)).join('');

export const templateWarnings = (prepared: PreparedSite) => prepared.messages.filter((m) => m.severity === 'warning' && m.ruleId === 'templates');
