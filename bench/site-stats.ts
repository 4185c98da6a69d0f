/**
 * What a built site weighs: total bytes and files, and the size of each HTML page, so the bench
 * can name the largest page and compare the same page across two builds.
 *
 *   siteStats('/tmp/site')  // { bytes: 41e6, files: 900, pages: Map { 'index.html' => 61234, ... } }
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SiteStats {
  readonly bytes: number;
  readonly files: number;
  /** HTML files by site-relative path (with `/`), in bytes. */
  readonly pages: Map<string, number>;
}

export function siteStats(dir: string): SiteStats {
  const pages = new Map<string, number>();
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    bytes += size;
    files++;
    if (entry.name.endsWith('.html')) pages.set(path.relative(dir, file).split(path.sep).join('/'), size);
  }
  return { bytes, files, pages };
}

/** The largest HTML page: its path and size; undefined for a site without pages. */
export function largestPage(stats: SiteStats): { readonly page: string; readonly bytes: number } | undefined {
  let best: { page: string; bytes: number } | undefined;
  for (const [page, bytes] of stats.pages) if (!best || bytes > best.bytes) best = { page, bytes };
  return best;
}

/**
 * How much heavier the pages of `big` are than the same pages of `small`: for every page of
 * `small`, its copy in `big` under `prefix` (`c16/` + path) is compared; returns the median and
 * the worst ratio with that page's name.
 */
export function weightRatio(small: SiteStats, big: SiteStats, prefix: string): { median: number; worst: number; page: string } | undefined {
  const ratios: Array<{ page: string; ratio: number }> = [];
  for (const [page, bytes] of small.pages) {
    const copy = big.pages.get(`${prefix}${page}`);
    if (copy !== undefined && bytes > 0) ratios.push({ page, ratio: copy / bytes });
  }
  if (ratios.length === 0) return undefined;
  ratios.sort((a, b) => a.ratio - b.ratio);
  const worst = ratios[ratios.length - 1];
  const median = ratios[Math.floor(ratios.length / 2)];
  return worst && median ? { median: median.ratio, worst: worst.ratio, page: worst.page } : undefined;
}
