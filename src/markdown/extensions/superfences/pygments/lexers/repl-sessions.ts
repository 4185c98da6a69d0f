/**
 * Pygments' REPL session lexers (Pygments 2.20.0): ElixirConsoleLexer (erlang.py),
 * JuliaConsoleLexer (julia.py), RConsoleLexer (r.py), NodeConsoleLexer (javascript.py) and
 * MatlabSessionLexer (matlab.py). Each reads the session line by line: prompt lines' code is
 * lexed as one text by the language's lexer (ported already), the prompts spliced back in
 * (`do_insertions`); other lines are output.
 *
 *     iex> 1 + 2   ->   <gp>iex> </gp><mi>1</mi><w> </w><o>+</o><w> </w><mi>2</mi>
 *     3                 <go>3</go>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import type { Lexer, LexerFactory, Token } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

/** `line_re.finditer` (`.*?\n`): lines with their `\n`; a last line without one is dropped. */
const LINE = /[^\n]*\n/g;
/** str.splitlines(keepends=True): every line end Python knows. */
const SPLITLINE = /[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])|[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/g;

/** A session lexer whose body reads `text` with `inner`, the lexer named `alias`. */
function session(name: string, aliases: readonly string[], alias: string, body: (text: string, inner: Lexer) => Generator<Token>): LexerFactory {
  return {
    name,
    aliases,
    create(byName) {
      const inner = byName(alias) ?? textLexer(byName);
      return { name, byName, tokensUnprocessed: (text) => body(text, inner) };
    },
  };
}

const IEX_PROMPT = pythonRegExp(String.raw`(iex|\.{3})((?:\([\w@_.]+\))?\d+|\(\d+\))?> `, '', false);

/** `** ` lines are errors (and the output after them, up to the next prompt). */
export const elixirConsoleLexer = session('Elixir iex session', ['iex'], 'elixir', function* (text, elixir) {
  let code = '';
  let insertions: Insertion[] = [];
  let inError = false;
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    if (line.startsWith('** ')) {
      inError = true;
      insertions.push([code.length, [[0, 'Generic.Error', line.slice(0, -1)]]]);
      code += line.slice(-1);
      continue;
    }
    IEX_PROMPT.lastIndex = 0;
    const prompt = IEX_PROMPT.exec(line);
    if (prompt !== null) {
      inError = false;
      insertions.push([code.length, [[0, 'Generic.Prompt', prompt[0]]]]);
      code += line.slice(prompt[0].length);
      continue;
    }
    if (code !== '') {
      yield* doInsertions(insertions, elixir.tokensUnprocessed(code));
      code = '';
      insertions = [];
    }
    yield [match.index, inError ? 'Generic.Error' : 'Generic.Output', line];
  }
  if (code !== '') yield* doInsertions(insertions, elixir.tokensUnprocessed(code));
});

/**
 * `julia>` lines and the 6-space continuation lines below them are code; `help?>` and `shell>`
 * lines are a prompt and text; an `ERROR: ` line makes the output errors up to the next prompt.
 */
export const juliaConsoleLexer = session('Julia console', ['jlcon', 'julia-repl'], 'julia', function* (text, julia) {
  let start = 0;
  let code = '';
  let insertions: Insertion[] = [];
  let output = false;
  let error = false;
  for (const [line] of text.matchAll(SPLITLINE)) {
    if (line.startsWith('julia>')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 6)]]]);
      code += line.slice(6);
      output = false;
      error = false;
    } else if (line.startsWith('help?>') || line.startsWith('shell>')) {
      yield [start, 'Generic.Prompt', line.slice(0, 6)];
      yield [start + 6, 'Text', line.slice(6)];
      output = false;
      error = false;
    } else if (line.startsWith('      ') && !output) {
      insertions.push([code.length, [[0, 'Text.Whitespace', line.slice(0, 6)]]]);
      code += line.slice(6);
    } else {
      if (code !== '') {
        yield* doInsertions(insertions, julia.tokensUnprocessed(code));
        code = '';
        insertions = [];
      }
      error ||= line.startsWith('ERROR: ');
      yield [start, error ? 'Generic.Error' : 'Generic.Output', line];
      output = true;
    }
    start += line.length;
  }
  if (code !== '') yield* doInsertions(insertions, julia.tokensUnprocessed(code));
});

/** Lines starting `>` or `+` are code after a two-character prompt (whatever those are). */
export const rConsoleLexer = session('RConsole', ['rconsole', 'rout'], 'splus', function* (text, r) {
  let code = '';
  let insertions: Insertion[] = [];
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    if (line.startsWith('>') || line.startsWith('+')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 2)]]]);
      code += line.slice(2);
      continue;
    }
    if (code !== '') {
      yield* doInsertions(insertions, r.tokensUnprocessed(code));
      code = '';
      insertions = [];
    }
    yield [match.index, 'Generic.Output', line];
  }
  if (code !== '') yield* doInsertions(insertions, r.tokensUnprocessed(code));
});

/** `> ` and `...` lines are code; every other line is JavaScript too, lexed alone (Node prints values). */
export const nodeConsoleLexer = session('Node.js REPL console session', ['nodejsrepl'], 'javascript', function* (text, js) {
  let code = '';
  let insertions: Insertion[] = [];
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    if (line.startsWith('> ')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', '>'], [1, 'Text.Whitespace', line.slice(1, 2)]]]);
      code += line.slice(2);
    } else if (line.startsWith('...')) {
      // Node nests `...` by depth: all the leading dots are the prompt.
      const rest = line.replace(/^\.+/, '');
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, line.length - rest.length)]]]);
      code += rest;
    } else {
      if (code !== '') {
        yield* doInsertions(insertions, js.tokensUnprocessed(code));
        code = '';
        insertions = [];
      }
      // Its tokens start at 0, as in Pygments (do_insertions with no insertions).
      yield* js.tokensUnprocessed(line);
    }
  }
  if (code !== '') yield* doInsertions(insertions, js.tokensUnprocessed(code));
});

/** Python's str.strip() whitespace, for MATLAB's `...` continuation test. */
const STRIP = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;

/**
 * `>> ` and `>>` lines are code; `???` lines are tracebacks put in the code's place; a line after
 * one ending in `...` continues the code, its first three spaces a prompt. (Pygments measures
 * the last prompt as `len` of a token tuple: always 3.)
 */
export const matlabSessionLexer = session('Matlab session', ['matlabsession'], 'matlab', function* (text, matlab) {
  let code = '';
  let insertions: Insertion[] = [];
  let continuation = false;
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    if (line.startsWith('>> ')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 3)]]]);
      code += line.slice(3);
    } else if (line.startsWith('>>')) {
      insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 2)]]]);
      code += line.slice(2);
    } else if (line.startsWith('???')) {
      insertions.push([code.length, [[0, 'Generic.Traceback', line]]]);
    } else if (continuation && insertions.length > 0) {
      if (line.startsWith('   ')) {
        insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, 3)]]]);
        code += line.slice(3);
      } else {
        code += line;
      }
    } else {
      if (code !== '') {
        yield* doInsertions(insertions, matlab.tokensUnprocessed(code));
        code = '';
        insertions = [];
      }
      yield [match.index, 'Generic.Output', line];
    }
    continuation = line.replace(STRIP, '').endsWith('...');
  }
  if (code !== '') yield* doInsertions(insertions, matlab.tokensUnprocessed(code));
});
