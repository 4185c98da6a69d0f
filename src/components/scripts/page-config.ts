/**
 * The page's `<script id="__config" type="application/json">` (Material's `config` block,
 * written by Page.astro from src/theme/base-defaults.ts): the site's settings the scripts read,
 * as Material's read theirs. A site that replaces the block with broken JSON gets `{}`.
 */
export function pageConfig(doc: Document = document): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(doc.getElementById('__config')?.textContent ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  } catch {
    return {};
  }
}
