/**
 * Differential testing against the reference renderer: generates N random Markdown documents from
 * the constructs Material for MkDocs sites use (bench/compat-fuzz-generate.ts), writes them into a
 * temporary MkDocs site whose markdown_extensions are the Privacy Guides corpus's plus PyMdown
 * Blocks and highlight, renders them all with ../shared/conformance/reference.py in one run and
 * with our renderer, and compares each page after the fixtures' normalization
 * (tests/helpers/normalize-html.ts; inline SVG icons compared by presence only).
 *
 *   node bench/compat-fuzz.ts --seed 1 --count 500              # prints each mismatching document
 *   node bench/compat-fuzz.ts --seed 1 --count 500 --reduce 20  # + the smallest block that still differs
 *   node bench/compat-fuzz.ts --file a.md --file b.md --reduce 2 # these documents instead, reduced
 *
 * The site stays in --dir (default: the OS temp folder): docs/fuzz/NNNN.md, ref/ (the reference's
 * fragments), ours/ (ours), reduced/ (with --reduce: NNNN.md, .ref.html, .ours.html).
 * A tool, not a test: it exits 0 whatever it finds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadProject } from './project.ts';
import { documentText, Generator, type FuzzDocument } from './compat-fuzz-generate.ts';
import { createRenderer } from '../src/markdown/index.ts';
import { normalizeHtml } from '../tests/helpers/normalize-html.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '200' },
    dir: { type: 'string' },
    edge: { type: 'string', default: '0.08' },
    reduce: { type: 'string', default: '0' },
    show: { type: 'string', default: '10' },
    file: { type: 'string', multiple: true },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
const dir = path.resolve(values.dir ?? path.join(os.tmpdir(), `compat-fuzz-${seed}`));
const referenceScript = [path.resolve(import.meta.dirname, '../../shared'), path.resolve(import.meta.dirname, '../../../shared')]
  .map((shared) => path.join(shared, 'conformance/reference.py'))
  .find((file) => existsSync(file));
if (referenceScript === undefined) throw new Error('reference.py not found: expected ../shared/conformance/ next to the checkout');

const MKDOCS_YML = `site_name: fuzz
markdown_extensions:
  - admonition
  - pymdownx.details
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.arithmatex:
      generic: true
  - pymdownx.critic
  - pymdownx.caret
  - pymdownx.keys
  - pymdownx.mark
  - pymdownx.tilde
  - pymdownx.snippets:
      auto_append:
        - includes/abbreviations.txt
  - pymdownx.tasklist:
      custom_checkbox: true
  - attr_list
  - def_list
  - md_in_html
  - meta
  - abbr
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - tables
  - footnotes
  - toc:
      toc_depth: 4
  - pymdownx.highlight:
      anchor_linenums: true
      line_spans: __span
      pygments_lang_class: true
  - pymdownx.inlinehilite
  - pymdownx.blocks.admonition
  - pymdownx.blocks.details
  - pymdownx.blocks.tab:
      alternate_style: true
`;

const FILES: Record<string, string> = {
  'mkdocs.yml': MKDOCS_YML,
  'includes/abbreviations.txt': '*[HTML]: Hyper Text Markup Language\n*[CSS]: Cascading Style Sheets\n*[VPN]: Virtual Private Network\n',
  'snippets/a.md': 'Snippet *a* with HTML and a [link](../other.md).\n',
  'snippets/list.md': '- snippet item\n- second item\n',
  'snippets/code.md': '```python\nx = 1\n```\n',
  'docs/other.md': '# Other\n\n## Section\n',
  'docs/sub/page.md': '# Page\n\n## Section\n',
  'docs/img/pic.png': 'not really a png\n',
};

/** Writes a site with the given pages (docs/fuzz/<name>.md). */
function writeSite(site: string, pages: Map<string, string>): void {
  rmSync(site, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) write(path.join(site, file), text);
  for (const [name, text] of pages) write(path.join(site, 'docs/fuzz', `${name}.md`), text);
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * One renderer per site folder: the reduction renders the same folder's config many times, with
 * other pages each time, so links resolve against the pages of the last writeSite.
 */
const renderers = new Map<string, ReturnType<typeof createRenderer>>();
const resolvers = new Map<string, (href: string, from: string) => string | undefined>();
function newRenderer(site: string): ReturnType<typeof createRenderer> {
  const project = loadProject(site);
  const resolveLink = (href: string, from: string): string | undefined => resolvers.get(site)?.(href, from);
  return createRenderer({ extensions: project.extensions, projectDir: site, docsDir: project.docsDir, resolveLink });
}

/** Both renderers' HTML for every page of the site, by name. */
function renderBoth(site: string, pages: Map<string, string>): Map<string, { ref: string; ours: string }> {
  const refDir = path.join(site, 'ref');
  execFileSync('/usr/bin/python3', [referenceScript!, site, '--out', refDir, '-q'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 28 });
  resolvers.set(site, loadProject(site).resolveLink);
  const renderer = renderers.get(site) ?? newRenderer(site);
  renderers.set(site, renderer);
  const results = new Map<string, { ref: string; ours: string }>();
  for (const [name, value] of pages) {
    let ours: string;
    try {
      ours = renderer.render({ path: `fuzz/${name}.md`, value }).html;
    } catch (error) {
      ours = `<pre>THROWN ${String(error)}</pre>`;
    }
    write(path.join(site, 'ours', `${name}.html`), ours);
    results.set(name, { ref: readFileSync(path.join(refDir, 'fuzz', `${name}.html`), 'utf8'), ours });
  }
  return results;
}

/**
 * The fixtures' normalization, with icons compared by presence and Twemoji images by their alt
 * text only: ours inline the drawing (a data: URI) where Material links its CDN, on purpose.
 */
function normalize(html: string): string {
  return normalizeHtml(
    html.replace(/<svg\b[\s\S]*?<\/svg>/g, '<svg></svg>').replace(/src="(?:data:image\/svg\+xml,|https:\/\/cdn\.jsdelivr\.net\/gh\/jdecked\/twemoji)[^"]*"/g, 'src="twemoji"'),
  );
}

/** Where two normalized pages first differ, with some context. */
function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  const from = Math.max(0, index - 60);
  const show = (text: string): string => JSON.stringify(text.slice(from, index + 80));
  return `ref  ${show(a)}\n      ours ${show(b)}`;
}

const generator = new Generator(seed, Number(values.edge));
const documents = new Map<string, FuzzDocument>();
const pages = new Map<string, string>();
const files = values.file ?? [];
for (let index = 1; index <= (files.length > 0 ? files.length : count); index++) {
  const name = String(index).padStart(4, '0');
  const file = files[index - 1];
  const doc = file === undefined ? generator.document() : { blocks: [readFileSync(file, 'utf8').replace(/\n$/, '').split('\n')], separators: [], definitions: [] };
  documents.set(name, doc);
  pages.set(name, documentText(doc));
}
writeSite(dir, pages);
const started = performance.now();
const results = renderBoth(dir, pages);
const mismatches: string[] = [];
for (const [name, { ref, ours }] of results) if (normalize(ref) !== normalize(ours)) mismatches.push(name);

console.log(`seed ${seed}, documents ${pages.size}, mismatches ${mismatches.length} (${((100 * mismatches.length) / pages.size).toFixed(1)}%), ${((performance.now() - started) / 1000).toFixed(1)} s; site ${dir}`);
for (const [index, name] of mismatches.entries()) {
  console.log(`  ${path.join(dir, 'docs/fuzz', `${name}.md`)}`);
  const result = results.get(name);
  if (result && index < Number(values.show)) console.log(`      ${firstDifference(normalize(result.ref), normalize(result.ours))}`);
}

// Reduction: each mismatching document's blocks alone and adjacent pairs, all in one reference run;
// then lines removed from the smallest that differs (one line, or runs of 2 and 4), keeping the
// shortest candidate that still differs, one reference run per round for all documents at once.
const reduceCount = Math.min(Number(values.reduce), mismatches.length);
if (reduceCount > 0) {
  const candidates = new Map<string, string>();
  for (const name of mismatches.slice(0, reduceCount)) {
    const doc = documents.get(name);
    if (!doc) continue;
    doc.blocks.forEach((_, block) => {
      candidates.set(`${name}-${block}`, documentText(doc, new Set([block])));
      if (block > 0) candidates.set(`${name}-${block - 1}+${block}`, documentText(doc, new Set([block - 1, block])));
    });
    candidates.set(`${name}-all`, pages.get(name) ?? '');
  }
  const current = new Map<string, string>();
  for (const [key, text] of smallestDiffering(candidates)) current.set(key.slice(0, key.indexOf('-')), text);
  for (let round = 0; round < 60; round++) {
    const next = new Map<string, string>();
    for (const [name, text] of current) {
      const lines = text.replace(/\n$/, '').split('\n');
      for (const width of [1, 2, 4]) {
        for (let from = 0; from + width <= lines.length; from++) {
          next.set(`${name}-${width}x${from}`, `${[...lines.slice(0, from), ...lines.slice(from + width)].join('\n')}\n`);
        }
      }
    }
    let changed = false;
    for (const [key, text] of smallestDiffering(next)) {
      const name = key.slice(0, key.indexOf('-'));
      if (text.length < (current.get(name) ?? '').length) { current.set(name, text); changed = true; }
    }
    if (!changed) break;
  }
  const out = path.join(dir, 'reduced');
  rmSync(out, { recursive: true, force: true });
  writeSite(path.join(dir, 'reduce-site'), current);
  const final = renderBoth(path.join(dir, 'reduce-site'), current);
  console.log(`\nreduced (lines removed while it still differs), in ${out}:`);
  for (const [name, text] of current) {
    const result = final.get(name);
    if (!result) continue;
    write(path.join(out, `${name}.md`), text);
    write(path.join(out, `${name}.ref.html`), result.ref);
    write(path.join(out, `${name}.ours.html`), result.ours);
    console.log(`  ${path.join(out, `${name}.md`)} (${text.split('\n').length - 1} lines)\n      ${firstDifference(normalize(result.ref), normalize(result.ours))}`);
  }
}

/** Of the candidates (keys `<document>-<variant>`), the shortest that still differs for each document. */
function smallestDiffering(candidates: Map<string, string>): Map<string, string> {
  const site = path.join(dir, 'reduce-site');
  writeSite(site, candidates);
  const best = new Map<string, string>();
  for (const [key, { ref, ours }] of renderBoth(site, candidates)) {
    if (normalize(ref) === normalize(ours)) continue;
    const name = key.slice(0, key.indexOf('-'));
    const text = candidates.get(key) ?? '';
    const known = best.get(name);
    if (known === undefined || text.length < known.length) best.set(name, text);
  }
  const result = new Map<string, string>();
  for (const [name, text] of best) result.set(`${name}-best`, text);
  return result;
}
