import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createIndex, close } from 'pagefind';
import { searchDocument } from './src/search/search-document.ts';
const dir = '/tmp/pg-ext';
const docs: [string, string][] = [];
for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (f.endsWith('index.html')) docs.push([f, searchDocument(readFileSync(path.join(dir, f), 'utf8'))]);
const { index } = await createIndex({ forceLanguage: 'en' });
await index!.addCustomRecord({ url: '/x', content: 'warm', language: 'en' });
const cpu0 = process.cpuUsage(); const t0 = performance.now();
let syncMs = 0;
const pending: Promise<unknown>[] = [];
for (const [f, html] of docs) { const s = performance.now(); pending.push(index!.addHTMLFile({ sourcePath: f, content: html })); syncMs += performance.now() - s; }
await Promise.all(pending);
const cpu = process.cpuUsage(cpu0);
console.log(`sync part of addHTMLFile calls ${syncMs.toFixed(0)} ms; all indexed after ${(performance.now() - t0).toFixed(0)} ms; main CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
await close();
