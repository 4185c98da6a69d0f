/**
 * Pygments' PostgresConsoleLexer (pygments/lexers/sql.py, Pygments 2.20.0): a psql session.
 * Lines are a command (prompts spliced into PsqlRegexLexer's tokens) up to a line that ends it
 * (a `;`, or a backslash command), then output up to the next prompt; `ERROR:` and the like
 * are strong, and what follows an error is an error too. A `$` line is a shell command.
 *
 *     db=# select 1;   ->   <gp>db=# </gp><k>select</k><w> </w><mf>1</mf><p>;</p>
 *     (1 row)               <go>(1 row)</go>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import type { Lexer } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import type { LexerLookup } from './index.ts';
import { psqlRegexLexer, type LookupFactory } from './postgres.ts';
import { textLexer } from './text.ts';

const PROMPT = pythonRegExp(String.raw`^(\S.*?)??[=\-\(\$\'\"][#>]`, '', false);
const PSQL_COMMAND = pythonRegExp(String.raw`(\s*)(\\.+?)(\s+)$`, '', false);
const END_COMMAND = new RegExp(pythonRegExp(String.raw`;\s*(--.*?)?$`, '', false).source, 'v');
const MESSAGE = pythonRegExp(String.raw`((?:DEBUG|INFO|NOTICE|WARNING|ERROR|FATAL|HINT|DETAIL|CONTEXT|LINE [0-9]+):)(.*?\n)`, '', true);

/** `pattern.match(text)`: at the start only. */
function matchStart(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

export const postgresConsoleLexer: LookupFactory = {
  name: 'PostgreSQL console (psql)',
  aliases: ['psql', 'postgresql-console', 'postgres-console'],
  create(byName: LexerLookup): Lexer {
    const sql = psqlRegexLexer.create(byName);
    return {
      name: this.name,
      byName,
      *tokensUnprocessed(data) {
        // line_re.findall: a last line without its newline is dropped.
        const lines = data.match(/[^\n]*\n/g) ?? [];
        let next = 0;
        // Pygments' `lookahead`: an output line that is a prompt is read again as a command.
        let pushedBack: string | undefined;
        const read = (): string | undefined => {
          if (pushedBack !== undefined) {
            const line = pushedBack;
            pushedBack = undefined;
            return line;
          }
          return lines[next++];
        };
        for (;;) {
          // The command: prompts, up to the line that ends it.
          let code = '';
          const insertions: Insertion[] = [];
          for (let line = read(); line !== undefined; line = read()) {
            if (line.startsWith('$') && code === '') {
              yield* (byName('console') ?? textLexer(byName)).tokensUnprocessed(line);
              break;
            }
            const prompt = matchStart(PROMPT, line);
            if (prompt !== null) {
              insertions.push([code.length, [[0, 'Generic.Prompt', prompt[0]]]]);
              code += line.slice(prompt[0].length);
            } else {
              code += line;
            }
            if (matchStart(PSQL_COMMAND, code) !== null || END_COMMAND.test(code)) break;
          }
          yield* doInsertions(insertions, sql.tokensUnprocessed(code));
          // The output, up to the next prompt.
          let output: TokenType = 'Generic.Output';
          let prompted = false;
          for (let line = read(); line !== undefined; line = read()) {
            if (matchStart(PROMPT, line) !== null) {
              pushedBack = line;
              prompted = true;
              break;
            }
            const message = matchStart(MESSAGE, line);
            if (message !== null) {
              const label = message[1] ?? '';
              if (label.startsWith('ERROR') || label.startsWith('FATAL')) output = 'Generic.Error';
              yield [0, 'Generic.Strong', label];
              yield [label.length, output, message[2] ?? ''];
            } else {
              yield [0, output, line];
            }
          }
          if (!prompted) return;
        }
      },
    };
  },
};
