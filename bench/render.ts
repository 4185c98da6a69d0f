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

/** Wall and CPU milliseconds of one pass over every page: CPU time is what to compare on a machine others share. */
function run(withGlossary: boolean, out?: string): { ms: number; cpu: number } {
  const extensions = project.extensions.map((spec) =>
    !withGlossary && spec.name === 'pymdownx.snippets' ? { ...spec, options: { ...spec.options, auto_append: [] } } : spec,
  );
  const renderer = createRenderer({ extensions, projectDir, docsDir: project.docsDir, resolveLink: project.resolveLink });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpuStart);
  if (out) console.log(`fragments written to ${out} (${messages} messages)`);
  return { ms, cpu: (cpu.user + cpu.system) / 1000 };
}

const runs = Number(values.runs ?? 3);
// First run warms up the JIT and writes fragments if asked; the median of the rest is reported.
run(true, values.out);
for (const withGlossary of [true, false]) {
  const times = Array.from({ length: runs }, () => run(withGlossary));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const ms = median(times.map((time) => time.ms));
  const cpu = median(times.map((time) => time.cpu));
  console.log(`${withGlossary ? 'with glossary   ' : 'without glossary'}: ${(ms / sources.length).toFixed(2)} ms/page, ${ms.toFixed(0)} ms for ${sources.length} pages; CPU ${(cpu / sources.length).toFixed(2)} ms/page (medians of ${runs})`);
}
