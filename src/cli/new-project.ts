/**
 * `new DIR`, as `mkdocs new` (mkdocs/commands/new.py): writes mkdocs.yml and docs/index.md into
 * DIR (made if missing), never over a file that is there: an existing mkdocs.yml means the project
 * exists and nothing is written; an existing docs/index.md is kept. The config names Material,
 * the theme we draw.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CONFIG = 'site_name: My Docs\ntheme:\n  name: material\n';

const INDEX = `# Welcome to MkDocs

For full documentation visit [mkdocs.org](https://www.mkdocs.org).

## Commands

* \`mkdocs-astro new [dir-name]\` - Create a new project.
* \`mkdocs-astro serve\` - Start the live-reloading docs server.
* \`mkdocs-astro build\` - Build the documentation site.
* \`mkdocs-astro -h\` - Print help message and exit.

## Project layout

    mkdocs.yml    # The configuration file.
    docs/
        index.md  # The documentation homepage.
        ...       # Other markdown pages, images and other files.
`;

/** Makes the project; returns what it did, one line each, for the command to print. */
export function newProject(directory: string): string[] {
  const config = path.join(directory, 'mkdocs.yml');
  const index = path.join(directory, 'docs', 'index.md');
  if (existsSync(config)) return [`project already exists: ${config}`];
  const said: string[] = [];
  if (!existsSync(directory)) said.push(`creating project folder: ${directory}`);
  mkdirSync(path.join(directory, 'docs'), { recursive: true });
  said.push(`writing config file: ${config}`);
  writeFileSync(config, CONFIG, { flag: 'wx' });
  if (existsSync(index)) return said;
  said.push(`writing initial docs: ${index}`);
  writeFileSync(index, INDEX, { flag: 'wx' });
  return said;
}
