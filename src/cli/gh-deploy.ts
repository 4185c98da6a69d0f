/**
 * `gh-deploy`'s git part, as MkDocs 1.6 does it (mkdocs/commands/gh_deploy.py) through
 * ghp-import: the built site becomes one new commit on the deploy branch (gh-pages), whose parent
 * is the branch's last commit (none with --no-history), with an empty `.nojekyll` so GitHub Pages
 * serves folders starting with `_`; then the branch is pushed to the remote.
 *
 * Like ghp-import the commit is written with `git fast-import`: the files' bytes go in as they
 * are (no line-ending or attribute filters), and neither the working tree nor the index of the
 * user's repository is touched; only the branch moves. What is not the site stays out: the build
 * cache and any workspace of ours (`.mkdocs-astro-*`) and `.git`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pagesAddress } from './pages-address.ts';

export interface DeployRequest {
  /** The built site. */
  readonly siteDir: string;
  /** Where git runs: the command's folder, as MkDocs runs git there. */
  readonly repoDir: string;
  /** The folder whose HEAD names the deployed source (`{sha}`): the config file's. */
  readonly sourceDir: string;
  readonly branch: string;
  readonly remote: string;
  /** The commit message; `{sha}` and `{version}` are replaced. */
  readonly message: string | undefined;
  readonly force: boolean;
  readonly noHistory: boolean;
  readonly ignoreVersion: boolean;
  /** This program's version, written into the default message and checked against the last deployment's. */
  readonly version: string;
  /** git's environment (default: this process's). */
  readonly env?: NodeJS.ProcessEnv | undefined;
}

export interface DeployNote {
  readonly severity: 'info' | 'warning';
  readonly message: string;
}

export type DeployOutcome = { readonly ok: true; readonly notes: DeployNote[] } | { readonly ok: false; readonly error: string; readonly notes: DeployNote[] };

export const DEFAULT_MESSAGE = 'Deployed {sha} with mkdocs-astro version: {version}';

/** Our own entries of a site folder, never deployed. */
const OURS = /^\.mkdocs-astro-/;

export async function deploySite(request: DeployRequest): Promise<DeployOutcome> {
  const notes: DeployNote[] = [];
  const fail = (error: string): DeployOutcome => ({ ok: false, error, notes });
  const env = request.env ?? process.env;
  const git = (args: string[], cwd = request.repoDir) => spawnSync('git', args, { cwd, env, encoding: 'utf8' });

  const inside = git(['rev-parse', '--is-inside-work-tree']);
  if (inside.error) return fail('git was not found: is it installed and on your PATH?');
  if (inside.status !== 0) return fail(`cannot deploy: ${request.repoDir} is not inside a git repository`);
  const ref = `refs/heads/${request.branch}`;
  if (git(['check-ref-format', ref]).status !== 0) return fail(`cannot deploy: "${request.branch}" is not a valid branch name`);
  // Moving the checked-out branch would leave the working tree looking changed: refuse.
  if (git(['symbolic-ref', '-q', 'HEAD']).stdout.trim() === ref) return fail(`cannot deploy to "${request.branch}": it is the branch checked out in ${request.repoDir}`);

  const previous = git(['rev-parse', '-q', '--verify', `${ref}^{commit}`]).stdout.trim() || undefined;
  if (previous && !request.ignoreVersion) {
    const refused = checkVersion(git(['show', '-s', '--format=%s', previous]).stdout.trim(), request.version, notes);
    if (refused) return fail(refused);
  }
  const sha = git(['rev-parse', '--short', 'HEAD'], request.sourceDir).stdout.trim();
  const message = (request.message ?? DEFAULT_MESSAGE).replaceAll('{sha}', sha).replaceAll('{version}', request.version);
  const ident = git(['var', 'GIT_COMMITTER_IDENT']);
  if (ident.status !== 0) return fail(`git cannot say who commits: ${ident.stderr.trim()}`);

  const parent = request.noHistory ? undefined : previous;
  const imported = await fastImport(request.repoDir, env, { ref, ident: ident.stdout.trim(), message, parent, force: previous !== undefined && parent === undefined }, siteFiles(request.siteDir, notes));
  if (imported) return fail(`could not commit the site to "${request.branch}": ${imported}`);

  const push = git(['push', ...(request.force ? ['--force'] : []), request.remote, `${ref}:${ref}`]);
  if (push.status !== 0) return fail(`failed to push "${request.branch}" to "${request.remote}":\n${push.stderr.trim()}`);
  notes.push({ severity: 'info', message: whereServed(request, env) });
  return { ok: true, notes };
}

interface SiteFile {
  /** Slash-separated, relative to the site folder. */
  readonly name: string;
  readonly file: string;
  readonly executable: boolean;
}

/** The site's files in a stable order, what is not the site left out; `.nojekyll` is added when missing (`undefined` file). */
function siteFiles(siteDir: string, notes: DeployNote[]): Array<SiteFile | { readonly name: '.nojekyll'; readonly file: undefined; readonly executable: false }> {
  const files: SiteFile[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder).sort()) {
      if (entry === '.git' || (prefix === '' && OURS.test(entry))) continue;
      const file = path.join(folder, entry);
      let stats;
      try {
        stats = statSync(file);
      } catch {
        notes.push({ severity: 'warning', message: `${file}: a link to nothing, not deployed` });
        continue;
      }
      if (stats.isDirectory()) walk(file, `${prefix}${entry}/`);
      else if (stats.isFile()) files.push({ name: `${prefix}${entry}`, file, executable: (stats.mode & 0o111) !== 0 });
    }
  };
  walk(siteDir, '');
  return files.some((file) => file.name === '.nojekyll') ? files : [...files, { name: '.nojekyll', file: undefined, executable: false }];
}

/**
 * One commit on `ref` with exactly `files` (fast-import's `deleteall`, then each file inline).
 * Resolves to undefined, or to what git said when it failed.
 */
function fastImport(
  repoDir: string,
  env: NodeJS.ProcessEnv,
  commit: { readonly ref: string; readonly ident: string; readonly message: string; readonly parent: string | undefined; readonly force: boolean },
  files: ReadonlyArray<{ readonly name: string; readonly file: string | undefined; readonly executable: boolean }>,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', ['fast-import', '--date-format=raw', '--quiet', ...(commit.force ? ['--force'] : [])], { cwd: repoDir, env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code) => resolve(code === 0 ? undefined : stderr.trim() || `git fast-import exited with ${code}`));
    // Git reads while we write: wait for it when its pipe is full, so a big site is never held whole.
    const write = (chunk: string | Buffer) => (child.stdin.write(chunk) ? Promise.resolve() : new Promise<void>((done) => child.stdin.once('drain', done)));
    const data = async (bytes: Buffer) => {
      await write(`data ${bytes.length}\n`);
      await write(bytes);
      await write('\n');
    };
    void (async () => {
      await write(`commit ${commit.ref}\ncommitter ${commit.ident}\n`);
      await data(Buffer.from(commit.message, 'utf8'));
      if (commit.parent) await write(`from ${commit.parent}\n`);
      await write('deleteall\n');
      for (const file of files) {
        await write(`M ${file.executable ? '100755' : '100644'} inline ${quotePath(file.name)}\n`);
        await data(file.file === undefined ? Buffer.alloc(0) : readFileSync(file.file));
      }
      child.stdin.end();
    })().catch((error: unknown) => {
      child.kill();
      resolve(error instanceof Error ? error.message : String(error));
    });
  });
}

/** fast-import's path syntax: as is, unless it holds a line break or starts with a quote (then C-style). */
function quotePath(name: string): string {
  if (!name.includes('\n') && !name.startsWith('"')) return name;
  return `"${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
}

/**
 * MkDocs' version check: a deployment made by a newer version of this program is not replaced
 * unless asked (--ignore-version). A deployment by MkDocs itself (or anything else) is not
 * compared: the versions are of different programs.
 */
function checkVersion(subject: string, version: string, notes: DeployNote[]): string | undefined {
  const ours = /mkdocs-astro version: (\d+(?:\.\d+)+)/.exec(subject)?.[1];
  if (ours === undefined) {
    const mkdocs = /MkDocs version: (\S+)/.exec(subject)?.[1];
    notes.push({ severity: 'info', message: mkdocs ? `the previous deployment was made with MkDocs ${mkdocs}` : 'version check skipped: no version in the previous deployment' });
    return undefined;
  }
  const order = compareVersions(ours, version);
  if (order > 0) {
    return `the previous deployment was made with mkdocs-astro ${ours}; you are deploying with an older version (${version}). Use --ignore-version to deploy anyway.`;
  }
  if (order < 0) notes.push({ severity: 'info', message: `the previous deployment was made with mkdocs-astro ${ours}; you are deploying with a newer version (${version})` });
  return undefined;
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Where the pages will be (MkDocs' closing message): the CNAME's host, else github.io from the remote's URL. */
function whereServed(request: DeployRequest, env: NodeJS.ProcessEnv): string {
  const address = pagesAddress(remoteUrl(request.repoDir, request.remote, env), readCname(request.siteDir));
  if (address?.kind === 'domain') return `based on your CNAME file, your documentation should shortly be available at: ${address.url} (your DNS records must point there)`;
  return address ? `your documentation should shortly be available at: ${address.url}` : 'your documentation should be available shortly';
}

/** The URL of the remote `remote` of the repository at `repoDir`; '' without one (or without git). */
export function remoteUrl(repoDir: string, remote: string, env: NodeJS.ProcessEnv = process.env): string {
  return spawnSync('git', ['config', '--get', `remote.${remote}.url`], { cwd: repoDir, env, encoding: 'utf8' }).stdout ?? '';
}

/** The text of `dir`/CNAME (GitHub Pages' custom domain), or undefined without one. */
export function readCname(dir: string): string | undefined {
  try {
    return readFileSync(path.join(dir, 'CNAME'), 'utf8');
  } catch {
    return undefined;
  }
}
