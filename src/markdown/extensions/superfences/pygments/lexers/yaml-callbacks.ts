/**
 * YamlLexer's context callbacks (pygments/lexers/data.py): YAML's block structure depends on
 * indentation, which a regex cannot count, so these keep the indentation levels in the context
 * and pop states when a line's indentation ends a block scalar or a plain scalar.
 */
import type { ContextCallback, LexerContext } from '../extended-lexer.ts';
import type { TokenType } from '../token.ts';

/** YamlLexerContext: the stack of enclosing indentation levels and the level being read. */
export interface YamlContext extends LexerContext {
  indentStack: number[];
  indent: number;
  nextIndent: number;
  blockScalarIndent: number | undefined;
}

export function yamlContext(text: string): YamlContext {
  return { text, pos: 0, end: text.length, stack: ['root'], indentStack: [], indent: -1, nextIndent: 0, blockScalarIndent: undefined };
}

type YamlCallback = ContextCallback<YamlContext>;

/** Emits the match unless it is empty (an empty match then consumes nothing). */
export function something(type: TokenType): YamlCallback {
  return function* (_lexer, match, context) {
    if (match.text === '') return;
    yield [match.start, type, match.text];
    context.pos = match.start + match.text.length;
  };
}

/** A document marker or directive: back to no indentation. */
export function resetIndent(type: TokenType): YamlCallback {
  return function* (_lexer, match, context) {
    context.indentStack = [];
    context.indent = -1;
    context.nextIndent = 0;
    context.blockScalarIndent = undefined;
    yield [match.start, type, match.text];
    context.pos = match.start + match.text.length;
  };
}

/**
 * Remembers a possible indentation level. At a line start (`start`), a shallower line closes
 * levels; spaces beyond the level it lands on (when it lands between two) are an error.
 */
export function saveIndent(type: TokenType, start = false): YamlCallback {
  return function* (_lexer, match, context) {
    let text = match.text;
    let extra = '';
    if (start) {
      context.nextIndent = text.length;
      if (context.nextIndent < context.indent) {
        while (context.nextIndent < context.indent) context.indent = context.indentStack.pop() ?? -1;
        if (context.nextIndent > context.indent) {
          extra = text.slice(context.indent);
          text = text.slice(0, context.indent);
        }
      }
    } else {
      context.nextIndent += text.length;
    }
    if (text !== '') yield [match.start, type, text];
    if (extra !== '') yield [match.start + text.length, `${type}.Error`, extra];
    context.pos = match.start + match.text.length;
  };
}

/** Opens the remembered level (a `-`, `?` or `:` indicator starts a deeper block). */
export function setIndent(type: TokenType, implicit = false): YamlCallback {
  return function* (_lexer, match, context) {
    if (context.indent < context.nextIndent) {
      context.indentStack.push(context.indent);
      context.indent = context.nextIndent;
    }
    if (!implicit) context.nextIndent += match.text.length;
    yield [match.start, type, match.text];
    context.pos = match.start + match.text.length;
  };
}

/** A block scalar header `|2-`: an explicit indentation, relative to the current level. */
export function setBlockScalarIndent(type: TokenType): YamlCallback {
  return function* (_lexer, match, context) {
    context.blockScalarIndent = undefined;
    if (match.text === '') return;
    const increment = match.group(1);
    if (increment) context.blockScalarIndent = Math.max(context.indent, 0) + Number(increment);
    yield [match.start, type, match.text];
    context.pos = match.start + match.text.length;
  };
}

/** A blank line of spaces in a block scalar: spaces past its indentation are content. */
export function parseBlockScalarEmptyLine(indentType: TokenType, contentType: TokenType): YamlCallback {
  return function* (_lexer, match, context) {
    const text = match.text;
    const indent = context.blockScalarIndent;
    if (indent === undefined || text.length <= indent) {
      if (text !== '') yield [match.start, indentType, text];
    } else {
      yield [match.start, indentType, text.slice(0, indent)];
      yield [match.start + indent, contentType, text.slice(indent)];
    }
    context.pos = match.start + text.length;
  };
}

/** A block scalar line's indentation: the first sets it; a shallower one ends the scalar. */
export function parseBlockScalarIndent(type: TokenType): YamlCallback {
  return function* (_lexer, match, context) {
    const text = match.text;
    if (context.blockScalarIndent === undefined) {
      if (text.length <= Math.max(context.indent, 0)) {
        popTwo(context);
        return;
      }
      context.blockScalarIndent = text.length;
    } else if (text.length < context.blockScalarIndent) {
      popTwo(context);
      return;
    }
    if (text !== '') {
      yield [match.start, type, text];
      context.pos = match.start + text.length;
    }
  };
}

/** A continuation line of a plain scalar: not deeper than the block, it ends the scalar. */
export function parsePlainScalarIndent(type: TokenType): YamlCallback {
  return function* (_lexer, match, context) {
    const text = match.text;
    if (text.length <= context.indent) {
      popTwo(context);
      return;
    }
    if (text !== '') {
      yield [match.start, type, text];
      context.pos = match.start + text.length;
    }
  };
}

/** `context.stack.pop()` twice, as Python does (it may empty the stack; we keep `root`). */
function popTwo(context: YamlContext): void {
  context.stack.pop();
  context.stack.pop();
  if (context.stack.length === 0) context.stack.push('root');
}
