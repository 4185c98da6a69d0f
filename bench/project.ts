/**
 * Minimal project loading for the bench: reads mkdocs.yml through the real config loader
 * and lists pages as the site build does.
 */
import path from 'node:path';
import { loadConfig } from '../src/config/index.ts';
import { discoverFiles } from '../src/site/discover.ts';
import type { ExtensionSpec } from '../src/markdown/types.ts';

export interface BenchProject {
  docsDir: string;
  pages: string[];
  extensions: ExtensionSpec[];
  resolveLink: (href: string, from: string) => string | undefined;
}

export function loadProject(projectDir: string): BenchProject {
  const { config } = loadConfig(path.join(projectDir, 'mkdocs.yml'));
  const docsDir = config.docs_dir;
  const pages = discoverFiles(docsDir, { useDirectoryUrls: config.use_directory_urls, exclude: config.exclude_docs })
    .pages.map((page) => page.src)
    .filter((src) => src.endsWith('.md'));
  const known = new Set(pages);
  return {
    docsDir,
    pages,
    extensions: config.markdown_extensions,
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
