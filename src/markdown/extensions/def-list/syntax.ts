/**
 * The `:` line of a definition as a micromark container, the mechanism GFM footnote
 * definitions use: a marker, then a body that continues on blank lines and 4-space indents
 * (and lazily, like Python-Markdown's unindented continuation lines).
 *
 * ```
 * Term                 <- a paragraph: remark-def-list.ts turns it into the terms
 * :   Definition       <- start: up to 3 spaces, `:`, 1 to 3 spaces, then the body
 *     more             <- continuation: 4 columns of indent, or a blank line
 * ```
 * Tokens: `defListDescription` > `defListMarker` (`:`), `defListWhitespace`, `defListIndent`.
 */
import { blankLine } from 'micromark-core-commonmark';
import { markdownLineEndingOrSpace } from 'micromark-util-character';
import { plainThematicBreak } from '../../core/thematic-break.ts';
import { blockLevelStart } from '../../core/html-flow.ts';
import { factorySpace } from 'micromark-factory-space';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface ContainerState {
    /** The definition's marker line was the last one read (its next line decides the mode). */
    defListAfterMarker?: boolean | undefined;
    /**
     * The line after the marker line was not indented: Python-Markdown's DefListProcessor then
     * takes the whole rest of the block (up to a blank line) as the definition, as written.
     */
    defListWholeBlock?: boolean | undefined;
  }
  interface TokenTypeMap {
    defListDescription: 'defListDescription';
    defListMarker: 'defListMarker';
    defListWhitespace: 'defListWhitespace';
    defListIndent: 'defListIndent';
  }
}

const TAB_LENGTH = 4;

const description: Construct = {
  name: 'defListDescription',
  tokenize: tokenizeStart,
  continuation: { tokenize: tokenizeContinuation },
  exit: (effects) => {
    effects.exit('defListDescription');
  },
};

export function defListSyntax(): Extension {
  return { document: { [codes.colon]: description } };
}

/** `|:   body`: the colon must be followed by a space or tab (`:x` is text). */
function tokenizeStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code: Code) => {
    if (code !== codes.colon) return nok(code);
    effects.enter('defListDescription', { _container: true });
    effects.enter('defListMarker');
    effects.consume(code);
    effects.exit('defListMarker');
    return afterMarker;
  };

  function afterMarker(code: Code): State | undefined {
    if (code !== codes.space && code !== codes.ht && code !== -2 && code !== -1) return nok(code);
    if (self.containerState) self.containerState.defListAfterMarker = true;
    // At most 3 columns go with the marker; a 4th would start an indented code block in the body.
    return factorySpace(effects, ok, 'defListWhitespace', TAB_LENGTH)(code);
  }
}

/**
 * `|    more` or a blank line keeps the definition open. Right after the marker line, an
 * unindented line that is no other `:` line keeps it open up to the next blank line, whatever
 * the lines hold (`Term\n: def\n- item` is one paragraph, as in Python-Markdown).
 */
function tokenizeContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = this.containerState;
  const indent: Construct = { partial: true, tokenize: tokenizeIndent };
  const first = state?.defListAfterMarker === true;
  if (state) state.defListAfterMarker = undefined;
  const blank = (code: Code): State | undefined => {
    if (state) state.defListWholeBlock = undefined;
    return ok(code);
  };
  const whole = (code: Code): State | undefined => {
    if (state) state.defListWholeBlock = true;
    return ok(code);
  };
  const inBlock = (code: Code): State | undefined => (state?.defListWholeBlock === true ? ok(code) : effects.check(unindentedLine, whole, effects.attempt(indent, ok, nok))(code));
  // Python-Markdown splits a block at an ATX heading or a rule before DefListProcessor sees it
  // (HashHeaderProcessor, HRProcessor come first): such a line ends the definition.
  // So does a raw HTML block at the page's margin (Python-Markdown's HTML preprocessor took it out).
  const notHtml = (code: Code): State | undefined => (code === codes.lessThan && self.now().column === 1 ? effects.check(blockLevelStart, nok, inBlock)(code) : inBlock(code));
  const notSplit = (code: Code): State | undefined => (code === codes.numberSign ? nok(code) : effects.check(plainThematicBreak, nok, notHtml)(code));
  const notBlank = (code: Code): State | undefined => (state?.defListWholeBlock === true || first ? notSplit(code) : effects.attempt(indent, ok, nok)(code));
  return effects.check(blankLine, blank, notBlank);
}

/** Python's NO_INDENT_RE, `^[ ]{0,3}[^ :]`: up to 3 spaces, then neither a space nor `:`. */
const unindentedLine: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const after = (code: Code): State | undefined =>
      code === null || code === codes.colon || markdownLineEndingOrSpace(code) ? nok(code) : ok(code);
    return factorySpace(effects, after, 'defListIndent', TAB_LENGTH);
  },
};

function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const before = self.events.length;
  return factorySpace(effects, afterPrefix, 'defListIndent', TAB_LENGTH + 1);

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events.length > before ? self.events[self.events.length - 1] : undefined;
    return tail && tail[1].type === 'defListIndent' && tail[2].sliceSerialize(tail[1], true).length === TAB_LENGTH ? ok(code) : nok(code);
  }
}
