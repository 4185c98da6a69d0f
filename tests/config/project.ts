/** Throwaway MkDocs projects for config tests: a temp folder with mkdocs.yml, docs/ and friends. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, type LoadedConfig } from '../../src/config/index.ts';

export interface TestProject {
  readonly dir: string;
  readonly configFile: string;
  load(env?: Record<string, string | undefined>): LoadedConfig;
  /** The ConfigError's message with the temp folder taken out: `mkdocs.yml:3:5: ...`. */
  error(env?: Record<string, string | undefined>): string;
  write(file: string, text: string): void;
}

/** `files` maps project-relative paths to contents; folders ending in `/` are created empty. */
export function project(mkdocsYml: string, files: Record<string, string> = {}): TestProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'mkdocs-config-'));
  const write = (file: string, text: string): void => {
    const full = path.join(dir, file);
    if (file.endsWith('/')) {
      mkdirSync(full, { recursive: true });
      return;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  write('docs/', '');
  write('mkdocs.yml', mkdocsYml);
  for (const [file, text] of Object.entries(files)) write(file, text);
  const configFile = path.join(dir, 'mkdocs.yml');
  return {
    dir,
    configFile,
    write,
    load: (env = {}) => loadConfig(configFile, { env }),
    error: (env = {}) => {
      try {
        loadConfig(configFile, { env });
      } catch (error) {
        if (error instanceof ConfigError) return error.message.replaceAll(`${dir}/`, '');
        throw error;
      }
      throw new Error('expected a ConfigError');
    },
  };
}

/** Messages without the temp folder: `warning mkdocs.yml:3:5 plugin 'privacy' is not supported; ignored`. */
export function messages(loaded: LoadedConfig, dir: string): string[] {
  return loaded.messages.map((m) => `${m.severity} ${m.file.replaceAll(`${dir}/`, '')}:${m.line}:${m.column} ${m.message}`);
}
