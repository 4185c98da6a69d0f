/**
 * Pygments' ShenLexer (pygments/lexers/lisp.py, Pygments 2.20.0): a rule table whose tokens two
 * passes retype, as its get_tokens_unprocessed chains them. The first makes the symbol after `(`
 * a keyword, builtin or function; the second follows declarations (`(define name {A --> B}`,
 * `(datatype ...`, `(package ...`) and types what they declare.
 *
 *     (define square {number --> number} X -> (* X X))
 *     ->   <p>(</p><k>define</k> <nf>square</nf> <p>{</p><kt>number</kt> <p>--></p> <kt>number</kt><p>}</p> ...
 */
import { compileLexer, type LexerDefinition, type LexerFactory, type Token } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

const DECLARATIONS = ['datatype', 'define', 'defmacro', 'defprolog', 'defcc', 'synonyms', 'declare', 'package', 'type', 'function'];
const SPECIAL_FORMS = [
  'lambda', 'get', 'let', 'if', 'cases', 'cond', 'put', 'time', 'freeze', 'value', 'load', '$', 'protect', 'or', 'and',
  'not', 'do', 'output', 'prolog?', 'trap-error', 'error', 'make-string', '/.', 'set', '@p', '@s', '@v',
];
const BUILTINS = [
  '==', '=', '*', '+', '-', '/', '<', '>', '>=', '<=', '<-address', '<-vector', 'abort', 'absvector', 'absvector?',
  'address->', 'adjoin', 'append', 'arity', 'assoc', 'bind', 'boolean?', 'bound?', 'call', 'cd', 'close', 'cn',
  'compile', 'concat', 'cons', 'cons?', 'cut', 'destroy', 'difference', 'element?', 'empty?', 'enable-type-theory',
  'error-to-string', 'eval', 'eval-kl', 'exception', 'explode', 'external', 'fail', 'fail-if', 'file', 'findall',
  'fix', 'fst', 'fwhen', 'gensym', 'get-time', 'hash', 'hd', 'hdstr', 'hdv', 'head', 'identical', 'implementation',
  'in', 'include', 'include-all-but', 'inferences', 'input', 'input+', 'integer?', 'intern', 'intersection', 'is',
  'kill', 'language', 'length', 'limit', 'lineread', 'loaded', 'macro', 'macroexpand', 'map', 'mapcan',
  'maxinferences', 'mode', 'n->string', 'nl', 'nth', 'null', 'number?', 'occurrences', 'occurs-check', 'open', 'os',
  'out', 'port', 'porters', 'pos', 'pr', 'preclude', 'preclude-all-but', 'print', 'profile', 'profile-results', 'ps',
  'quit', 'read', 'read+', 'read-byte', 'read-file', 'read-file-as-bytelist', 'read-file-as-string',
  'read-from-string', 'release', 'remove', 'return', 'reverse', 'run', 'save', 'set', 'simple-error', 'snd',
  'specialise', 'spy', 'step', 'stinput', 'stoutput', 'str', 'string->n', 'string->symbol', 'string?', 'subst',
  'symbol?', 'systemf', 'tail', 'tc', 'tc?', 'thaw', 'tl', 'tlstr', 'tlv', 'track', 'tuple?', 'undefmacro', 'unify',
  'unify!', 'union', 'unprofile', 'unspecialise', 'untrack', 'variable?', 'vector', 'vector->', 'vector?', 'verified',
  'version', 'warn', 'when', 'write-byte', 'write-to-file', 'y-or-n?',
];
const BUILTINS_ANYWHERE = new Set(['where', 'skip', '>>', '_', '!', '<e>', '<!>']);
const DECLARATION_SET = new Set(DECLARATIONS);

/** MAPPINGS, filled in Pygments' order: a special form that is also a builtin (`set`) is a keyword. */
const MAPPINGS = new Map<string, TokenType>([
  ...DECLARATIONS.map((word) => [word, 'Keyword'] as const),
  ...BUILTINS.map((word) => [word, 'Name.Builtin'] as const),
  ...SPECIAL_FORMS.map((word) => [word, 'Keyword'] as const),
]);

const VALID_SYMBOL_CHARS = String.raw`[\w!$%*+,<=>?/.\'@&#:-]`;

export const shenRules: LexerDefinition = {
  name: 'Shen',
  aliases: ['shen'],
  tokens: {
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`c#\d{1,3};`, 'Literal.String.Escape'],
      ['~[ARS%]', 'Literal.String.Interpol'],
      ['(?s).', 'Literal.String'],
    ],
    root: [
      [String.raw`(?s)\\\*.*?\*\\`, 'Comment.Multiline'], // \* ... *\
      [String.raw`\\\\.*`, 'Comment.Single'], // \\ ...
      [String.raw`\s+`, 'Text.Whitespace'],
      ['_{5,}', 'Punctuation'],
      ['={5,}', 'Punctuation'],
      [String.raw`(;|:=|\||--?>|<--?)`, 'Punctuation'],
      [String.raw`(:-|:|\{|\})`, 'Literal'],
      [String.raw`[+-]*\d*\.\d+(e[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`[+-]*\d+`, 'Literal.Number.Integer'],
      ['"', 'Literal.String', 'string'],
      [`[A-Z]${VALID_SYMBOL_CHARS}*`, 'Name.Variable'],
      [String.raw`(true|false|<>|\[\])`, 'Keyword.Pseudo'],
      [String.raw`[a-z!$%*+,<=>?/.\'@&#_-]` + `${VALID_SYMBOL_CHARS}*`, 'Literal'],
      [String.raw`(\[|\]|\(|\))`, 'Punctuation'],
    ],
  },
};

const relevant = (type: TokenType): boolean =>
  type !== 'Text' && type !== 'Text.Whitespace' && type !== 'Comment.Single' && type !== 'Comment.Multiline';

/** str.istitle: cased characters, each uppercase one after an uncased one, each lowercase one after a cased one. */
function isTitle(text: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const char of text) {
    const upper = char !== char.toLowerCase();
    const lower = char !== char.toUpperCase();
    if (upper) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (lower) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

function* processSymbols(tokens: Iterable<Token>): Generator<Token> {
  let openingParen = false;
  for (const [index, original, value] of tokens) {
    let type = original;
    if (openingParen && (type === 'Literal' || type === 'Name.Variable')) type = MAPPINGS.get(value) ?? 'Name.Function';
    else if (type === 'Literal' && BUILTINS_ANYWHERE.has(value)) type = 'Name.Builtin';
    openingParen = value === '(' && type === 'Punctuation';
    yield [index, type, value];
  }
}

/**
 * _process_declarations and the helpers it calls, all reading the one token iterator as the
 * Python generators share it. Where Pygments' `for` loop runs out, its variables keep the last
 * token, which is yielded again: so here too.
 */
function* processDeclarations(tokens: Iterator<Token>): Generator<Token> {
  let openingParen = false;
  for (let next = tokens.next(); !next.done; next = tokens.next()) {
    const [, type, value] = next.value;
    yield next.value;
    if (!relevant(type)) continue;
    if (openingParen && type === 'Keyword' && DECLARATION_SET.has(value)) yield* processDeclaration(value, tokens);
    openingParen = value === '(' && type === 'Punctuation';
  }
}

function* processDeclaration(declaration: string, tokens: Iterator<Token>): Generator<Token> {
  let current: Token | undefined;
  for (let next = tokens.next(); !next.done; next = tokens.next()) {
    current = next.value;
    if (relevant(current[1])) break;
    yield current;
  }
  // Nothing left at all: Pygments fails (UnboundLocalError); nothing more here.
  if (current === undefined) return;
  let [index, type, value] = current;
  if (declaration === 'datatype') {
    let previousWasColon = false;
    yield [index, type === 'Literal' ? 'Keyword.Type' : type, value];
    // The rest of the text is the datatype's: no declaration after it is followed.
    for (let next = tokens.next(); !next.done; next = tokens.next()) {
      [index, type, value] = next.value;
      if (previousWasColon && type === 'Literal') type = 'Keyword.Type';
      yield [index, type, value];
      if (relevant(type)) previousWasColon = type === 'Literal' && value === ':';
    }
  } else if (declaration === 'package') {
    yield [index, type === 'Literal' ? 'Name.Namespace' : type, value];
  } else if (declaration === 'define') {
    type = type === 'Literal' ? 'Name.Function' : type;
    yield [index, type, value];
    for (let next = tokens.next(); !next.done; next = tokens.next()) {
      [index, type, value] = next.value;
      if (relevant(type)) break;
      yield [index, type, value];
    }
    if (value === '{' && type === 'Literal') {
      yield [index, 'Punctuation', value];
      yield* processSignature(tokens);
    } else {
      yield [index, type, value];
    }
  } else {
    yield [index, type === 'Literal' ? 'Name.Function' : type, value];
  }
}

function* processSignature(tokens: Iterator<Token>): Generator<Token> {
  for (let next = tokens.next(); !next.done; next = tokens.next()) {
    const [index, type, value] = next.value;
    if (type === 'Literal' && value === '}') {
      yield [index, 'Punctuation', value];
      return;
    }
    yield [index, type === 'Literal' || type === 'Name.Function' ? (isTitle(value) ? 'Name.Variable' : 'Keyword.Type') : type, value];
  }
}

export const shenLexer: LexerFactory = {
  name: 'Shen',
  aliases: ['shen'],
  create(byName) {
    const rules = compileLexer(shenRules, byName);
    return {
      ...rules,
      tokensUnprocessed: (text, stack) => processDeclarations(processSymbols(rules.tokensUnprocessed(text, stack))[Symbol.iterator]()),
    };
  },
};
