/**
 * Which folders a build may write its site into. A build empties its output folder, so a
 * folder that holds sources must be refused before anything is touched. MkDocs refuses a
 * `site_dir` inside `docs_dir` and a `docs_dir` inside `site_dir`
 * (mkdocs/config/config_options.py, SiteDir); we also refuse a folder that is or holds the
 * config's folder, `custom_dir`, the home folder, the file-system root or this package.
 *
 *   checkOutputDir({ outDir: '/p', sources: [{ label: 'the folder of mkdocs.yml', dir: '/p' }] })
 *   // 'refusing to build into /p: it is the folder of mkdocs.yml ...'
 */
import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SourceFolder {
  /** What the folder is, for the message: `docs_dir`, `the folder of mkdocs.yml`... */
  readonly label: string;
  readonly dir: string;
}

export interface OutputDirCheck {
  readonly outDir: string;
  /** Folders that must survive the build: none may be the output folder or lie inside it. */
  readonly sources: readonly SourceFolder[];
  /** Folders the output folder must not lie inside (MkDocs: docs_dir). */
  readonly noInside: readonly SourceFolder[];
  /** The home folder; default os.homedir(). */
  readonly home?: string | undefined;
}

/** The reason the folder is refused, or undefined when a build may write there. */
export function checkOutputDir(check: OutputDirCheck): string | undefined {
  const out = canonical(check.outDir);
  const refuse = (why: string) => `refusing to build into ${check.outDir}: ${why}; emptying it would delete it. Choose another output folder with -d/--site-dir or site_dir in mkdocs.yml.`;
  if (path.parse(out).root === out) return refuse('it is the root of the file system');
  for (const source of check.sources) {
    const dir = canonical(source.dir);
    if (contains(out, dir)) return refuse(out === dir ? `it is ${source.label} (${source.dir})` : `it contains ${source.label} (${source.dir})`);
  }
  const home = canonical(check.home ?? os.homedir());
  if (contains(out, home)) return refuse(out === home ? 'it is your home folder' : 'it contains your home folder');
  for (const source of check.noInside) {
    const dir = canonical(source.dir);
    if (contains(dir, out)) return refuse(`it lies inside ${source.label} (${source.dir}), so the site would become part of its own sources`);
  }
  return undefined;
}

/** `outer` is `inner` or one of its ancestors. By path segments, never by string prefix. */
export function contains(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The real path, so a symlink cannot hide that two names are one folder. For a folder that
 * does not exist yet, the real path of its nearest existing ancestor plus the rest.
 */
function canonical(dir: string): string {
  const absolute = path.resolve(dir);
  let existing = absolute;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync.native(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

/**
 * The check every build makes, for a site's config: the config's folder, docs_dir, custom_dir
 * and the package installation (`installDir`) survive; the output is never inside docs_dir.
 */
export function checkSiteOutputDir(site: { readonly outDir: string; readonly projectDir: string; readonly config: { readonly docs_dir: string; readonly theme: { readonly custom_dir?: string | undefined } } }, installDir: string): string | undefined {
  const docsDir = { label: 'docs_dir', dir: site.config.docs_dir };
  return checkOutputDir({
    outDir: site.outDir,
    sources: [
      { label: 'the folder of the config file', dir: site.projectDir },
      docsDir,
      ...(site.config.theme.custom_dir ? [{ label: 'the theme\'s custom_dir', dir: site.config.theme.custom_dir }] : []),
      { label: 'the mkdocs-astro installation', dir: installDir },
    ],
    noInside: [docsDir],
  });
}
