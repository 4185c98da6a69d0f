/**
 * Pygments' ShellSessionBaseLexer and its sessions (pygments/lexers/shell.py, Pygments 2.20.0):
 * lines starting with a prompt are commands, lexed together by the shell's lexer with the prompts
 * spliced back in; other lines are output. A `(venv)` before the prompt is its own token.
 *
 *     $ ls -l    ->   <gp>$ </gp>ls<w> </w>-l
 *     total 0         <go>total 0</go>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import type { Lexer, Token } from '../regex-lexer.ts';
import type { LexerLookup } from './index.ts';

export interface SessionDefinition {
  readonly name: string;
  /** An alias of the shell's own lexer. */
  readonly inner: string;
  /** `_ps1rgx`: group 1 the prompt, group 2 the command. */
  readonly ps1: string;
  /** `_ps2`, the continuation prompt. */
  readonly ps2: string;
  /** A continuation prompt continues a command even without a trailing backslash. */
  readonly bareContinuation: boolean;
}

export const bashSession: SessionDefinition = {
  name: 'Bash Session',
  inner: 'bash',
  ps1: String.raw`^((?:(?:\[.*?\])|(?:\(\S+\))?(?:| |sh\S*?|\w+\S+[@:]\S+(?:\s+\S+)` + String.raw`?|\[\S+[@:][^\n]+\].+))\s*[$#%]\s*)(.*\n?)`,
  ps2: '> ',
  bareContinuation: false,
};

export const powershellSession: SessionDefinition = {
  name: 'PowerShell Session',
  inner: 'powershell',
  ps1: String.raw`^((?:\[[^]]+\]: )?PS[^>]*> ?)(.*\n?)`,
  ps2: '> ',
  bareContinuation: true,
};

export const msdosSession: SessionDefinition = {
  name: 'MSDOS Session',
  inner: 'batch',
  ps1: String.raw`^([^>]*>)(.*\n?)`,
  ps2: 'More? ',
  bareContinuation: false,
};

export const tcshSession: SessionDefinition = {
  name: 'Tcsh Session',
  inner: 'tcsh',
  ps1: String.raw`^([^>]+>)(.*\n?)`,
  ps2: '? ',
  bareContinuation: false,
};

const VENV = String.raw`^(\([^)]*\))(\s*)`;

export function sessionLexer(definition: SessionDefinition, byName: LexerLookup): Lexer {
  const ps1 = pythonRegExp(definition.ps1, '', true);
  const venv = pythonRegExp(VENV, '', true);
  const { ps2 } = definition;
  return {
    name: definition.name,
    byName,
    *tokensUnprocessed(text) {
      const inner = byName(definition.inner);
      const lexInner = (code: string): Iterable<Token> => (inner ? inner.tokensUnprocessed(code) : [[0, 'Text', code]]);
      let pos = 0;
      let code = '';
      let insertions: Insertion[] = [];
      let continuation = false;
      // line_re: each line with its `\n` (a last line without one is not a line).
      for (const match of text.matchAll(/[^\n]*\n/g)) {
        let line = match[0];
        const start = match.index;
        const environment = exec(venv, line);
        if (environment) {
          insertions.push([code.length, [[0, 'Generic.Prompt.VirtualEnv', environment[1] ?? '']]]);
          if (environment[2]) insertions.push([code.length, [[0, 'Text', environment[2]]]]);
          line = line.slice(environment[0].length);
        }
        const prompt = exec(ps1, line);
        if (prompt) {
          // Output lexers need the prompt to break the output, so the command starts here.
          if (insertions.length === 0) pos = start;
          insertions.push([code.length, [[0, 'Generic.Prompt', prompt[1] ?? '']]]);
          code += prompt[2] ?? '';
          continuation = code.endsWith('\\\n');
        } else if (continuation) {
          if (line.startsWith(ps2)) {
            insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, ps2.length)]]]);
            code += line.slice(ps2.length);
          } else {
            code += line;
          }
          continuation = code.endsWith('\\\n');
        } else if (definition.bareContinuation && line.startsWith(ps2)) {
          insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, ps2.length)]]]);
          code += line.slice(ps2.length);
        } else {
          if (insertions.length > 0) {
            for (const [index, type, value] of doInsertions(insertions, lexInner(code))) yield [pos + index, type, value];
          }
          yield [start, 'Generic.Output', line];
          insertions = [];
          code = '';
        }
      }
      if (insertions.length > 0) {
        for (const [index, type, value] of doInsertions(insertions, lexInner(code))) yield [pos + index, type, value];
      }
    },
  };
}

function exec(regex: RegExp, text: string): RegExpExecArray | null {
  regex.lastIndex = 0;
  return regex.exec(text);
}
