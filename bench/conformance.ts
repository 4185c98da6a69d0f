/**
 * Scores a built site against reference.py's fragments with ../shared/conformance/compare.mjs,
 * twice: as is, and with Twemoji images set aside. Our emoji images are `data:` URIs (no request
 * to a CDN), the reference's point at jsDelivr, so `src` is the one attribute that can never be
 * equal; the second score replaces the `src` of every `img.twemoji` on both sides with one
 * placeholder (alt, title and classes are still compared) to show what else differs.
 *
 *   node bin/mkdocs-astro.js build -f ../shared/corpus/privacyguides/mkdocs.yml -d /tmp/pg-site
 *   node bench/conformance.ts ../shared/corpus/privacyguides.ref /tmp/pg-site
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [refDir, siteDir] = process.argv.slice(2);
if (!refDir || !siteDir) {
  console.error('usage: node bench/conformance.ts REF_DIR SITE_DIR');
  process.exit(2);
}
const compare = path.join(import.meta.dirname, '../../shared/conformance/compare.mjs');
const IMG = /<img\b[^>]*>/g;
const EMOJI_SRC = /\bsrc="(?:data:|https?:\/\/)[^"]*"/;

function score(ref: string, site: string): string {
  const out = execFileSync(process.execPath, [compare, ref, site, '--select', 'article.md-content__inner', '--quiet'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.trim().split('\n').filter((line) => /^(pooled|pages|missing)/.test(line)).join('\n');
}

function setTwemojiAside(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    // Only emoji images: a `twemoji` class and a data: or CDN source (local logos keep their path).
    const aside = html.replace(IMG, (tag) => (/\bclass="[^"]*\btwemoji\b/.test(tag) ? tag.replace(EMOJI_SRC, 'src="twemoji.svg"') : tag));
    if (aside !== html) writeFileSync(file, aside);
  }
}

console.log(`as built:\n${score(refDir, siteDir)}`);
const work = mkdtempSync(path.join(tmpdir(), 'conformance-'));
try {
  cpSync(refDir, path.join(work, 'ref'), { recursive: true });
  cpSync(siteDir, path.join(work, 'site'), { recursive: true });
  setTwemojiAside(path.join(work, 'ref'));
  setTwemojiAside(path.join(work, 'site'));
  console.log(`Twemoji images aside:\n${score(path.join(work, 'ref'), path.join(work, 'site'))}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
