/**
 * Pygments' SnowballLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule: Snowball
 * stemmer definitions. Strings may hold escapes between the two characters a `stringescapes`
 * declaration names (`{` and `}` mostly), so the string callbacks read them from the context,
 * where Pygments keeps them on the lexer (reset for each text).
 *
 *     stringescapes {} define a as 'x{'}'
 *     ->   <kr>stringescapes</kr> <se>{</se><se>}</se> <kr>define</kr> <n>a</n> <kr>as</kr> <s1>'x</s1><se>{'}</se><s1>'</s1>
 */
import { bygroupsInContext, type ContextCallback, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { pythonRegExp } from '../python-regex.ts';
import { include, words } from '../regex-lexer.ts';

interface SnowballContext extends LexerContext {
  /** The characters that open and close an escape in a string (`_start`, `_end`; `'` until declared). */
  escapeStart: string;
  escapeEnd: string;
}

/** re.escape for one character in a class: punctuation escaped, letters and digits as they are. */
const classChar = (char: string): string => (/^[\p{L}\p{N}_]$/u.test(char) ? char : `\\${char}`);

/** `([^c]*)(.)` matched at `pos` (re.match), `.` being any character but `\n`. */
function upTo(char: string, text: string, pos: number): RegExpExecArray | null {
  const regex = pythonRegExp(`([^${classChar(char)}]*)(.)`, '', true);
  regex.lastIndex = pos;
  return regex.exec(text);
}

/**
 * `_string(do_string_first)`: the text up to the next `'` is string (`do_string`) and escapes.
 * At the closing `'` the string state is left; at an escape left open, the state becomes `escape`.
 */
function stringCallback(doStringFirst: boolean): ContextCallback<SnowballContext> {
  return function* (_lexer, match, context) {
    const start = match.start;
    const text = match.text;
    let pos = 0;
    let doString = doStringFirst;
    let last: RegExpExecArray | null = null;
    while (pos < text.length) {
      if (doString) {
        last = upTo(context.escapeStart, text, pos);
        // Pygments fails on a line end here (no match); nothing more is read then.
        if (last === null) break;
        const [, before = '', char = ''] = last;
        yield [start + last.index, 'Literal.String.Single', before];
        if (char === "'") {
          yield [start + last.index + before.length, 'Literal.String.Single', char];
          context.stack.pop();
          break;
        }
        yield [start + last.index + before.length, 'Literal.String.Escape', char];
        pos = last.index + last[0].length;
      }
      last = upTo(context.escapeEnd, text, pos);
      if (last === null) break;
      yield [start + last.index, 'Literal.String.Escape', last[0]];
      if (last[2] !== context.escapeEnd) {
        context.stack[context.stack.length - 1] = 'escape';
        break;
      }
      pos = last.index + last[0].length;
      doString = true;
    }
    context.pos = start + (last === null ? text.length : last.index + last[0].length);
  };
}

/** `stringescapes {}`: remembers the two characters, then the groups as tokens. */
const stringEscapes: ContextCallback<SnowballContext> = function* (lexer, match, context, lex) {
  context.escapeStart = match.group(3) ?? '';
  context.escapeEnd = match.group(5) ?? '';
  yield* bygroupsInContext<SnowballContext>('Keyword.Reserved', 'Text.Whitespace', 'Literal.String.Escape', 'Text.Whitespace', 'Literal.String.Escape')(lexer, match, context, lex);
};

const WS = String.raw`\n\r\t `;

export const snowballLexer: ExtendedLexerDefinition<SnowballContext> = {
  name: 'Snowball',
  aliases: ['snowball'],
  context: (text) => ({ text, pos: 0, end: text.length, stack: ['root'], escapeStart: "'", escapeEnd: "'" }),
  tokens: {
    root: [
      [String.raw`len\b`, 'Name.Builtin'],
      [String.raw`lenof\b`, 'Operator.Word'],
      include('root1'),
    ],
    root1: [
      [`[${WS}]+`, 'Text.Whitespace'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ["'", 'Literal.String.Single', 'string'],
      ['[()]', 'Punctuation'],
      [String.raw`/\*[\w\W]*?\*/`, 'Comment.Multiline'],
      ['//.*', 'Comment.Single'],
      [String.raw`[!*+\-/<=>]=|[-=]>|<[+-]|[$*+\-/<=>?\[\]]`, 'Operator'],
      [words(['as', 'get', 'hex', 'among', 'define', 'decimal', 'backwardmode'], '', String.raw`\b`), 'Keyword.Reserved'],
      [words(['strings', 'booleans', 'integers', 'routines', 'externals', 'groupings'], '', String.raw`\b`), 'Keyword.Reserved', 'declaration'],
      [
        words([
          'do', 'or', 'and', 'for', 'hop', 'non', 'not', 'set', 'try', 'fail', 'goto', 'loop', 'next', 'test', 'true',
          'false', 'unset', 'atmark', 'attach', 'delete', 'gopast', 'insert', 'repeat', 'sizeof', 'tomark', 'atleast',
          'atlimit', 'reverse', 'setmark', 'tolimit', 'setlimit', 'backwards', 'substring',
        ], '', String.raw`\b`),
        'Operator.Word',
      ],
      [words(['size', 'limit', 'cursor', 'maxint', 'minint'], '', String.raw`\b`), 'Name.Builtin'],
      [`(stringdef\\b)([${WS}]*)([^${WS}]+)`, bygroupsInContext('Keyword.Reserved', 'Text.Whitespace', 'Literal.String.Escape')],
      [`(stringescapes\\b)([${WS}]*)(.)([${WS}]*)(.)`, stringEscapes],
      [String.raw`[A-Za-z]\w*`, 'Name'],
    ],
    declaration: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [words(['len', 'lenof'], '', String.raw`\b`), 'Name', ['root1', 'declaration']],
      include('root1'),
    ],
    string: [
      ["[^']*'", stringCallback(true)],
    ],
    escape: [
      ["[^']*'", stringCallback(false)],
    ],
  },
};
