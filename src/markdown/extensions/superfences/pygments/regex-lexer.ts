/**
 * Pygments' RegexLexer (pygments/lexer.py): a stack of named states, each an ordered rule list;
 * at each position the first rule whose pattern matches there wins, emits tokens and may push
 * or pop states. Rule tables are written as in Pygments' source:
 *
 *     root: [
 *       include('basic'),
 *       [String.raw`\$\(`, 'Keyword', 'paren'],                  pattern, token, new state
 *       [String.raw`(\b\w+)(\s*)(=)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator')],
 *       defaultState('#pop'),
 *     ]
 */
import { pythonRegExp } from './python-regex.ts';
import type { TokenType } from './token.ts';

/** `[index, type, value]`, what get_tokens_unprocessed yields. */
export type Token = readonly [index: number, type: TokenType, value: string];

/** The part of Python's match object callbacks use; a group may be absent (undefined). */
export interface Match {
  readonly start: number;
  readonly text: string;
  group(index: number): string | undefined;
  groupStart(index: number): number;
}

export interface Lexer {
  readonly name: string;
  tokensUnprocessed(text: string, stack?: readonly string[]): Generator<Token>;
  /** get_lexer_by_name, for lexers that hand embedded code to another (Markdown fences). */
  byName(alias: string): Lexer | undefined;
  /** The same lexer built with Pygments lexer options (`extend_pygments_lang`), for lexers that read any. */
  withOptions?(options: Readonly<Record<string, unknown>>): Lexer;
}

export type Callback = (lexer: Lexer, match: Match) => Iterable<Token>;

/**
 * A lexer that is more than a rule table: Pygments lexers that override get_tokens_unprocessed
 * (retyping names, splicing lines, per-run state). `create` runs once per renderer's lookup.
 */
export interface LexerFactory {
  readonly name: string;
  readonly aliases: readonly string[];
  create(byName: (alias: string) => Lexer | undefined): Lexer;
}

/**
 * A rule table whose tokens are retyped after lexing, as the Pygments lexers do that override
 * get_tokens_unprocessed only to look names up in word lists (C's types, Elixir's keywords,
 * the Lisps' builtins): `retype(type, value)` gives the token's type, changed or not.
 */
export function retypingLexer(definition: LexerDefinition, retype: (type: TokenType, value: string) => TokenType): LexerFactory {
  return {
    name: definition.name,
    aliases: definition.aliases,
    create(byName) {
      const lexer = compileLexer(definition, byName);
      return {
        ...lexer,
        *tokensUnprocessed(text, stack) {
          for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) yield [index, retype(type, value), value];
        },
      };
    },
  };
}
/** `'#pop'`, `'#pop:2'`, `'#push'`, a state name, several of these in order, or `combined(...)`. */
export type NewState = string | readonly string[] | { readonly combined: readonly string[] };
export type Rule =
  | readonly [pattern: string, action: TokenType | Callback, newState?: NewState]
  | { readonly include: string }
  | { readonly default: NewState };

export interface LexerDefinition {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Python re flags of the lexer: Pygments' default is re.MULTILINE (`m`). */
  readonly flags?: string;
  readonly tokens: Readonly<Record<string, readonly Rule[]>>;
}

export const include = (state: string): { readonly include: string } => ({ include: state });
export const defaultState = (state: NewState): { readonly default: NewState } => ({ default: state });
/** `combined('a', 'b')`: push one state made of a's rules then b's. */
export const combined = (...states: string[]): NewState => ({ combined: states });
/** The name of a combined state: not a name a lexer can write. */
export const COMBINED = '\u0000';

/** One token per group; a callback (e.g. `using`) lexes its group; empty groups emit nothing. */
export function bygroups(...actions: ReadonlyArray<TokenType | Callback | null>): Callback {
  return function* (lexer, match) {
    for (const [offset, action] of actions.entries()) {
      const data = match.group(offset + 1);
      if (action === null || data === undefined) continue;
      const start = match.groupStart(offset + 1);
      if (typeof action === 'string') {
        if (data !== '') yield [start, action, data];
      } else {
        yield* action(lexer, { start, text: data, group: (index) => (index === 0 ? data : undefined), groupStart: () => start });
      }
    }
  };
}

/** `using(this, state=...)`: the match lexed again by the same lexer, from `root` + `state`. */
export function usingThis(state?: string): Callback {
  const stack = state === undefined ? ['root'] : ['root', state];
  return function* (lexer, match) {
    for (const [index, type, value] of lexer.tokensUnprocessed(match.text, stack)) yield [index + match.start, type, value];
  };
}

/** `words(...)`: a capturing group of alternatives, longest first as regex_opt matches them. */
export function words(list: readonly string[], prefix = '', suffix = ''): string {
  const escaped = [...list].sort((a, b) => b.length - a.length).map((word) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  return `${prefix}(${escaped.join('|')})${suffix}`;
}

interface CompiledRule {
  readonly regex: RegExp;
  readonly action: TokenType | Callback | null;
  /** Pygments' processed form: a pop count (negative), '#push', or states to push in order. */
  readonly transition: number | readonly string[] | undefined;
}

export function compileLexer(definition: LexerDefinition, byName: (alias: string) => Lexer | undefined): Lexer {
  const flags = definition.flags ?? 'm';
  const states = new Map<string, CompiledRule[]>();
  // A rule included by several states (SCSS' 700-word `value` rule) is compiled once per lexer.
  const regexes = new Map<string, RegExp>();
  const compile = (pattern: string, indices: boolean): RegExp => {
    const key = `${indices ? 'd' : ''}:${pattern}`;
    let regex = regexes.get(key);
    if (regex === undefined) regexes.set(key, (regex = pythonRegExp(pattern, flags, indices)));
    return regex;
  };
  const compileState = (name: string, seen: ReadonlySet<string>): CompiledRule[] => {
    if (name.startsWith(COMBINED)) return name.split(COMBINED).slice(1).flatMap((part) => compileState(part, seen));
    const rules = definition.tokens[name];
    if (rules === undefined) throw new Error(`Pygments lexer ${definition.name}: no state "${name}"`);
    if (seen.has(name)) throw new Error(`Pygments lexer ${definition.name}: state "${name}" includes itself`);
    const out: CompiledRule[] = [];
    for (const rule of rules) {
      if ('include' in rule) out.push(...compileState(rule.include, new Set([...seen, name])));
      else if ('default' in rule) out.push({ regex: /(?:)/y, action: null, transition: transition(rule.default) });
      else out.push({ regex: compile(rule[0], typeof rule[1] !== 'string'), action: rule[1], transition: transition(rule[2]) });
    }
    return out;
  };
  const state = (name: string): CompiledRule[] => {
    let rules = states.get(name);
    if (rules === undefined) states.set(name, (rules = compileState(name, new Set())));
    return rules;
  };
  const lexer: Lexer = { name: definition.name, byName, tokensUnprocessed: (text, stack) => run(lexer, state, text, stack ?? ['root']) };
  return lexer;
}

function* run(lexer: Lexer, state: (name: string) => CompiledRule[], text: string, initial: readonly string[]): Generator<Token> {
  let stack = [...initial];
  let rules = state(stack.at(-1) ?? 'root');
  let pos = 0;
  while (pos < text.length) {
    let matched = false;
    for (const rule of rules) {
      rule.regex.lastIndex = pos;
      const match = rule.regex.exec(text);
      if (match === null) continue;
      if (typeof rule.action === 'string') yield [pos, rule.action, match[0]];
      else if (rule.action !== null) yield* rule.action(lexer, wrap(match));
      pos = match.index + match[0].length;
      if (rule.transition !== undefined) {
        stack = apply(stack, rule.transition);
        rules = state(stack.at(-1) ?? 'root');
      }
      matched = true;
      break;
    }
    if (matched) continue;
    // No rule matched: at a line end, start over from root; else one character is an error.
    if (text[pos] === '\n') {
      stack = ['root'];
      rules = state('root');
      yield [pos, 'Text.Whitespace', '\n'];
    } else {
      yield [pos, 'Error', text[pos] ?? ''];
    }
    pos++;
  }
}

/** A state transition applied to a stack: a new stack, at least `root` left after pops. */
export function apply(stack: string[], change: number | readonly string[]): string[] {
  if (typeof change === 'number') return -change >= stack.length ? stack.slice(0, 1) : stack.slice(0, change);
  const next = [...stack];
  for (const name of change) {
    if (name === '#pop') {
      if (next.length > 1) next.pop();
    } else if (name === '#push') next.push(next.at(-1) ?? 'root');
    else next.push(name);
  }
  return next;
}

/** RegexLexerMeta._process_new_state: `#pop` -> -1, `#pop:n` -> -n, a name -> [name]. */
export function transition(state: NewState | undefined): number | readonly string[] | undefined {
  if (state === undefined) return undefined;
  if (typeof state !== 'string') return 'combined' in state ? [state.combined.map((name) => COMBINED + name).join('')] : state;
  if (state === '#pop') return -1;
  const pops = /^#pop:(\d+)$/.exec(state);
  if (pops) return -Number(pops[1]);
  return [state];
}

/** Python's match object, as callbacks see it. */
export function wrap(match: RegExpExecArray): Match {
  return {
    start: match.index,
    text: match[0],
    group: (index) => match[index],
    groupStart: (index) => match.indices?.[index]?.[0] ?? match.index,
  };
}
