/**
 * Minimal project loading for the bench: reads mkdocs.yml through the real config loader
 * and lists pages as the site build does.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { normalizeExtensions } from '../src/markdown/extension-specs.ts';
import { loadMkdocsYaml } from './yaml-shim.ts';
import type { ExtensionSpec } from '../src/markdown/types.ts';

export interface BenchProject {
  docsDir: string;
  pages: string[];
  extensions: ExtensionSpec[];
  resolveLink: (href: string, from: string) => string | undefined;
}

export function loadProject(projectDir: string): BenchProject {
  const config = loadMkdocsYaml(path.join(projectDir, 'mkdocs.yml'));
  const docsDir = path.resolve(projectDir, typeof config['docs_dir'] === 'string' ? config['docs_dir'] : 'docs');
  const pages = (readdirSync(docsDir, { recursive: true, encoding: 'utf8' }))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  const known = new Set(pages);
  return {
    docsDir,
    pages,
    extensions: normalizeExtensions(config['markdown_extensions']),
    resolveLink: (href, from) => directoryUrl(href, from, known),
  };
}

/** MkDocs' use_directory_urls rewrite of a relative `.md` link, as a page-relative URL. */
function directoryUrl(href: string, from: string, known: Set<string>): string | undefined {
  const match = /^([^#?:]+\.md)(#.*)?$/.exec(href);
  if (!match?.[1] || href.startsWith('/')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), match[1]));
  if (!known.has(target)) return undefined;
  const url = (p: string) => (p === 'index.md' ? '' : p.replace(/(^|\/)(index|README)\.md$/, '$1').replace(/\.md$/, '/'));
  const fromDir = path.posix.dirname(`/${url(from)}x`);
  let relative = path.posix.relative(fromDir, `/${url(target)}`);
  if (url(target).endsWith('/') || url(target) === '') relative += relative === '' ? './' : '/';
  return relative.replace(/\/\/$/, '/') + (match[2] ?? '');
}
