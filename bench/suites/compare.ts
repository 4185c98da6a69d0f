/**
 * How a suite case's HTML is compared with the reference (../shared/suites/README.md, "How a
 * runner should use it"): `pass` is equality after the conformance kit's own normalisation
 * (../shared/conformance/lib/html.mjs: the figure every conformance score of this project uses),
 * `exact` is byte equality. Emoji images whose `src` alone differs (we never point a reader at a
 * CDN) pass apart, as `emoji-src`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeHtml } from '../../tests/helpers/normalize-html.ts';

export type Verdict = 'exact' | 'pass' | 'emoji-src' | 'fail';

/** The conformance kit's functions this runner calls (html.mjs is plain JavaScript). */
interface ScorerLib {
  parseFragment(html: string): { children: unknown[] };
  normalize(nodes: unknown[], options: { side: string }): unknown[];
  serialize(nodes: unknown[]): string;
}

function isScorerLib(value: unknown): value is ScorerLib {
  if (typeof value !== 'object' || value === null) return false;
  return ['parseFragment', 'normalize', 'serialize'].every((name) => typeof Reflect.get(value, name) === 'function');
}

export interface Comparer {
  /** The normalised form both sides are compared in (also what a diff shows). */
  canonical(html: string, side: 'ref' | 'cand'): string;
  verdict(actual: string, expected: string): Verdict;
}

/**
 * Loads html.mjs from the conformance kit next to the suites (it needs its setup.sh packages).
 * Without it, falls back to tests/helpers/normalize-html.ts (the same rules minus footnote id
 * separators, emoji CDN paths and style spacing) and says so through `warn`.
 */
export async function createComparer(conformanceDir: string, warn: (message: string) => void): Promise<Comparer> {
  let canonical: (html: string, side: 'ref' | 'cand') => string;
  try {
    const lib: unknown = await import(pathToFileURL(path.join(conformanceDir, 'lib', 'html.mjs')).href);
    if (!isScorerLib(lib)) throw new Error('it does not export parseFragment, normalize and serialize');
    canonical = (html, side) => lib.serialize(lib.normalize(lib.parseFragment(html).children, { side }));
  } catch (cause) {
    warn(`could not load ${conformanceDir}/lib/html.mjs (${cause instanceof Error ? cause.message : String(cause)}); comparing with tests/helpers/normalize-html.ts instead`);
    canonical = (html) => normalizeHtml(html);
  }
  return {
    canonical,
    verdict(actual, expected) {
      if (actual === expected) return 'exact';
      const ours = canonical(actual, 'cand');
      const theirs = canonical(expected, 'ref');
      if (ours === theirs) return 'pass';
      return withoutEmojiSrc(ours) === withoutEmojiSrc(theirs) ? 'emoji-src' : 'fail';
    },
  };
}

// Normalised attributes are sorted, so an emoji image reads `<img alt=".." class="twemoji" src="..">`:
// its alt (the emoji) and title still have to match.
const EMOJI_IMG = /<img\b[^>]*\bclass="[^"]*\b(?:twemoji|emojione|gemoji)\b[^"]*"[^>]*>/g;

function withoutEmojiSrc(html: string): string {
  return html.replace(EMOJI_IMG, (tag) => tag.replace(/ src="[^"]*"/, ''));
}
