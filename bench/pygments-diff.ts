/**
 * Differential check of our Pygments lexers against Pygments itself on real files: picks files,
 * puts each in a fence of the given language, renders the page with our renderer and with the
 * reference (../shared/conformance/reference.py) and compares block by block.
 *
 *     find / -xdev -name '*.yml' -size -20k > /tmp/yaml.list
 *     node bench/pygments-diff.ts yaml 200 1 < /tmp/yaml.list     # language, how many, seed
 *
 * Files with NULs or `~~~` (which would close the fence) are skipped and lines of only spaces are
 * emptied. Tabs and CRs are kept: Python-Markdown expands tabs and unifies line ends before any
 * extension sees the text and so does our renderer, so tab-indented code (every Go file, every
 * Makefile) is compared as a site shows it instead of being left out.
 *
 * The list is read from /dev/stdin, not fd 0: Node reads a pipe's fd 0 without blocking and fails
 * with EAGAIN when the writer (`cat a.list b.list | ...`) is slower than the read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRenderer } from '../src/markdown/index.ts';

const [lang = 'text', countArg = '50', seedArg = '1'] = process.argv.slice(2);
const reference = path.resolve(import.meta.dirname, '../../../shared/conformance/reference.py');
const candidates = readFileSync('/dev/stdin', 'utf8').split('\n').filter((line) => line !== '');

// A small deterministic shuffle, so a failure can be reproduced with the same seed.
let seed = Number(seedArg);
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const blocks: { file: string; text: string }[] = [];
while (blocks.length < Number(countArg) && candidates.length > 0) {
  const file = candidates.splice(Math.floor(random() * candidates.length), 1)[0] ?? '';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  if (/\0|~~~/.test(text) || text.trim() === '') continue;
  blocks.push({ file, text: text.split('\n').slice(0, 120).map((line) => (/^ +$/.test(line) ? '' : line)).join('\n') });
}

const markdown = blocks.map((block) => `~~~~~~~~ ${lang}\n${block.text}\n~~~~~~~~\n`).join('\n');
const folder = mkdtempSync(path.join(tmpdir(), 'pygments-diff-'));
const config = path.join(folder, 'mkdocs.yml');
writeFileSync(config, 'markdown_extensions:\n  - pymdownx.highlight\n  - pymdownx.superfences\n');
const expected = execFileSync('/usr/bin/python3', [reference, config, '--stdin'], { input: markdown, encoding: 'utf8', maxBuffer: 1 << 28 });
rmSync(folder, { recursive: true });
const extensions = [{ name: 'pymdownx.highlight', options: {} }, { name: 'pymdownx.superfences', options: {} }];
const actual = createRenderer({ extensions, projectDir: tmpdir(), docsDir: tmpdir() }).render({ path: 'diff.md', value: markdown }).html;

/** The page's code blocks, with the entities both serializers may spell differently unified. */
function codeBlocks(html: string): string[] {
  const entities: Record<string, string> = { '&#x3C;': '<', '&lt;': '<', '&#x3E;': '>', '&gt;': '>', '&#x26;': '&', '&amp;': '&', '&quot;': '"', '&#x22;': '"', '&#x27;': "'", '&#39;': "'" };
  return html.split('<div class="highlight">').slice(1).map((block) => block.replace(/&(?:#x3C|lt|#x3E|gt|#x26|amp|quot|#x22|#x27|#39);/g, (entity) => entities[entity] ?? entity).trim());
}

const ours = codeBlocks(actual);
const theirs = codeBlocks(expected);
let passed = 0;
for (const [index, block] of blocks.entries()) {
  if (ours[index] === theirs[index]) {
    passed++;
    continue;
  }
  const ourLines = (ours[index] ?? '').split('\n');
  const theirLines = (theirs[index] ?? '').split('\n');
  const line = theirLines.findIndex((text, at) => text !== ourLines[at]);
  console.log(`${block.file}:${line + 1}\n  ours:     ${ourLines[line]?.slice(0, 300)}\n  Pygments: ${theirLines[line]?.slice(0, 300)}`);
}
console.log(`${lang}: ${passed}/${blocks.length} blocks as Pygments highlights them`);
process.exitCode = passed === blocks.length ? 0 : 1;
