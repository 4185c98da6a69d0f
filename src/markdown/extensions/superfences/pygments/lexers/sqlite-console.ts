/**
 * Pygments' SqliteConsoleLexer (pygments/lexers/sql.py, Pygments 2.20.0): an sqlite3 session.
 * Lines after a `sqlite>` or `   ...>` prompt are SQL, lexed together by SqlLexer with the
 * prompts spliced back in; other lines are output, `SQL error: ` lines a traceback.
 *
 *     sqlite> select 1;   ->   <gp>sqlite></gp><w> </w><k>select</k><w> </w><mi>1</mi><p>;</p>
 *     1                        <go>1</go>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import { compileLexer, type Lexer, type LexerFactory } from '../regex-lexer.ts';
import { sqlLexer } from './sql.ts';

const PROMPT = pythonRegExp(String.raw`^(?:sqlite|   ...)>(?= )`, '', false);

export const sqliteConsoleLexer: LexerFactory = {
  name: 'sqlite3con',
  aliases: ['sqlite3'],
  create(byName): Lexer {
    const sql = compileLexer(sqlLexer, byName);
    return {
      name: this.name,
      byName,
      *tokensUnprocessed(data) {
        let code = '';
        let insertions: Insertion[] = [];
        // line_re.finditer: a last line without its newline is dropped.
        for (const match of data.matchAll(/[^\n]*\n/g)) {
          const line = match[0];
          PROMPT.lastIndex = 0;
          if (PROMPT.test(line)) {
            // The prompt is always seven characters, the space after it whitespace.
            insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 7)]]]);
            insertions.push([code.length, [[7, 'Text.Whitespace', ' ']]]);
            code += line.slice(8);
            continue;
          }
          if (code !== '') {
            yield* doInsertions(insertions, sql.tokensUnprocessed(code));
            code = '';
            insertions = [];
          }
          yield [match.index, line.startsWith('SQL error: ') ? 'Generic.Traceback' : 'Generic.Output', line];
        }
        if (code !== '') yield* doInsertions(insertions, sql.tokensUnprocessed(code));
      },
    };
  },
};
