/** Temporary: replaced by src/config's loader once it lands. Reads mkdocs.yml, folding !ENV to its default. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export function loadMkdocsYaml(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8')
    .replace(/!ENV\s*\[\s*[A-Z_0-9]+\s*(?:,\s*[A-Z_0-9]+\s*)*,\s*([^\]]*?)\s*,?\s*\]/g, '$1')
    .replace(/!ENV\s*\[\s*[A-Z_0-9]+\s*\]/g, 'null')
    .replace(/!ENV\s+[A-Z_0-9]+/g, 'null')
    .replace(/!!python\/(\w+)(?::|\s)/g, 'python/$1:');
  const data: unknown = load(text);
  return typeof data === 'object' && data !== null ? { ...data } : {};
}
