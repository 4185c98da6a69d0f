/**
 * Where a build's time went, from a V8 CPU profile (`node --cpu-prof`): self time summed by
 * where the code lives (our folders under src/, each package under node_modules, Node itself,
 * V8's garbage collector), largest first, and the top functions.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/build-once.ts mkdocs.yml /tmp/out
 *   node bench/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

function isProfile(value: unknown): value is Profile {
  return typeof value === 'object' && value !== null && 'nodes' in value && 'samples' in value && 'timeDeltas' in value;
}

/** `src/markdown/extensions/emoji`, `node_modules/astro`, `node:internal`, `(garbage collector)`. */
export function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return `node_modules/${modules[1]}`;
  const ours = /\/(src\/markdown\/extensions\/[^/]+|src\/[^/]+|bench)\//.exec(url);
  if (ours) return ours[1] ?? url;
  if (url.startsWith('node:')) return 'node (built-in modules)';
  return url;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' } } });
const top = Number(values.top ?? 25);
const byArea = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const file of positionals) {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isProfile(parsed)) throw new Error(`${file} is not a V8 CPU profile`);
  const nodes = new Map(parsed.nodes.map((node) => [node.id, node]));
  parsed.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const micros = parsed.timeDeltas[i] ?? 0;
    if (!node) return;
    const { url, functionName, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/src\//, 'src/')}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    total += micros;
  });
}
const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / 1e6).toFixed(2).padStart(8)}s ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
};
console.log(`profiled ${(total / 1e6).toFixed(2)}s of CPU samples`);
print('self time by area', byArea);
print('self time by function', byFunction);
