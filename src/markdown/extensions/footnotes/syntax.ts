/**
 * Footnote definitions as Python-Markdown's footnotes extension reads them, as a micromark
 * container: the same block shape as GFM's (a `[^label]:` line, then a body that continues on
 * blank lines and 4-space indents, and lazily), but the label of Python's regular expressions.
 *
 * ```
 * [^my note]: The note.    <- start: up to 3 spaces, `[^`, the label, `]:`, spaces, the body
 *     More of it.          <- continuation: 4 columns of indent, or a blank line
 * ```
 * Hand-written rather than micromark-extension-gfm-footnote, whose label reader refuses what
 * Python accepts: FootnoteBlockProcessor's `\[\^([^\]]*)\]:` takes any characters but `]`
 * (spaces, `[`, none at all), kept exactly as written (no case folding, no escapes decoded);
 * the label is the id of the note's `<li>` (`fn:my note`). The calls are in call.ts.
 *
 * Tokens: `pythonFootnoteDefinition` > `pythonFootnoteDefinitionLabel` (> `…LabelMarker`,
 * `…Marker` (`^`), `…LabelString`), `pythonFootnoteDefinitionMarker` (`:`), `…Whitespace`, `…Indent`.
 */
import { blankLine } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { tabIndent } from '../../core/indented-container.ts';
import { footnoteCall, footnoteLabels, potentialFootnoteCall } from './call.ts';

declare module 'micromark-util-types' {
  interface ParseContext {
    /** The labels of the page's footnote definitions, as written. */
    pythonFootnoteLabels?: Set<string> | undefined;
    /** The length of the longest of them: a call's label is read no further. */
    pythonFootnoteLongest?: number | undefined;
    /**
     * Where a definition's label last ran into a blank line (or a heading or rule) without its
     * `]`: one starting before it does the same, so it is not read again (no quadratic scans).
     */
    pythonFootnoteUnclosedUntil?: number | undefined;
  }
  interface TokenTypeMap {
    pythonFootnoteDefinition: 'pythonFootnoteDefinition';
    pythonFootnoteDefinitionLabel: 'pythonFootnoteDefinitionLabel';
    pythonFootnoteDefinitionLabelMarker: 'pythonFootnoteDefinitionLabelMarker';
    pythonFootnoteDefinitionCaret: 'pythonFootnoteDefinitionCaret';
    pythonFootnoteDefinitionLabelString: 'pythonFootnoteDefinitionLabelString';
    pythonFootnoteDefinitionMarker: 'pythonFootnoteDefinitionMarker';
    pythonFootnoteDefinitionWhitespace: 'pythonFootnoteDefinitionWhitespace';
    pythonFootnoteDefinitionIndent: 'pythonFootnoteDefinitionIndent';
  }
}

const definition: Construct = {
  name: 'pythonFootnoteDefinition',
  tokenize: tokenizeDefinitionStart,
  continuation: { tokenize: tokenizeDefinitionContinuation },
  exit(effects) {
    effects.exit('pythonFootnoteDefinition');
  },
};

const indent = tabIndent('pythonFootnoteDefinitionIndent');

/**
 * `escapable`: the characters a backslash escapes on the page (core/escape.ts): a call whose
 * label holds such an escape or a code span never finds its definition (see call.ts).
 */
export function footnoteSyntax(escapable: string): Extension {
  return {
    document: { [codes.leftSquareBracket]: definition },
    text: { [codes.leftSquareBracket]: footnoteCall(escapable), [codes.rightSquareBracket]: potentialFootnoteCall(escapable) },
  };
}

/** `|[^label]: body`. */
function tokenizeDefinitionStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let labelStart = self.now();
  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.enter('pythonFootnoteDefinition', { _container: true });
    effects.enter('pythonFootnoteDefinitionLabel');
    effects.enter('pythonFootnoteDefinitionLabelMarker');
    effects.consume(code);
    effects.exit('pythonFootnoteDefinitionLabelMarker');
    return caret;
  }

  /** `[|^label]:`. */
  function caret(code: Code): State | undefined {
    if (code !== codes.caret || self.now().offset < (self.parser.pythonFootnoteUnclosedUntil ?? -1)) return nok(code);
    effects.enter('pythonFootnoteDefinitionCaret');
    effects.consume(code);
    effects.exit('pythonFootnoteDefinitionCaret');
    labelStart = self.now();
    return labelFirst;
  }

  /** `[^|label]:`: an empty label is one too (`[^]:`), which leaves no string token. */
  function labelFirst(code: Code): State | undefined {
    if (code === codes.rightSquareBracket) return labelEnd(code);
    if (code === codes.eof) return nok(code);
    effects.enter('pythonFootnoteDefinitionLabelString');
    return label(code);
  }

  /**
   * `[^la|bel]:`: anything but `]` (`[^\]]*`), over several lines too, as long as no blank line
   * comes first (Python-Markdown's blocks end there): `[^a\nb]:` defines the label `a\nb`.
   */
  function label(code: Code): State | undefined {
    if (code === codes.eof) return unclosed(code);
    if (code === codes.rightSquareBracket) {
      effects.exit('pythonFootnoteDefinitionLabelString');
      return labelEnd(code);
    }
    effects.consume(code);
    return markdownLineEnding(code) ? nextLine : label;
  }

  /**
   * `[^a␤|b]:`: the label goes on unless the line is blank, or one that Python-Markdown's heading
   * and rule processors (which run before footnotes') split the block at: `#...`, `---`.
   */
  function nextLine(code: Code): State | undefined {
    // The line's container prefix first (a quote's `>`, an admonition's indent), up to the
    // definition's column: Python removed it before, so a bare `>` line is a blank line there.
    if (self.now().column < labelStart.column - 2 && (code === codes.greaterThan || code === codes.space || code === codes.horizontalTab || code === codes.virtualSpace)) {
      effects.consume(code);
      return nextLine;
    }
    if (code === codes.eof || markdownLineEnding(code) || code === codes.numberSign) return unclosed(code);
    return effects.check(ruleLine, unclosed, label)(code);
  }

  function unclosed(code: Code): State | undefined {
    self.parser.pythonFootnoteUnclosedUntil = self.now().offset;
    return nok(code);
  }

  /** `[^label|]:`. */
  function labelEnd(code: Code): State | undefined {
    const name = definitionLabel(self.sliceSerialize({ start: labelStart, end: self.now() }), labelStart.column);
    effects.enter('pythonFootnoteDefinitionLabelMarker');
    effects.consume(code);
    effects.exit('pythonFootnoteDefinitionLabelMarker');
    effects.exit('pythonFootnoteDefinitionLabel');
    return (next: Code) => colon(next, name);
  }

  /**
   * `[^label]|:`, then `[ ]*` before the body. Without the colon this is no definition, and no
   * `[^` before this `]` starts one either (each would read its label up to this same `]`): said
   * as for an unclosed label, or every line of a paragraph of `[^x` lines scanned to its end
   * (20,000 of them: minutes).
   */
  function colon(code: Code, name: string): State | undefined {
    if (code !== codes.colon) return unclosed(code);
    effects.enter('pythonFootnoteDefinitionMarker');
    effects.consume(code);
    effects.exit('pythonFootnoteDefinitionMarker');
    footnoteLabels(self).add(name);
    self.parser.pythonFootnoteLongest = Math.max(self.parser.pythonFootnoteLongest ?? 0, name.length);
    return factorySpace(effects, ok, 'pythonFootnoteDefinitionWhitespace');
  }
}

/**
 * A label as Python-Markdown reads it: over several lines, each further line without the prefix of
 * the containers the definition is in (up to the definition's column: an admonition's indent, a
 * quote's `> `), which Python removed before; `labelColumn` is where the label starts, after `[^`.
 */
export function definitionLabel(written: string, labelColumn: number): string {
  if (!written.includes('\n')) return written;
  const width = labelColumn - 3;
  return written.replace(/\n([ >]*)/g, (_match, prefix: string) => `\n${prefix.slice(width)}`);
}

/** A line Python-Markdown's HRProcessor takes: up to 3 spaces, then 3 or more of one of `*-_`, spaces between. */
const ruleLine: Construct = {
  tokenize(effects, ok, nok) {
    let marker: Code = null;
    let size = 0;
    let indent = 0;
    return start;

    function start(code: Code): State | undefined {
      if (code === codes.space && indent < 3) {
        indent++;
        effects.consume(code);
        return start;
      }
      if (code !== codes.asterisk && code !== codes.dash && code !== codes.underscore) return nok(code);
      marker = code;
      return rest(code);
    }

    function rest(code: Code): State | undefined {
      if (code === marker || code === codes.space) {
        if (code === marker) size++;
        effects.consume(code);
        return rest;
      }
      return size >= 3 && (code === codes.eof || markdownLineEnding(code)) ? ok(code) : nok(code);
    }
  },
};

/** A blank line, or 4 columns of indent, continue the body. */
function tokenizeDefinitionContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return effects.check(blankLine, ok, effects.attempt(indent, ok, nok));
}
