/**
 * `](...)` read as Python-Markdown reads it (see link-resource.ts), tried before CommonMark's
 * `labelEnd` at every `]`: when the label is open and a Python-Markdown resource follows, this
 * construct closes the link or image with the same tokens `labelEnd` makes (so micromark's own
 * resolvers group them); otherwise it declines and `labelEnd` handles references as usual.
 *
 * ```
 * [a](http://x.org/a b)   ->  <a href="http://x.org/a b">a</a>     (CommonMark: text)
 * ```
 */
import { labelEnd } from 'micromark-core-commonmark';
import { markdownLineEnding } from 'micromark-util-character';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { createLinkReader, type LinkResource } from './link-resource.ts';
import { isPythonSpace } from './python-space.ts';
import { stashedLabel } from './stashed-label.ts';
import { createEnclosingScan, enclosingDepths } from './link-in-link.ts';
import { codes } from 'micromark-util-symbol';


const pythonLabelEnd: Construct = {
  name: 'pythonMarkdownLabelEnd',
  tokenize(effects, ok, nok) {
    return tokenizePythonLabelEnd.call(this, effects, ok, nok, '');
  },
  ...(labelEnd.resolveTo ? { resolveTo: labelEnd.resolveTo } : {}),
  ...(labelEnd.resolveAll ? { resolveAll: labelEnd.resolveAll } : {}),
};

/**
 * `escapable` holds the characters a backslash escapes (core/escape.ts). `pageIds` holds the identifiers of every definition of the page being rendered (see
 * `definitionIds`): Python-Markdown resolves references against the whole document, so a
 * definition inside an md_in_html block, parsed on its own, serves the rest of the page too.
 */
export function pythonLabelEndExtension(pageIds: { readonly ids: readonly string[] }, escapable: string): Extension {
  const construct: Construct = {
    ...pythonLabelEnd,
    tokenize(effects, ok, nok) {
      // Once per parse, before any reference is looked up.
      if (this.parser.pythonPageIds !== true) {
        this.parser.pythonPageIds = true;
        this.parser.defined.push(...pageIds.ids);
      }
      return tokenizePythonLabelEnd.call(this, effects, ok, nok, escapable);
    },
  };
  return { text: { [codes.rightSquareBracket]: { ...construct, add: 'before' } } };
}

declare module 'micromark-util-types' {
  interface ParseContext {
    /** The page's definition identifiers were added to `defined`. */
    pythonPageIds?: boolean | undefined;
  }
}

/**
 * Identifiers of every line that starts a reference definition (`[id]: ...`), for the page;
 * not footnotes (`[^id]:`), which the footnotes extension takes first.
 */
export function definitionIds(document: string): string[] {
  const ids: string[] = [];
  for (const match of document.matchAll(/^[ ]{0,3}\[([^[\]\n^][^[\]\n]*)\]:/gm)) if (match[1] !== undefined) ids.push(normalizeIdentifier(match[1]));
  return ids;
}

declare module 'micromark-util-types' {
  interface TokenizeContext {
    /** Characters the `](...)` lookaheads may still read in this inline text (see `lookahead`). */
    pythonLookaheadBudget?: number | undefined;
  }
}

/**
 * Lookaheads of one inline text read at most this many characters together: a paragraph of
 * thousands of unclosed `[a](` would otherwise read the rest of it for each. Past it, `](` is
 * left to CommonMark's rules.
 */
const LOOKAHEAD_BUDGET = 200_000;

/**
 * Reads ahead (then the caller's check rewinds) until `done`, given each character, says the text
 * so far is enough, or the inline text ends (then `done` gets `''` and `true`, once). `into.text`
 * holds what was read.
 */
function lookahead(context: TokenizeContext, into: { text: string }, done: (character: string, atEnd: boolean) => boolean): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      into.text = '';
      const inside = (code: Code): State | undefined => {
        if (code === null) {
          effects.exit('data');
          return done('', true) ? ok(code) : nok(code);
        }
        const budget = context.pythonLookaheadBudget ?? LOOKAHEAD_BUDGET;
        if (budget <= 0) return nok(code);
        context.pythonLookaheadBudget = budget - 1;
        // Never read back from `into.text` per character: each read would flatten the string.
        const character = markdownLineEnding(code) ? '\n' : code === -2 ? '\t' : code === -1 ? '' : String.fromCharCode(code);
        into.text += character;
        effects.consume(code);
        if (done(character, false)) {
          effects.exit('data');
          return ok;
        }
        return inside;
      };
      return (code: Code): State | undefined => {
        effects.enter('data');
        return inside(code);
      };
    },
  };
}

const EDGE_SPACE = /^\s|\s$/u;

/**
 * Whether Python-Markdown finds a reference: it looks `[text]` or `[text][id]` up by the text
 * lowercased with whitespace runs made one space, but not stripped, while definitions are
 * stored stripped (ReferenceProcessor): `[ a ]` never finds `[a]:`. Nor does a text with a code
 * span or an escape in it (stashed-label.ts).
 */
function pythonDefined(context: TokenizeContext, id: string, escapable: string): boolean {
  return !EDGE_SPACE.test(id) && !stashedLabel(id, escapable) && context.parser.defined.includes(normalizeIdentifier(id));
}

/** `escapable`: the characters a backslash escapes (core/escape.ts), which the resource reader skips. */
function tokenizePythonLabelEnd(this: TokenizeContext, effects: Effects, ok: State, nok: State, escapable: string): State {
  const self = this;
  const starts = self._labelStarts;
  const labelStart = starts?.findLast((start) => !start._balanced);
  const scanned = { text: '' };
  let resource: LinkResource | undefined;
  let labelText = '';
  let offset = 0;
  // A link already formed inside (CommonMark makes the label inactive then): Python-Markdown
  // still links this label when a `(...)` or a defined reference follows (link-in-link.ts).
  const nested = labelStart?._inactive === true;
  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.rightSquareBracket || !labelStart) return nok(code);
    labelText = self.sliceSerialize({ start: labelStart.end, end: self.now() });
    effects.enter('labelEnd');
    effects.enter('labelMarker');
    effects.consume(code);
    effects.exit('labelMarker');
    effects.exit('labelEnd');
    return after;
  }

  function after(code: Code): State | undefined {
    if (code === codes.space || markdownLineEnding(code)) {
      // `\s\[[^\]]*\]`: up to the first `]` after the bracket.
      let read = 0;
      const spaced = lookahead(self, scanned, (character) => {
        read++;
        return read > 2 && character === ']';
      });
      return effects.check(spaced, spacedReference, declined)(code);
    }
    if (code === codes.leftSquareBracket) return bracketAfter(code);
    if (code !== codes.leftParenthesis) return declined(code);
    const reader = createLinkReader(escapable);
    resource = undefined;
    const link = lookahead(self, scanned, (character, atEnd) => {
      resource = atEnd ? reader.finish() : reader.push(character);
      return resource !== undefined;
    });
    return effects.check(link, planned, declined)(code);
  }

  /**
   * No link of ours here: `labelEnd` tries CommonMark's references next, which find `[ a ]` by
   * its trimmed text and `` [`a`] `` by its code span. Python-Markdown finds neither (see
   * `pythonDefined`), so such a label (or one whose `[id]`, `id` given, is so) is made inactive
   * first and `labelEnd` leaves it text.
   */
  function declined(code: Code, id?: string): State | undefined {
    const hidden = (text: string): boolean => EDGE_SPACE.test(text) || stashedLabel(text, escapable);
    if (labelStart && (hidden(labelText) || (id !== undefined && id !== '' && hidden(id)))) labelStart._inactive = true;
    return nok(code);
  }

  /**
   * `[text][id]` with `id` undefined (a footnote call `[^1]` included): Python-Markdown's
   * reference pattern gives up there, and its shortcut pattern (priority 130) then links `[text]`
   * alone when `text` is defined, leaving `[id]` as text. CommonMark makes no link at all. A
   * defined `id` or `[]` goes on to CommonMark's full and collapsed references.
   */
  function bracketAfter(code: Code): State | undefined {
    const textDefined = pythonDefined(self, labelText, escapable);
    const label = lookahead(self, scanned, (character, atEnd) => atEnd || character === ']');
    const byId = (next: Code): State | undefined => {
      const id = /^\[([^\]]*)\]$/.exec(scanned.text)?.[1];
      const idDefined = id !== undefined && id !== '' && pythonDefined(self, id, escapable);
      if (nested) return id !== undefined && (id === '' ? textDefined : idDefined) ? reference(id)(next) : nok(next);
      // An undefined text is linked only by a defined id (CommonMark's full reference).
      if (!textDefined) return idDefined ? nok(next) : declined(next, id);
      return id === undefined || (id !== '' && !idDefined) ? ok(next) : nok(next);
    };
    return effects.check(label, byId, nok)(code);
  }

  /**
   * `[text] [id]` (or a line ending between): one reference for Python-Markdown when `id` (or,
   * for `[]`, the text) is defined; CommonMark would make two shortcut references of it.
   */
  function spacedReference(code: Code): State | undefined {
    const match = /^\s\[([^\]]*)\]/.exec(scanned.text);
    const id = match?.[1];
    if (!match || id === undefined || !pythonDefined(self, id === '' ? labelText : id, escapable)) return declined(code);
    const type = markdownLineEnding(code) ? 'lineEnding' : 'whitespace';
    effects.enter(type);
    effects.consume(code);
    effects.exit(type);
    return reference(id);
  }

  /** `[id]` (`[]`: the label's own text) as a reference, from its `[`. */
  function reference(id: string): State {
    return (bracket: Code): State | undefined => {
      effects.enter('reference');
      effects.enter('referenceMarker');
      effects.consume(bracket);
      effects.exit('referenceMarker');
      return referenceBody(id);
    };
  }

  function referenceBody(id: string): State {
    return (code: Code): State | undefined => {
      if (id === '') return referenceClose(code);
      effects.enter('referenceString');
      effects.enter('chunkString', { contentType: 'string' });
      let left = id.length;
      const inside = (next: Code): State | undefined => {
        if (left > 0 && next !== null) {
          left--;
          effects.consume(next);
          return inside;
        }
        effects.exit('chunkString');
        effects.exit('referenceString');
        return referenceClose(next);
      };
      return inside(code);
    };
  }

  function referenceClose(code: Code): State | undefined {
    effects.enter('referenceMarker');
    effects.consume(code);
    effects.exit('referenceMarker');
    effects.exit('reference');
    if (starts && labelStart) starts.splice(starts.lastIndexOf(labelStart), 1);
    return ok;
  }

  /**
   * An inline link inside the text of another that Python-Markdown links first stays text
   * (link-in-link.ts); the enclosing label then closes as usual.
   */
  function planned(code: Code): State | undefined {
    if (!resource || !starts || !labelStart || labelStart.type !== 'labelLink') return linked(code);
    const budget = { left: self.pythonLookaheadBudget ?? LOOKAHEAD_BUDGET };
    const depths = enclosingDepths(self, starts, labelStart, escapable, budget);
    self.pythonLookaheadBudget = Math.max(budget.left, 0);
    if (depths.length === 0) return linked(code);
    const scan = createEnclosingScan(depths, escapable);
    let swallowed = false;
    const enclosing = lookahead(self, { text: '' }, (character, atEnd) => {
      const verdict = scan(character, atEnd);
      swallowed = verdict === true;
      return verdict !== undefined || atEnd;
    });
    const decide = (next: Code): State | undefined => {
      if (!swallowed) return linked(next);
      labelStart._inactive = true;
      return nok(next);
    };
    return effects.check(enclosing, decide, linked)(code);
  }

  function linked(code: Code): State | undefined {
    if (!resource) return nok(code);
    effects.enter('resource');
    effects.enter('resourceMarker');
    return consumeTo(1, () => {
      effects.exit('resourceMarker');
      return destination;
    })(code);
  }

  /** The URL without the spaces around it (Python strips it). */
  function destination(code: Code): State | undefined {
    if (!resource) return nok(code);
    let from = resource.hrefFrom;
    let to = resource.hrefTo;
    while (from < to && isPythonSpace(scanned.text.charAt(from))) from++;
    while (to > from && isPythonSpace(scanned.text.charAt(to - 1))) to--;
    const title = resource.title;
    const afterDestination = (): State => (title ? junk(title.from - 1, titleOpen) : junk(endMarker(), closing));
    if (to === from) return junk(from, afterDestination())(code);
    return junk(from, (next) => {
      effects.enter('resourceDestination');
      effects.enter('resourceDestinationRaw');
      effects.enter('resourceDestinationString');
      effects.enter('chunkString', { contentType: 'string' });
      return consumeTo(to, () => {
        effects.exit('chunkString');
        effects.exit('resourceDestinationString');
        effects.exit('resourceDestinationRaw');
        effects.exit('resourceDestination');
        return afterDestination();
      })(next);
    })(code);
  }

  function titleOpen(code: Code): State | undefined {
    const title = resource?.title;
    if (!title) return nok(code);
    effects.enter('resourceTitle');
    effects.enter('resourceTitleMarker');
    return consumeTo(title.from, () => {
      effects.exit('resourceTitleMarker');
      return titleText;
    })(code);
  }

  /** The title between its quotes, without the spaces at its edges (Python strips it). */
  function titleText(code: Code): State | undefined {
    const title = resource?.title;
    if (!title) return nok(code);
    let from = title.from;
    let to = title.to;
    while (from < to && isPythonSpace(scanned.text.charAt(from))) from++;
    while (to > from && isPythonSpace(scanned.text.charAt(to - 1))) to--;
    const closeTitle = (): State => junk(title.to, (next) => {
      effects.enter('resourceTitleMarker');
      return consumeTo(title.to + 1, () => {
        effects.exit('resourceTitleMarker');
        effects.exit('resourceTitle');
        return junk(endMarker(), closing);
      })(next);
    });
    if (to === from) {
      // An empty title is still a title (`title=""`): an empty string token, no text in it.
      effects.enter('resourceTitleString');
      effects.exit('resourceTitleString');
      return closeTitle()(code);
    }
    return junk(from, (next) => {
      effects.enter('resourceTitleString');
      effects.enter('chunkString', { contentType: 'string' });
      return consumeTo(to, () => {
        effects.exit('chunkString');
        effects.exit('resourceTitleString');
        return closeTitle();
      })(next);
    })(code);
  }

  function endMarker(): number {
    return (resource?.end ?? 1) - 1;
  }

  function closing(code: Code): State | undefined {
    effects.enter('resourceMarker');
    return consumeTo(endMarker() + 1, () => {
      effects.exit('resourceMarker');
      effects.exit('resource');
      // As labelEnd does once its label is used.
      if (starts && labelStart) starts.splice(starts.lastIndexOf(labelStart), 1);
      return ok;
    })(code);
  }

  /** Spaces (and whatever else Python skips) up to `to`, as whitespace. */
  function junk(to: number, then: State): State {
    return (code: Code): State | undefined => {
      if (offset >= to) return then(code);
      const type = markdownLineEnding(code) ? 'lineEnding' : 'whitespace';
      effects.enter(type);
      effects.consume(code);
      offset++;
      effects.exit(type);
      return junk(to, then);
    };
  }

  /** Consumes up to `to`, then continues with what `then` returns. */
  function consumeTo(to: number, then: () => State): State {
    const inside = (code: Code): State | undefined => {
      if (offset < to && code !== null) {
        effects.consume(code);
        offset++;
        return inside;
      }
      return then()(code);
    };
    return inside;
  }
}
