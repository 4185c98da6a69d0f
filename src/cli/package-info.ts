/** This package's own name, version and folder, for `-V` and gh-deploy's commit message. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function ownPackage(): { readonly name: string; readonly version: string; readonly root: string } {
  const root = path.resolve(import.meta.dirname, '../..');
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version, root };
}
