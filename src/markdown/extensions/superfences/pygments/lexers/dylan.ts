/**
 * Pygments' DylanLexer, DylanConsoleLexer (pygments/lexers/dylan.py, Pygments 2.20), rule for
 * rule: a file may open with `Keyword: value` headers; in code, names are lexed as `Name` and then
 * retyped by four word sets (get_tokens_unprocessed), compared lowercased. The console lexer lexes
 * the lines after a `?` or space prompt as Dylan, other lines as output.
 *
 *     define method f (x :: <integer>) => () end;   ->   <k>define</k> <nb>method</nb> <n>f</n> <p>(</p><n>x</n> <p>::</p> <nc><integer></nc><p>)</p> <p>=></p> <p>()</p> <k>end</k><p>;</p>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import { bygroups, defaultState, retypingLexer, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { textLexer } from './text.ts';

const VALID_NAME = String.raw`\\?[\w!&*<>|^$%@\-+~?/=]+`;

/** Definition words and adjectives: Name.Builtin. */
const BUILTINS: ReadonlySet<string> = new Set([
  'abstract', 'block', 'class', 'compiler-open', 'compiler-sideways', 'concrete', 'constant', 'domain', 'dynamic',
  'each-subclass', 'exception', 'exclude', 'function', 'generic', 'handler', 'import', 'inherited', 'inline',
  'inline-only', 'instance', 'interface', 'keyword', 'library', 'macro', 'method', 'module', 'open', 'primary',
  'required', 'sealed', 'sideways', 'singleton', 'slot', 'subclass', 'thread', 'variable', 'virtual',
]);
/** Keyword. */
const KEYWORDS: ReadonlySet<string> = new Set([
  'above', 'afterwards', 'begin', 'below', 'by', 'case', 'cleanup', 'create', 'define', 'else', 'elseif', 'end',
  'export', 'finally', 'for', 'from', 'if', 'in', 'let', 'local', 'otherwise', 'rename', 'select', 'signal', 'then',
  'to', 'unless', 'until', 'use', 'when', 'while',
]);
/** Functions of the Dylan library: Name.Builtin. */
const FUNCTIONS: ReadonlySet<string> = new Set([
  'abort', 'abs', 'add', 'add!', 'add-method', 'add-new', 'add-new!', 'all-superclasses', 'always', 'any?',
  'applicable-method?', 'apply', 'aref', 'aref-setter', 'as', 'as-lowercase', 'as-lowercase!', 'as-uppercase',
  'as-uppercase!', 'ash', 'backward-iteration-protocol', 'break', 'ceiling', 'ceiling/', 'cerror', 'check-type',
  'choose', 'choose-by', 'complement', 'compose', 'concatenate', 'concatenate-as', 'condition-format-arguments',
  'condition-format-string', 'conjoin', 'copy-sequence', 'curry', 'default-handler', 'dimension', 'dimensions',
  'direct-subclasses', 'direct-superclasses', 'disjoin', 'do', 'do-handlers', 'element', 'element-setter', 'empty?',
  'error', 'even?', 'every?', 'false-or', 'fill!', 'find-key', 'find-method', 'first', 'first-setter', 'floor',
  'floor/', 'forward-iteration-protocol', 'function-arguments', 'function-return-values', 'function-specializers',
  'gcd', 'generic-function-mandatory-keywords', 'generic-function-methods', 'head', 'head-setter', 'identity',
  'initialize', 'instance?', 'integral?', 'intersection', 'key-sequence', 'key-test', 'last', 'last-setter', 'lcm',
  'limited', 'list', 'logand', 'logbit?', 'logior', 'lognot', 'logxor', 'make', 'map', 'map-as', 'map-into', 'max',
  'member?', 'merge-hash-codes', 'min', 'modulo', 'negative', 'negative?', 'next-method', 'object-class',
  'object-hash', 'odd?', 'one-of', 'pair', 'pop', 'pop-last', 'positive?', 'push', 'push-last', 'range', 'rank',
  'rcurry', 'reduce', 'reduce1', 'remainder', 'remove', 'remove!', 'remove-duplicates', 'remove-duplicates!',
  'remove-key!', 'remove-method', 'replace-elements!', 'replace-subsequence!', 'restart-query', 'return-allowed?',
  'return-description', 'return-query', 'reverse', 'reverse!', 'round', 'round/', 'row-major-index', 'second',
  'second-setter', 'shallow-copy', 'signal', 'singleton', 'size', 'size-setter', 'slot-initialized?', 'sort',
  'sort!', 'sorted-applicable-methods', 'subsequence-position', 'subtype?', 'table-protocol', 'tail', 'tail-setter',
  'third', 'third-setter', 'truncate', 'truncate/', 'type-error-expected-type', 'type-error-value', 'type-for-copy',
  'type-union', 'union', 'values', 'vector', 'zero?',
]);
/** Operator. */
const OPERATORS: ReadonlySet<string> = new Set([
  '&', '*', '+', '-', '<', '<=', '=', '==', '>', '>=', '^', '|', '~', '~=', '~==',
]);

const dylanDefinition: LexerDefinition = {
  name: 'Dylan',
  aliases: ['dylan'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`([a-z0-9-]+)(:)([ \t]*)(.*(?:\n[ \t].+)*)`, bygroups('Name.Attribute', 'Operator', 'Text.Whitespace', 'Literal.String')],
      defaultState('code'),
    ],
    code: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      ['"', 'Literal.String', 'string'],
      [String.raw`'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      ['#b[01]+', 'Literal.Number.Bin'],
      ['#o[0-7]+', 'Literal.Number.Oct'],
      [String.raw`[-+]?(\d*\.\d+(e[-+]?\d+)?|\d+(\.\d*)?e[-+]?\d+)`, 'Literal.Number.Float'],
      [String.raw`[-+]?\d+`, 'Literal.Number.Integer'],
      ['#x[0-9a-f]+', 'Literal.Number.Hex'],
      [String.raw`(\?${VALID_NAME})(:)(token|name|variable|expression|body|case-body|\*)`, bygroups('Name.Tag', 'Operator', 'Name.Builtin')],
      [String.raw`(\?)(:)(token|name|variable|expression|body|case-body|\*)`, bygroups('Name.Tag', 'Operator', 'Name.Builtin')],
      [String.raw`\?${VALID_NAME}`, 'Name.Tag'],
      [String.raw`(=>|::|#\(|#\[|##|\?\?|\?=|\?|[(){}\[\],.;])`, 'Punctuation'],
      [':=', 'Operator'],
      ['#[tf]', 'Literal'],
      ['#"', 'Literal.String.Symbol', 'keyword'],
      ['#[a-z0-9-]+', 'Keyword'],
      [`${VALID_NAME}:`, 'Keyword'],
      [`<${VALID_NAME}>`, 'Name.Class'],
      [String.raw`\*${VALID_NAME}\*`, 'Name.Variable.Global'],
      [String.raw`\$${VALID_NAME}`, 'Name.Constant'],
      [VALID_NAME, 'Name'],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    keyword: [
      ['"', 'Literal.String.Symbol', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String.Symbol'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-f0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
  },
};

/** DylanLexer.get_tokens_unprocessed: a `Name` in one of the sets (tried in this order) is retyped. */
function retype(type: TokenType, value: string): TokenType {
  if (type !== 'Name') return type;
  const lower = value.toLowerCase();
  if (BUILTINS.has(lower)) return 'Name.Builtin';
  if (KEYWORDS.has(lower)) return 'Keyword';
  if (FUNCTIONS.has(lower)) return 'Name.Builtin';
  if (OPERATORS.has(lower)) return 'Operator';
  return type;
}

export const dylanLexer: LexerFactory = retypingLexer(dylanDefinition, retype);

const PROMPT = pythonRegExp(String.raw`\?| `, '', false);

/** DylanConsoleLexer: prompt lines' code lexed together by DylanLexer, prompts spliced back in. */
export const dylanConsoleLexer: LexerFactory = {
  name: 'Dylan session',
  aliases: ['dylan-console', 'dylan-repl'],
  create(byName): Lexer {
    const dylan = byName('dylan') ?? textLexer(byName);
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
            yield* doInsertions(insertions, dylan.tokensUnprocessed(code));
            code = '';
            insertions = [];
          }
          yield [match.index, 'Generic.Output', line];
        }
        if (code !== '') yield* doInsertions(insertions, dylan.tokensUnprocessed(code));
      },
    };
  },
};
