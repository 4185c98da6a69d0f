/**
 * `build` when nothing changed: before Astro is even loaded, the config is read and the last
 * build's manifest (src/integration/build-manifest.ts) compared with what is there now — our
 * code, the resolved config, every file the last build read or could have read (fingerprinted by
 * name, size and time), and every file it wrote. When all match, the site in the output folder
 * is what a build would write again: its messages are said again and nothing is built.
 *
 * Anything unusual (no manifest, a config that does not load, --no-cache) means "build". An
 * output folder that must be refused is refused here too, before Astro loads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { outputsUnchanged, readBuildManifest, type BuildManifest } from '../integration/build-manifest.ts';
import { loadConfig, type ConfigOverrides, type MkdocsConfig } from '../config/index.ts';
import { checkSiteOutputDir } from '../site/output-dir.ts';
import { configKey, fingerprintFiles } from '../site/fingerprint.ts';

/** The package root: our code, bin and package.json. */
const PACKAGE = path.resolve(import.meta.dirname, '../..');

/**
 * Our code (every file of src/ and bin/ by size and time), the package's version, Astro's and
 * Pagefind's, Node's, and the options that change what is built.
 */
export function codeKey(options: { configFile: string; siteDir: string | undefined }): string {
  const require = createRequire(import.meta.url);
  const versionOf = (name: string) => {
    try {
      return String((JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: unknown }).version);
    } catch {
      return 'unknown';
    }
  };
  const code = fingerprintFiles([path.join(PACKAGE, 'src'), path.join(PACKAGE, 'bin'), path.join(PACKAGE, 'package.json')], []);
  return createHash('sha256').update(JSON.stringify([code.hash, process.version, versionOf('astro'), versionOf('pagefind'), options.configFile, options.siteDir ?? null])).digest('hex');
}

export interface UpToDate {
  readonly manifest: BuildManifest;
  readonly outDir: string;
  /** `strict: true` in mkdocs.yml. */
  readonly strict: boolean;
}

export type Preflight =
  | { readonly refused: string }
  | { readonly upToDate: UpToDate }
  | { readonly build: { readonly outDir: string; readonly docsDir: string } }
  /** The config does not load: what loading it threw (a ConfigError says where). */
  | { readonly invalid: unknown };

/**
 * What `build` can tell from the config alone, before loading the renderer or Astro: an output
 * folder it must refuse (the same check the integration makes), a site that is up to date
 * (`codeKey` undefined: never, as with --no-cache), the output folder to build into, or why
 * the config does not load (reported at once: loading Astro first only delayed the message).
 */
export function preflight(options: { configFile: string; siteDir: string | undefined; overrides?: ConfigOverrides | undefined; codeKey: string | undefined }): Preflight {
  let config;
  try {
    config = loadConfig(options.configFile, { overrides: options.overrides }).config;
  } catch (error) {
    return { invalid: error };
  }
  const outDir = path.resolve(options.siteDir ?? config.site_dir);
  const refused = checkSiteOutputDir({ outDir, projectDir: path.dirname(path.resolve(options.configFile)), config }, PACKAGE);
  if (refused) return { refused };
  const current = options.codeKey === undefined ? undefined : upToDate(config, outDir, options.codeKey);
  return current ? { upToDate: current } : { build: { outDir, docsDir: config.docs_dir } };
}

/** The last build's manifest when the site it describes is what a build would make now. */
function upToDate(config: MkdocsConfig, outDir: string, codeKey: string): UpToDate | undefined {
  const manifest = readBuildManifest(outDir);
  if (!manifest || manifest.codeKey !== codeKey || manifest.configKey !== configKey(config)) return undefined;
  if (fingerprintFiles(manifest.roots, [outDir]).hash !== manifest.fingerprint) return undefined;
  return outputsUnchanged(outDir, manifest.outputs) ? { manifest, outDir, strict: config.strict } : undefined;
}
