/**
 * The command line, read as MkDocs 1.6 reads its own (mkdocs/__main__.py): the same commands and
 * the same options, so a project's scripts and CI steps (`mkdocs build --strict --verbose`,
 * `mkdocs gh-deploy --force`, `mkdocs serve -w overrides/`) keep working with our name in front.
 * Options MkDocs has that change nothing here are accepted and said so in the help (the site
 * folder is always cleaned; reloading is always on). An option MkDocs does not have is refused,
 * as MkDocs refuses it.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { ConfigOverrides } from '../config/index.ts';

export const USAGE = `Usage: mkdocs-astro [-V] <command> [options]

Commands:
  build        build the site (the default)
  serve        preview the site while editing it, reloaded on every change (also: dev)
  gh-deploy    build the site and commit it to the gh-pages branch, then push it
  preview      serve the site the last build wrote
  new DIR      start a project in DIR: mkdocs.yml (Material) and docs/index.md

Options of every command:
  -f, --config-file FILE     mkdocs.yml to use (default: ./mkdocs.yml)
  -s, --strict / --no-strict fail on warnings (default: strict from mkdocs.yml)
  -t, --theme NAME           theme to use instead of mkdocs.yml's (material; others are drawn
                             as Material, with a warning)
      --use-directory-urls / --no-directory-urls
                             page addresses as folders (a/) or files (a.html), over mkdocs.yml
  -q, --quiet                say only errors
  -v, --verbose              also say how long each phase of the build took
      --color / --no-color   accepted (the output is never coloured)
  -h, --help                 show this help
  -V, --version              show the version

build and gh-deploy:
  -d, --site-dir DIR         where to write the site (default: site_dir from mkdocs.yml;
                             relative to mkdocs.yml's folder, as MkDocs reads it)
      --no-cache             render every page again (by default pages unchanged since the
                             last build are reused from <site_dir>/.mkdocs-astro-cache)
  -c, --clean / --dirty      accepted: the site folder is always emptied before a build, as
                             MkDocs' default; unchanged pages are reused either way

serve:
  -a, --dev-addr HOST:PORT   address to serve on (default 127.0.0.1:8000; also preview)
  -o, --open                 open the site in a web browser once it is ready (also preview)
  -w, --watch PATH           also rebuild when PATH changes (may be given several times)
      --watch-theme, --livereload, --no-livereload, --dirty, --dirtyreload, -c, --clean
                             accepted: every file the build reads is watched, and every page
                             a change affects is reloaded

gh-deploy:
  -m, --message TEXT         commit message ({sha} and {version} are replaced)
  -b, --remote-branch NAME   branch to commit to (default: remote_branch, gh-pages)
  -r, --remote-name NAME     remote to push to (default: remote_name, origin)
      --force                force the push
      --no-history           replace the branch's history with one new commit
      --ignore-version       deploy even over a deployment made by a newer version
      --shell                accepted (git is always run directly)`;

export type CommandName = 'build' | 'serve' | 'preview' | 'gh-deploy' | 'new';

/** What to do, read from the arguments. */
export type CommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'run'; readonly command: CommandName; readonly options: CommandOptions };

export interface CommandOptions {
  readonly configFile: string;
  readonly siteDir: string | undefined;
  readonly overrides: ConfigOverrides;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly cache: boolean;
  readonly address: { readonly host: string; readonly port: number };
  readonly open: boolean;
  readonly deploy: DeployOptions;
  /** `new`'s folder (absolute). */
  readonly directory: string | undefined;
}

/** gh-deploy's own options (the branch and remote go through ConfigOverrides, as in MkDocs). */
export interface DeployOptions {
  readonly message: string | undefined;
  readonly force: boolean;
  readonly noHistory: boolean;
  readonly ignoreVersion: boolean;
}

const THEMES = ['material', 'mkdocs', 'readthedocs'];

const flag = (short?: string) => ({ type: 'boolean', ...(short ? { short } : {}) }) as const;
const text = (short?: string) => ({ type: 'string', ...(short ? { short } : {}) }) as const;

/** The options of every command (MkDocs' common_options and common_config_options). */
const COMMON = {
  'config-file': text('f'),
  strict: flag('s'),
  'no-strict': flag(),
  theme: text('t'),
  'use-directory-urls': flag(),
  'no-directory-urls': flag(),
  quiet: flag('q'),
  verbose: flag('v'),
  color: flag(),
  'no-color': flag(),
  help: flag('h'),
  version: flag('V'),
} satisfies ParseArgsOptionsConfig;

const BUILDING = { 'site-dir': text('d'), 'no-cache': flag(), clean: flag('c'), dirty: flag() } satisfies ParseArgsOptionsConfig;

const SERVING = { 'dev-addr': text('a'), open: flag('o') } satisfies ParseArgsOptionsConfig;

const BY_COMMAND: Record<CommandName, ParseArgsOptionsConfig> = {
  build: { ...COMMON, ...BUILDING },
  'gh-deploy': {
    ...COMMON,
    ...BUILDING,
    message: text('m'),
    'remote-branch': text('b'),
    'remote-name': text('r'),
    force: flag(),
    'no-history': flag(),
    'ignore-version': flag(),
    shell: flag(),
  },
  serve: {
    ...COMMON,
    ...SERVING,
    watch: { type: 'string', short: 'w', multiple: true },
    'watch-theme': flag(),
    livereload: flag(),
    'no-livereload': flag(),
    dirty: flag(),
    dirtyreload: flag(),
    clean: flag('c'),
  },
  preview: { ...COMMON, ...SERVING, 'site-dir': text('d') },
  new: { quiet: flag('q'), verbose: flag('v'), help: flag('h') },
};

const EVERY_OPTION: ParseArgsOptionsConfig = Object.assign({}, ...Object.values(BY_COMMAND));

const ALIASES: Readonly<Record<string, CommandName>> = { build: 'build', serve: 'serve', dev: 'serve', preview: 'preview', 'gh-deploy': 'gh-deploy', new: 'new' };

/**
 * The word naming the command: the first positional, wherever it stands (`-f x.yml build` too),
 * found with every command's options known, so an option's value is not taken for it; `build`
 * when there is none, as MkDocs builds.
 */
function commandWord(argv: readonly string[]): string {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: EVERY_OPTION }).positionals[0] ?? 'build';
}

/** Whether `argv` runs a command that builds a site (`build`, `gh-deploy`), not asking for help or the version. */
export function buildsSite(argv: readonly string[]): boolean {
  const command = ALIASES[commandWord(argv)];
  return (command === 'build' || command === 'gh-deploy') && !['-h', '--help', '-V', '--version'].some((flag) => argv.includes(flag));
}

/**
 * Reads `argv` (without `node` and the script). Relative paths are resolved against `cwd`.
 *
 * @example readCommandLine(['build', '--strict', '-v'], '/p') // { kind: 'run', command: 'build', options: { overrides: { strict: true }, verbose: true, ... } }
 */
export function readCommandLine(argv: readonly string[], cwd: string): CommandLine {
  const name = commandWord(argv);
  const command = ALIASES[name];
  // `mkdocs-astro -V` and `--help` before (or without) a command, as MkDocs' group options.
  if (!command) {
    if (argv.includes('-V') || argv.includes('--version')) return { kind: 'version' };
    if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
    return { kind: 'error', message: `unknown command "${name}"` };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, tokens: true, options: BY_COMMAND[command] });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals, tokens } = parsed;
  if (values['version'] === true) return { kind: 'version' };
  if (values['help'] === true) return { kind: 'help' };
  // `new` takes its folder; no other command takes an argument.
  const taken = command === 'new' ? 2 : 1;
  if (positionals.length > taken) return { kind: 'error', message: `unexpected argument "${positionals[taken]}"` };
  const directory = command === 'new' ? positionals[1] : undefined;
  if (command === 'new' && directory === undefined) return { kind: 'error', message: 'new: which folder? e.g. mkdocs-astro new my-docs' };
  // Of a pair like --strict / --no-strict, the last one given wins (click's rule).
  const last = (on: string, off: string): boolean | undefined => {
    const given = tokens.filter((token) => token.kind === 'option' && (token.name === on || token.name === off));
    const winner = given.at(-1);
    return winner && winner.kind === 'option' ? winner.name === on : undefined;
  };
  const string = (key: string): string | undefined => {
    const value = values[key];
    return typeof value === 'string' ? value : undefined;
  };
  const theme = string('theme');
  if (theme !== undefined && !THEMES.includes(theme)) {
    return { kind: 'error', message: `invalid value for '-t' / '--theme': '${theme}' is not one of ${THEMES.map((t) => `'${t}'`).join(', ')}` };
  }
  const devAddr = string('dev-addr') ?? '127.0.0.1:8000';
  const address = parseAddress(devAddr);
  if (!address) return { kind: 'error', message: `invalid address "${devAddr}": expected HOST:PORT, e.g. 127.0.0.1:8000` };
  const watch = values['watch'];
  const siteDir = string('site-dir');
  const configFile = path.resolve(cwd, string('config-file') ?? 'mkdocs.yml');
  const overrides: ConfigOverrides = {
    strict: last('strict', 'no-strict'),
    theme,
    use_directory_urls: last('use-directory-urls', 'no-directory-urls'),
    remote_branch: string('remote-branch'),
    remote_name: string('remote-name'),
    watch: Array.isArray(watch) ? watch.map((item) => path.resolve(cwd, String(item))) : undefined,
  };
  return {
    kind: 'run',
    command,
    options: {
      configFile,
      // MkDocs validates -d as site_dir: a relative one is the config file's folder's
      // (config_options.FilesystemObject), not the working directory's; -w paths are the latter's.
      siteDir: siteDir === undefined ? undefined : path.resolve(path.dirname(configFile), siteDir),
      overrides,
      quiet: values['quiet'] === true,
      verbose: values['verbose'] === true,
      cache: values['no-cache'] !== true,
      address,
      open: values['open'] === true,
      deploy: { message: string('message'), force: values['force'] === true, noHistory: values['no-history'] === true, ignoreVersion: values['ignore-version'] === true },
      directory: directory === undefined ? undefined : path.resolve(cwd, directory),
    },
  };
}

function parseAddress(value: string): { host: string; port: number } | undefined {
  const match = /^(.*):(\d+)$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return { host: match[1], port: Number(match[2]) };
}
