/**
 * The one message shape of the whole build: config loading, the renderer and the site all
 * report with it, and the CLI prints it as `file:line:col: severity: message`.
 *
 * `{severity: 'warning', message: 'snippet "x.md" not found', file: 'docs/a.md', line: 3, column: 1, ruleId: 'snippets'}`
 * -> `docs/a.md:3:1: warning: snippet "x.md" not found`
 */

/** `error` fails the build; `warning` fails it under `--strict`; `info` never does. */
export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  readonly severity: Severity;
  readonly message: string;
  /** The file the message is about: an include, a page, mkdocs.yml (absolute or project-relative). */
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** What reported it, vfile's name for the rule (`snippets`, `emoji-unknown`, `front-matter`). */
  readonly ruleId?: string | undefined;
}
