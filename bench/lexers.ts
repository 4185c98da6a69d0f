/**
 * What the first code block in each language costs: every ported lexer is made and run on the
 * fixtures' code in that language in a process of its own, so nothing another lexer compiled
 * (V8 keeps compiled RegExps per process, keyed by source and flags) makes it look cheaper than
 * it is on a site that has one such block. Prints the slowest lexers and the total.
 *
 *   node bench/lexers.ts                  # every lexer, slowest 15
 *   node bench/lexers.ts --top 40 gnuplot elpi
 *   node bench/lexers.ts --json /tmp/lexers.json     # every figure, to compare two runs
 *
 * A lexer's time is its module's loading, its making and its first run (RegExps compile on
 * their first match), not the registry's own import, which every page pays anyway.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLexerLookup } from '../src/markdown/extensions/superfences/pygments/lexers/index.ts';
import { LEXERS } from '../src/markdown/extensions/superfences/pygments/lexers/lexer-registry.ts';

const FIXTURES = path.join(import.meta.dirname, '../tests/markdown/fixtures');
/** Code for a lexer no fixture writes a fence for: a bit of everything most languages have. */
const FALLBACK = 'x = 1 + 2.5 # comment\nif (a) { print("s", \'t\'); }\n// more\n';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { child: { type: 'string' }, top: { type: 'string' }, json: { type: 'string' } },
});

/** Every fence's code in the fixtures, by the Pygments name of its language. */
function samples(): Map<string, string[]> {
  const lookup = createLexerLookup([]);
  const byName = new Map<string, string[]>();
  for (const folder of readdirSync(FIXTURES)) {
    for (const file of readdirSync(path.join(FIXTURES, folder)).filter((name) => name.endsWith('.md'))) {
      const text = readFileSync(path.join(FIXTURES, folder, file), 'utf8');
      // An opening fence with a language, its code, the same fence closing it (indented ones too).
      for (const fence of text.matchAll(/^( *)(`{3,}|~{3,}) *\.?\{?\.?([\w+#.-]+)[^\n]*\n([\s\S]*?)^\1\2[ \t]*$/gm)) {
        const name = lookup.pygmentsName(fence[3] ?? '');
        if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), fence[4] ?? '']);
      }
    }
  }
  return byName;
}

if (values.child !== undefined) {
  // Child mode: one lexer, cold. Prints `{ ms, tokens }`.
  const name = values.child;
  const code: unknown = JSON.parse(readFileSync(0, 'utf8'));
  if (!Array.isArray(code)) throw new Error('expected a JSON array of code on stdin');
  const entry = LEXERS.find((lexer) => lexer.name === name);
  if (entry === undefined) throw new Error(`no lexer ${name}`);
  const lookup = createLexerLookup();
  const started = performance.now();
  const lexer = entry.create(lookup);
  const made = performance.now();
  let tokens = 0;
  for (const text of code) for (const _ of lexer.tokensUnprocessed(String(text))) tokens++;
  const ran = performance.now();
  console.log(JSON.stringify({ ms: ran - started, make: made - started, tokens }));
} else {
  const byName = samples();
  const chosen = positionals.length === 0 ? LEXERS : LEXERS.filter((lexer) => positionals.some((p) => lexer.name.toLowerCase().includes(p.toLowerCase())));
  const rows: { name: string; ms: number; make: number; tokens: number; fallback: boolean }[] = [];
  const started = performance.now();
  for (const [i, { name }] of chosen.entries()) {
    const code = byName.get(name);
    const run = spawnSync(process.execPath, [import.meta.filename, '--child', name], { input: JSON.stringify(code ?? [FALLBACK]), encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`${name}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
      continue;
    }
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; make: number; tokens: number };
    rows.push({ name, ...result, fallback: code === undefined });
    if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${chosen.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  rows.sort((a, b) => b.ms - a.ms);
  const top = Number(values.top ?? 15);
  console.log('| lexer | first use ms | of which making | tokens |\n| --- | --- | --- | --- |');
  for (const row of rows.slice(0, top)) console.log(`| ${row.name}${row.fallback ? ' (no fixture)' : ''} | ${row.ms.toFixed(0)} | ${row.make.toFixed(0)} | ${row.tokens} |`);
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  const sorted = rows.map((row) => row.ms).sort((a, b) => a - b);
  console.log(`\n${rows.length} lexers: ${(total / 1000).toFixed(1)} s in all, median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms, ${rows.filter((row) => row.ms > 100).length} over 100 ms (bench wall time ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(rows, null, 1));
}
