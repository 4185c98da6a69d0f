/**
 * Pygments' RubyConsoleLexer (pygments/lexers/ruby.py, Pygments 2.20.0): an irb session. Lines
 * after an `irb(main):001:0> `, `>> ` or `?> ` prompt are Ruby, lexed together by RubyLexer
 * with the prompts spliced back in; other lines are output.
 *
 *     irb(main):001:0> 1 + 2   ->   <gp>irb(main):001:0> </gp><mi>1</mi><w> </w><o>+</o><w> </w><mi>2</mi>
 *     => 3                          <go>=> 3</go>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import type { Lexer, LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

const PROMPT = pythonRegExp(String.raw`irb\([a-zA-Z_]\w*\):\d{3}:\d+[>*"\'] |>> |\?> `, '', false);

export const rubyConsoleLexer: LexerFactory = {
  name: 'Ruby irb session',
  aliases: ['rbcon', 'irb'],
  create(byName): Lexer {
    const ruby = byName('ruby') ?? textLexer(byName);
    return {
      name: this.name,
      byName,
      *tokensUnprocessed(text) {
        let code = '';
        let insertions: Insertion[] = [];
        // line_re.finditer: a last line without its newline is dropped.
        for (const match of text.matchAll(/[^\n]*\n/g)) {
          const line = match[0];
          PROMPT.lastIndex = 0;
          const prompt = PROMPT.exec(line);
          if (prompt !== null) {
            insertions.push([code.length, [[0, 'Generic.Prompt', prompt[0]]]]);
            code += line.slice(prompt[0].length);
            continue;
          }
          if (code !== '') {
            yield* doInsertions(insertions, ruby.tokensUnprocessed(code));
            code = '';
            insertions = [];
          }
          yield [match.index, 'Generic.Output', line];
        }
        if (code !== '') yield* doInsertions(insertions, ruby.tokensUnprocessed(code));
      },
    };
  },
};
