/**
 * Pygments' ExtendedRegexLexer (pygments/lexer.py): a RegexLexer whose callbacks see a context
 * object (position, state stack, and whatever else the lexer keeps there, e.g. YamlLexer's
 * indentation levels) and may move the position or change the stack themselves:
 *
 *     [String.raw`[ ]*(?!\s|$)`, saveIndent('Text.Whitespace', true), ['block-line', 'indentation']]
 *
 * As in Pygments, a callback must set `context.pos` to consume text; one that does not leaves
 * the position where it was (its rule then only changes state).
 */
import { pythonRegExp } from './python-regex.ts';
import { apply, COMBINED, transition, wrap, type Lexer, type Match, type NewState, type Token } from './regex-lexer.ts';
import type { TokenType } from './token.ts';

/** LexerContext: the text, where lexing is, and the state stack. */
export interface LexerContext {
  readonly text: string;
  pos: number;
  /**
   * Where lexing stops: patterns see the text as if it ended here (Python's `endpos`), so `$`
   * matches and `\s+` stops there. RubyLexer's heredoc callback lexes one line this way.
   */
  end: number;
  stack: string[];
}

/**
 * A callback sees the context and may move it; `lex` runs this lexer's loop over a context
 * (`self.get_tokens_unprocessed(context=ctx)`): the same one, to lex part of the text from
 * inside a callback, or a new one, to lex a part of a match in a state of its own.
 */
export type ContextCallback<C extends LexerContext> = (lexer: Lexer, match: Match, context: C, lex: (context: C) => Generator<Token>) => Iterable<Token>;
export type ExtendedRule<C extends LexerContext> =
  | readonly [pattern: string, action: TokenType | ContextCallback<C>, newState?: NewState]
  | { readonly include: string }
  | { readonly default: NewState };

export interface ExtendedLexerDefinition<C extends LexerContext> {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Python re flags of the lexer: Pygments' default is re.MULTILINE (`m`). */
  readonly flags?: string;
  /** A fresh context for one text (YamlLexer's get_tokens_unprocessed builds a YamlLexerContext). */
  readonly context: (text: string) => C;
  readonly tokens: Readonly<Record<string, readonly ExtendedRule<C>[]>>;
}

/** The text of `[pos, end)`, starting with `root`. */
export function baseContext(text: string): LexerContext {
  return { text, pos: 0, end: text.length, stack: ['root'] };
}

/** bygroups with a context: group callbacks see it, and the whole match is consumed afterwards. */
export function bygroupsInContext<C extends LexerContext>(...actions: ReadonlyArray<TokenType | ContextCallback<C> | null>): ContextCallback<C> {
  return function* (lexer, match, context, lex) {
    for (const [offset, action] of actions.entries()) {
      const data = match.group(offset + 1);
      if (action === null || data === undefined) continue;
      const start = match.groupStart(offset + 1);
      if (typeof action === 'string') {
        if (data !== '') yield [start, action, data];
        continue;
      }
      context.pos = start;
      yield* action(lexer, { start, text: data, group: (index) => (index === 0 ? data : undefined), groupStart: () => start }, context, lex);
    }
    context.pos = match.start + match.text.length;
  };
}

interface CompiledRule<C extends LexerContext> {
  readonly regex: RegExp;
  readonly action: TokenType | ContextCallback<C> | null;
  readonly transition: number | readonly string[] | undefined;
}

export function compileExtendedLexer<C extends LexerContext>(definition: ExtendedLexerDefinition<C>, byName: (alias: string) => Lexer | undefined): Lexer {
  const flags = definition.flags ?? 'm';
  const states = new Map<string, CompiledRule<C>[]>();
  const compileState = (name: string, seen: ReadonlySet<string>): CompiledRule<C>[] => {
    if (name.startsWith(COMBINED)) return name.split(COMBINED).slice(1).flatMap((part) => compileState(part, seen));
    const rules = definition.tokens[name];
    if (rules === undefined) throw new Error(`Pygments lexer ${definition.name}: no state "${name}"`);
    if (seen.has(name)) throw new Error(`Pygments lexer ${definition.name}: state "${name}" includes itself`);
    const out: CompiledRule<C>[] = [];
    for (const rule of rules) {
      if ('include' in rule) out.push(...compileState(rule.include, new Set([...seen, name])));
      else if ('default' in rule) out.push({ regex: /(?:)/y, action: null, transition: transition(rule.default) });
      else out.push({ regex: pythonRegExp(rule[0], flags, typeof rule[1] !== 'string'), action: rule[1], transition: transition(rule[2]) });
    }
    return out;
  };
  const state = (name: string): CompiledRule<C>[] => {
    let rules = states.get(name);
    if (rules === undefined) states.set(name, (rules = compileState(name, new Set())));
    return rules;
  };
  const lexer: Lexer = {
    name: definition.name,
    byName,
    tokensUnprocessed: (text, stack) => {
      const context = definition.context(text);
      if (stack !== undefined) context.stack = [...stack];
      return run(lexer, state, context);
    },
  };
  return lexer;
}

/** Empty matches in a row after which a lexer is taken to loop (a real one needs a handful). */
const STALL_LIMIT = 1000;

function* run<C extends LexerContext>(lexer: Lexer, state: (name: string) => CompiledRule<C>[], context: C): Generator<Token> {
  const { text } = context;
  const lex = (inner: C): Generator<Token> => run(lexer, state, inner);
  // What the patterns see: the text cut at `context.end`, cut again only when the end moves.
  let subject = text;
  let rules = state(context.stack.at(-1) ?? 'root');
  // A rule table that matches empty forever would hang Pygments too; here it ends the lexing
  // with the rest as plain text rather than hang a build.
  let stalled = 0;
  // Unlike RegexLexer, rules are tried at the very end too: an empty match there may still
  // change state, which is how Pygments' loop behaves (it stops once nothing matches).
  for (;;) {
    let matched = false;
    const before = context.pos;
    if (subject.length !== Math.min(context.end, text.length)) subject = text.slice(0, context.end);
    for (const rule of rules) {
      rule.regex.lastIndex = context.pos;
      const match = rule.regex.exec(subject);
      if (match === null) continue;
      if (typeof rule.action === 'string') {
        yield [context.pos, rule.action, match[0]];
        context.pos = match.index + match[0].length;
      } else if (rule.action !== null) {
        yield* rule.action(lexer, wrap(match), context, lex);
        // The callback may have changed the stack.
        if (rule.transition === undefined) rules = state(context.stack.at(-1) ?? 'root');
      }
      if (rule.transition !== undefined) {
        context.stack = apply(context.stack, rule.transition);
        rules = state(context.stack.at(-1) ?? 'root');
      }
      matched = true;
      break;
    }
    if (matched) {
      stalled = context.pos === before ? stalled + 1 : 0;
      if (stalled > STALL_LIMIT) {
        if (context.pos < context.end) yield [context.pos, 'Text', text.slice(context.pos, context.end)];
        return;
      }
      continue;
    }
    if (context.pos >= context.end) return;
    // No rule matched: at a line end, start over from root; else one character is an error.
    if (text[context.pos] === '\n') {
      context.stack = ['root'];
      rules = state('root');
      yield [context.pos, 'Text', '\n'];
    } else {
      yield [context.pos, 'Error', text[context.pos] ?? ''];
    }
    context.pos++;
  }
}
