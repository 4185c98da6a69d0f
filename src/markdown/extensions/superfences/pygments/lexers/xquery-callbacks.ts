/**
 * XQueryLexer's callbacks (pygments/lexers/webmisc.py, Pygments 2.20.0). Besides the state
 * stack they keep `xquery_parse_state`, a stack of the states to go back to once a nested
 * construct closes (`{ ... }`, `<tag>...</tag>`, a kind test): `pushstate_*` push onto it,
 * `popstate_*` take from it.
 *
 *     <a>{ 1 }</a>   ->   `<a` pushes `operator`; `>` enters element_content; `{` saves
 *                         element_content; `}` returns to it; `</a>` returns to operator
 *
 * Pygments keeps that stack on the class, so it outlives one text (a construct left open in one
 * code block changes how the next one starts); here it lives as long as the renderer's lexer.
 */
import type { ContextCallback, LexerContext } from '../extended-lexer.ts';
import type { Token } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

type XQueryCallback = ContextCallback<LexerContext>;

export interface XQueryCallbacks {
  readonly punctuationRoot: XQueryCallback;
  readonly operatorRoot: XQueryCallback;
  readonly popstateTag: XQueryCallback;
  readonly popstateXmlcomment: XQueryCallback;
  readonly popstateKindtest: XQueryCallback;
  readonly popstate: XQueryCallback;
  readonly pushstateElementContentStarttag: XQueryCallback;
  /** pushstate_operator_order / _map / _root_validate: `keyword {`. */
  readonly pushstateOperatorBrace: XQueryCallback;
  readonly pushstateOperatorRootValidateWithmode: XQueryCallback;
  readonly pushstateOperatorProcessingInstruction: XQueryCallback;
  readonly pushstateElementContentProcessingInstruction: XQueryCallback;
  readonly pushstateElementContentCdataSection: XQueryCallback;
  readonly pushstateOperatorCdataSection: XQueryCallback;
  readonly pushstateElementContentXmlcomment: XQueryCallback;
  readonly pushstateOperatorXmlcomment: XQueryCallback;
  readonly pushstateKindtest: XQueryCallback;
  readonly pushstateOperatorKindtestforpi: XQueryCallback;
  readonly pushstateOperatorKindtest: XQueryCallback;
  readonly pushstateOccurrenceindicatorKindtest: XQueryCallback;
  readonly pushstateOperatorStarttag: XQueryCallback;
  readonly pushstateOperatorRoot: XQueryCallback;
  readonly pushstateOperatorRootConstruct: XQueryCallback;
  readonly pushstateRoot: XQueryCallback;
}

/** The callbacks over one `xquery_parse_state` stack. */
export function xqueryCallbacks(parseState: string[]): XQueryCallbacks {
  /** Pygments yields every group of these at the match's start. */
  const groups = function* (match: Parameters<XQueryCallback>[1], types: readonly TokenType[]): Generator<Token> {
    for (const [offset, type] of types.entries()) yield [match.start, type, match.group(offset + 1) ?? ''];
  };
  const end = (match: Parameters<XQueryCallback>[1]): number => match.start + match.text.length;

  /** Yields the groups, then pushes `saved` onto the parse state and `state` onto the stack. */
  const push = (types: readonly TokenType[], saved: string, state: string): XQueryCallback =>
    function* (_lexer, match, context) {
      yield* groups(match, types);
      context.stack.push(state);
      parseState.push(saved);
      context.pos = end(match);
    };
  /** Yields the groups, saves `operator` and starts over at root. */
  const operatorRoot = (types: readonly TokenType[]): XQueryCallback =>
    function* (_lexer, match, context) {
      yield* groups(match, types);
      context.stack = ['root'];
      parseState.push('operator');
      context.pos = end(match);
    };
  const keywordBrace = ['Keyword', 'Text.Whitespace', 'Punctuation'] as const;

  return {
    *punctuationRoot(_lexer, match, context) {
      yield [match.start, 'Punctuation', match.group(1) ?? ''];
      // always to root, without popping
      context.stack = ['root'];
      context.pos = end(match);
    },
    *operatorRoot(_lexer, match, context) {
      yield [match.start, 'Operator', match.group(1) ?? ''];
      context.stack = ['root'];
      context.pos = end(match);
    },
    *popstateTag(_lexer, match, context) {
      yield [match.start, 'Name.Tag', match.group(1) ?? ''];
      const saved = parseState.pop();
      if (saved !== undefined) context.stack.push(saved);
      context.pos = end(match);
    },
    *popstateXmlcomment(_lexer, match, context) {
      yield [match.start, 'Literal.String.Doc', match.group(1) ?? ''];
      // Pygments fails (IndexError) on an empty parse state; this leaves the stack as it is.
      const saved = parseState.pop();
      if (saved !== undefined) context.stack.push(saved);
      context.pos = end(match);
    },
    *popstateKindtest(_lexer, match, context) {
      yield [match.start, 'Punctuation', match.group(1) ?? ''];
      const next = parseState.pop();
      const indicator = match.group(2) ?? '';
      if (next === 'occurrenceindicator') {
        context.stack.push('operator');
        if (/^[?*+]+/.test(indicator)) {
          yield [match.start, 'Punctuation', indicator];
          context.pos = end(match);
        } else {
          context.pos = match.groupStart(2);
        }
      } else {
        if (next !== undefined) context.stack.push(next);
        context.pos = match.groupStart(2);
      }
    },
    *popstate(_lexer, match, context) {
      yield [match.start, 'Punctuation', match.group(1) ?? ''];
      if (parseState.length === 0) {
        // Out of saved states: pop Pygments' own stack, down to root at least.
        context.stack.pop();
        if (context.stack.length === 0) context.stack = ['root'];
      } else if (context.stack.length > 1) {
        context.stack.push(parseState.pop() ?? 'root');
      } else {
        context.stack = ['root'];
      }
      context.pos = end(match);
    },
    pushstateElementContentStarttag: push(['Name.Tag'], 'element_content', 'start_tag'),
    pushstateOperatorBrace: operatorRoot(keywordBrace),
    pushstateOperatorRootValidateWithmode: operatorRoot(['Keyword', 'Text.Whitespace', 'Keyword']),
    pushstateOperatorProcessingInstruction: push(['Literal.String.Doc'], 'operator', 'processing_instruction'),
    pushstateElementContentProcessingInstruction: push(['Literal.String.Doc'], 'element_content', 'processing_instruction'),
    pushstateElementContentCdataSection: push(['Literal.String.Doc'], 'element_content', 'cdata_section'),
    pushstateOperatorCdataSection: push(['Literal.String.Doc'], 'operator', 'cdata_section'),
    pushstateElementContentXmlcomment: push(['Literal.String.Doc'], 'element_content', 'xml_comment'),
    pushstateOperatorXmlcomment: push(['Literal.String.Doc'], 'operator', 'xml_comment'),
    pushstateKindtest: push(keywordBrace, 'kindtest', 'kindtest'),
    pushstateOperatorKindtestforpi: push(keywordBrace, 'operator', 'kindtestforpi'),
    pushstateOperatorKindtest: push(keywordBrace, 'operator', 'kindtest'),
    pushstateOccurrenceindicatorKindtest: push(['Name.Tag', 'Text.Whitespace', 'Punctuation'], 'occurrenceindicator', 'kindtest'),
    pushstateOperatorStarttag: push(['Name.Tag'], 'operator', 'start_tag'),
    pushstateOperatorRoot: operatorRoot(['Punctuation']),
    pushstateOperatorRootConstruct: operatorRoot(keywordBrace),
    *pushstateRoot(_lexer, match, context) {
      yield [match.start, 'Punctuation', match.group(1) ?? ''];
      parseState.push(context.stack.pop() ?? 'root');
      context.stack = ['root'];
      context.pos = end(match);
    },
  };
}
