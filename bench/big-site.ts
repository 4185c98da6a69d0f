/**
 * A large site for the bench, made from a real one: `docs/` is kept and copied whole (assets too,
 * so every relative link still works) into `docs/c02/`, `docs/c03/`..., and the `nav:` of
 * mkdocs.yml gets one section per copy, "Copy 02" holding the original nav with each page path
 * prefixed by `c02/`. The nav therefore grows with the site, as a real large site's does.
 *
 *   makeBigSite('../shared/corpus/privacyguides', '/tmp/pg-x16', 16)   // 123 pages -> 1968 pages
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes the multiplied project to `outDir` (emptied first) and returns its mkdocs.yml. */
export function makeBigSite(projectDir: string, outDir: string, copies: number): string {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const configText = readFileSync(path.join(projectDir, 'mkdocs.yml'), 'utf8');
  // Everything next to mkdocs.yml the build reads (theme, includes) comes along as it is.
  for (const entry of ['docs', 'theme', 'includes', 'assets', 'overrides']) {
    if (existsSync(path.join(projectDir, entry))) cpSync(path.join(projectDir, entry), path.join(outDir, entry), { recursive: true });
  }
  const docs = path.join(outDir, 'docs');
  const prefixes: string[] = [];
  for (let n = 2; n <= copies; n++) {
    const prefix = `c${String(n).padStart(2, '0')}`;
    prefixes.push(prefix);
    cpSync(path.join(projectDir, 'docs'), path.join(docs, prefix), { recursive: true });
  }
  writeFileSync(path.join(outDir, 'mkdocs.yml'), multiplyNav(configText, prefixes));
  return path.join(outDir, 'mkdocs.yml');
}

/**
 * The config text with one nav section per prefix appended to the top-level `nav:` block.
 * Works on the text (not parsed YAML) so the project's own tags (`!ENV`) stay as they are.
 */
export function multiplyNav(configText: string, prefixes: readonly string[]): string {
  const lines = configText.split('\n');
  const start = lines.findIndex((line) => line === 'nav:');
  if (start < 0) return configText;
  let end = start + 1;
  // The block ends at the next top-level key (a line starting with neither space, '-' nor '#').
  while (end < lines.length && !/^[^\s#-]/.test(lines[end] ?? '')) end++;
  const body = lines.slice(start + 1, end).filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const sections = prefixes.flatMap((prefix) => [
    `  - "Copy ${prefix}":`,
    // A page path is the whole value after `- ` or `key: `; URLs (`https://...`) never match.
    ...body.map((line) => `    ${line.replace(/(^\s*-\s+|:\s+)(["']?)([^"'\s:]+\.md)\2\s*$/, (_m, lead: string, quote: string, page: string) => `${lead}${quote}${prefix}/${page}${quote}`)}`),
  ]);
  return [...lines.slice(0, end), ...sections, ...lines.slice(end)].join('\n');
}
