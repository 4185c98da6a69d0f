/**
 * The command line's logic: reads the arguments (./options.ts) and runs the command, returning
 * the exit status (src/cli/start.ts, the entry, exits with it). Kept apart from the entry so that a
 * caller in the same process (the tests' build servers) runs exactly what the command runs.
 */
import { runBuild, runPreview, runServe } from './commands.ts';
import { runGhDeploy } from './gh-deploy-command.ts';
import type { SpareWorker } from '../site/render-process.ts';
import { newProject } from './new-project.ts';
import { readCommandLine, USAGE } from './options.ts';
import { ownPackage } from './package-info.ts';

/**
 * Runs the command `argv` (without `node` and the script) and returns its exit status.
 * `started`: what the entry started before it loaded this (a build's render worker, start.ts).
 */
export async function main(argv: string[], started: { readonly spare?: SpareWorker | undefined } = {}): Promise<number> {
  const line = readCommandLine(argv, process.cwd());
  switch (line.kind) {
    case 'help':
      console.log(USAGE);
      return 0;
    case 'version':
      console.log(version());
      return 0;
    case 'error':
      console.error(`${line.message}\n\n${USAGE}`);
      return 1;
  }
  const { options } = line;
  switch (line.command) {
    case 'build':
      return runBuild({ ...options, spare: started.spare });
    case 'serve':
      return runServe(options);
    case 'preview':
      return runPreview(options);
    case 'gh-deploy':
      return runGhDeploy({ ...options, spare: started.spare });
    case 'new':
      return makeProject(options.directory ?? process.cwd(), options.quiet);
  }
}

function makeProject(directory: string, quiet: boolean): number {
  try {
    for (const line of newProject(directory)) if (!quiet) console.log(line);
    return 0;
  } catch (error) {
    console.error(`error: cannot make the project in ${directory}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** As `mkdocs -V` says it: the program, its version, where it is installed, and the runtime's. */
function version(): string {
  const own = ownPackage();
  return `${own.name}, version ${own.version} from ${own.root} (Node ${process.versions.node})`;
}
