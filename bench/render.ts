/**
 * Renders every page of an MkDocs project in one process with our renderer and prints the
 * time per page, with and without the auto-appended glossary (pymdownx.snippets auto_append).
 *
 *   npm run bench                                   # the Privacy Guides corpus next to this repo
 *   npm run bench -- ../shared/corpus/privacyguides --out /tmp/pg-fragments
 *
 * With --out, each page's HTML body is written as a fragment (`about/donate.md` -> `about/donate.html`),
 * which ../shared/conformance/compare.mjs scores without --select.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadProject } from './project.ts';
import { createRenderer } from '../src/markdown/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, runs: { type: 'string' } } });
const projectDir = path.resolve(positionals[0] ?? path.join(import.meta.dirname, '../../shared/corpus/privacyguides'));
const project = loadProject(projectDir);
const sources = project.pages.map((page) => ({ page, value: readFileSync(path.join(project.docsDir, page), 'utf8') }));

function run(withGlossary: boolean, out?: string): number {
  const extensions = project.extensions.map((spec) =>
    !withGlossary && spec.name === 'pymdownx.snippets' ? { ...spec, options: { ...spec.options, auto_append: [] } } : spec,
  );
  const renderer = createRenderer({ extensions, projectDir, docsDir: project.docsDir, resolveLink: project.resolveLink });
  const start = performance.now();
  let messages = 0;
  for (const { page, value } of sources) {
    const result = renderer.render({ path: page, value });
    messages += result.messages.length;
    if (out) {
      const file = path.join(out, page.replace(/\.md$/, '.html'));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, result.html);
    }
  }
  const ms = performance.now() - start;
  if (out) console.log(`fragments written to ${out} (${messages} messages)`);
  return ms;
}

const runs = Number(values.runs ?? 3);
// First run warms up the JIT and writes fragments if asked; the median of the rest is reported.
run(true, values.out);
for (const withGlossary of [true, false]) {
  const times = Array.from({ length: runs }, () => run(withGlossary)).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${withGlossary ? 'with glossary   ' : 'without glossary'}: ${(median / sources.length).toFixed(2)} ms/page, ${median.toFixed(0)} ms for ${sources.length} pages (median of ${runs})`);
}
