/**
 * Pygments' JsonLexer (pygments/lexers/data.py, Pygments 2.20.0): not a RegexLexer but one pass
 * over the characters. A string is a value until a `:` after it makes it a key, so strings (and
 * the whitespace and comments after them) wait in a queue until the next significant character.
 * Nothing is validated: `--1--` is an integer, `trustful` a constant.
 *
 *     {"a": 1}   ->   <p>{</p><nt>"a"</nt><p>:</p><w> </w><mi>1</mi><p>}</p>
 */
import type { Lexer, Token } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

const INTEGERS = new Set('-0123456789');
const FLOATS = new Set('.eE+');
const CONSTANTS = new Set('truefalsenull');
const HEXADECIMALS = new Set('0123456789abcdefABCDEF');
const PUNCTUATIONS = new Set('{}[],');
const WHITESPACES = new Set(' \n\r\t');

/** What the character run being read is. */
type Run = 'none' | 'string' | 'whitespace' | 'constant' | 'number' | 'punctuation' | 'comment-single' | 'comment-multiline' | 'comment-opener';

export function jsonLexer(byName: (alias: string) => Lexer | undefined): Lexer {
  return { name: 'JSON', byName, tokensUnprocessed: (text) => lex(text) };
}

function* lex(text: string): Generator<Token> {
  let run: Run = 'none';
  let escape = false;
  let unicodeEscape = 0;
  let float = false;
  let closingComment = false;
  let start = 0;
  let queue: Token[] = [];
  const flush = function* (): Generator<Token> {
    yield* queue;
    queue = [];
  };
  /** Whitespace and comments wait behind a queued string; else they go out now. */
  const queued = function* (token: Token): Generator<Token> {
    if (queue.length > 0) queue.push(token);
    else yield token;
  };

  for (let stop = 0; stop < text.length; stop++) {
    const character = text[stop] ?? '';
    switch (run) {
      case 'string':
        if (unicodeEscape > 0) {
          if (HEXADECIMALS.has(character)) {
            unicodeEscape--;
            if (unicodeEscape === 0) escape = false;
          } else {
            unicodeEscape = 0;
            escape = false;
          }
        } else if (escape) {
          if (character === 'u') unicodeEscape = 4;
          else escape = false;
        } else if (character === '\\') {
          escape = true;
        } else if (character === '"') {
          queue.push([start, 'Literal.String.Double', text.slice(start, stop + 1)]);
          run = 'none';
          escape = false;
          unicodeEscape = 0;
        }
        continue;
      case 'whitespace':
        if (WHITESPACES.has(character)) continue;
        yield* queued([start, 'Text.Whitespace', text.slice(start, stop)]);
        break;
      case 'constant':
        if (CONSTANTS.has(character)) continue;
        yield [start, 'Keyword.Constant', text.slice(start, stop)];
        break;
      case 'number':
        if (INTEGERS.has(character)) continue;
        if (FLOATS.has(character)) {
          float = true;
          continue;
        }
        yield [start, float ? 'Literal.Number.Float' : 'Literal.Number.Integer', text.slice(start, stop)];
        float = false;
        break;
      case 'punctuation':
        if (PUNCTUATIONS.has(character)) continue;
        yield [start, 'Punctuation', text.slice(start, stop)];
        break;
      case 'comment-single':
        if (character !== '\n') continue;
        yield* queued([start, 'Comment.Single', text.slice(start, stop)]);
        break;
      case 'comment-multiline':
        if (character === '*') {
          closingComment = true;
        } else if (closingComment) {
          closingComment = false;
          if (character === '/') {
            yield* queued([start, 'Comment.Multiline', text.slice(start, stop + 1)]);
            run = 'none';
          }
        }
        continue;
      case 'comment-opener':
        if (character === '/') {
          run = 'comment-single';
          continue;
        }
        if (character === '*') {
          run = 'comment-multiline';
          continue;
        }
        // Not a comment after all: what waited keeps its type; the `/` is an error.
        yield* flush();
        yield [start, 'Error', text.slice(start, stop)];
        break;
      case 'none':
        break;
    }
    // The run ended (or none was open): this character starts the next one.
    run = 'none';
    start = stop;
    if (character === '"') {
      run = 'string';
    } else if (WHITESPACES.has(character)) {
      run = 'whitespace';
    } else if (character === 'f' || character === 'n' || character === 't') {
      yield* flush();
      run = 'constant';
    } else if (INTEGERS.has(character)) {
      yield* flush();
      run = 'number';
    } else if (character === ':') {
      // A string right before a `:` is a key.
      for (const [index, type, value] of queue) yield [index, type === 'Literal.String.Double' ? 'Name.Tag' : type, value];
      queue = [];
      run = 'punctuation';
    } else if (PUNCTUATIONS.has(character)) {
      yield* flush();
      run = 'punctuation';
    } else if (character === '/') {
      run = 'comment-opener';
    } else {
      yield* flush();
      yield [start, 'Error', character];
    }
  }
  // Whatever is still open runs to the end of the text.
  yield* flush();
  const rest = text.slice(start);
  const last: Partial<Record<Run, TokenType>> = {
    string: 'Error', whitespace: 'Text.Whitespace', constant: 'Keyword.Constant', punctuation: 'Punctuation',
    'comment-single': 'Comment.Single', 'comment-multiline': 'Error', 'comment-opener': 'Error',
    number: float ? 'Literal.Number.Float' : 'Literal.Number.Integer',
  };
  const type = last[run];
  if (type !== undefined) yield [start, type, rest];
}

/** JSON-LD's keywords: as keys they are decorators. */
const JSON_LD_KEYWORDS = new Set(
  ['base', 'container', 'context', 'direction', 'graph', 'id', 'import', 'included', 'index', 'json', 'language', 'list', 'nest',
    'none', 'prefix', 'propagate', 'protected', 'reverse', 'set', 'type', 'value', 'version', 'vocab'].map((keyword) => `"@${keyword}"`),
);

/**
 * Pygments' JsonLdLexer: JSON whose `"@context"`-style keys are Name.Decorator.
 *
 *     {"@id": "x"}   ->   <p>{</p><nd>"@id"</nd><p>:</p><w> </w><s2>"x"</s2><p>}</p>
 */
export function jsonLdLexer(byName: (alias: string) => Lexer | undefined): Lexer {
  return {
    name: 'JSON-LD',
    byName,
    *tokensUnprocessed(text) {
      for (const [start, type, value] of lex(text)) yield [start, type === 'Name.Tag' && JSON_LD_KEYWORDS.has(value) ? 'Name.Decorator' : type, value];
    },
  };
}
