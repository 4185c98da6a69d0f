/**
 * The command line's logic: parses the arguments and runs the command, returning the exit status
 * (src/cli.ts, the entry, exits with it). Kept apart from the entry so that a caller in the same
 * process (the tests' build servers) runs exactly what the command runs.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild, runPreview, runServe } from './commands.ts';

const USAGE = `Usage: mkdocs-astro <build|serve|preview> [options]

  -f, --config-file FILE   mkdocs.yml to use (default: ./mkdocs.yml)
  -d, --site-dir DIR       where to write the site (build; default: site_dir from mkdocs.yml)
  -s, --strict             fail on warnings (build)
      --clean              accepted for MkDocs compatibility: the site folder is always
                           emptied before a build (MkDocs' default)
      --no-cache           render every page again (build; by default pages unchanged
                           since the last build are reused from <site_dir>/.mkdocs-astro-cache)
  -a, --dev-addr HOST:PORT address to serve on (serve, preview; default 127.0.0.1:8000)
  -h, --help               show this help`;

/** Runs the command `argv` (without `node` and the script) and returns its exit status. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'config-file': { type: 'string', short: 'f' },
        'site-dir': { type: 'string', short: 'd' },
        strict: { type: 'boolean', short: 's', default: false },
        clean: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        'dev-addr': { type: 'string', short: 'a' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'build';
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const configFile = path.resolve(values['config-file'] ?? 'mkdocs.yml');
  const siteDir = values['site-dir'] === undefined ? undefined : path.resolve(values['site-dir']);
  const address = parseAddress(values['dev-addr'] ?? '127.0.0.1:8000');
  if (!address) {
    console.error(`invalid address "${values['dev-addr']}": expected HOST:PORT, e.g. 127.0.0.1:8000`);
    return 1;
  }
  switch (command) {
    case 'build':
      return runBuild({ configFile, siteDir, strict: values.strict, cache: !values['no-cache'] });
    case 'serve':
    case 'dev':
      return runServe({ configFile, address });
    case 'preview':
      return runPreview({ configFile, siteDir, address });
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 1;
  }
}

function parseAddress(value: string): { host: string; port: number } | undefined {
  const match = /^(.*):(\d+)$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return { host: match[1], port: Number(match[2]) };
}
