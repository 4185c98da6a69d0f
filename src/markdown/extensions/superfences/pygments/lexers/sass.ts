/**
 * Pygments' SassLexer and ScssLexer (pygments/lexers/css.py, Pygments 2.20), rule for rule. Sass
 * is an ExtendedRegexLexer: each line starts in `root`, whose indentation callback decides whether
 * the line continues a comment block (indented deeper than the comment) or is new content.
 *
 *     $size: 4px          ->   <nv>$size</nv><o>:</o><w> </w><mi>4</mi><kt>px</kt>
 *     .a { color: red; }  ->   <nc>.a</nc><w> </w><p>{</p><w> </w><nt>color</nt><nd>:</nd><w> </w><nt>red</nt><o>;</o> ... (SCSS)
 */
import { baseContext, bygroupsInContext, type ContextCallback, type ExtendedLexerDefinition, type ExtendedRule, type LexerContext } from '../extended-lexer.ts';
import { bygroups, defaultState, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { commonSassTokens } from './sass-common.ts';

/** What SassLexer keeps on its context between lines (Python sets these attributes on it). */
export interface SassContext extends LexerContext {
  /** The leading blanks of the current line. */
  lastIndentation: string | undefined;
  /** The state a comment block continues in, and the indentation of the line that opened it. */
  blockState: string | undefined;
  blockIndentation: string | undefined;
}

type SassRule = ExtendedRule<SassContext>;
type SassCallback = ContextCallback<SassContext>;

/** _indentation: the line's leading blanks; a line indented under a comment stays in it. */
export const indentation: SassCallback = function* (_lexer, match, context) {
  const indent = match.text;
  yield [match.start, 'Text.Whitespace', indent];
  context.lastIndentation = indent;
  context.pos = match.start + indent.length;
  const blockIndent = context.blockIndentation ?? '';
  if (context.blockState !== undefined && indent.startsWith(blockIndent) && indent !== blockIndent) {
    context.stack.push(context.blockState);
  } else {
    context.blockState = undefined;
    context.blockIndentation = undefined;
    context.stack.push('content');
  }
};

/** _starts_block: a comment opens a block that deeper-indented lines continue. */
export function startsBlock(type: TokenType, state: string): SassCallback {
  return function* (_lexer, match, context) {
    yield [match.start, type, match.text];
    context.blockIndentation = context.lastIndentation ?? '';
    context.blockState = state;
    context.pos = match.start + match.text.length;
  };
}

/** A RegexLexer rule in an ExtendedRegexLexer: its callback consumes the whole match. */
export function inContext(rule: Rule): SassRule {
  if (!Array.isArray(rule)) return rule;
  const [pattern, action, newState] = rule;
  if (typeof action === 'string') return rule;
  const callback: SassCallback = function* (lexer, match, context) {
    yield* action(lexer, match);
    context.pos = match.start + match.text.length;
  };
  return newState === undefined ? [pattern, callback] : [pattern, callback, newState];
}

/** Each lexer's copy of the common states, with its own line-end rules appended. */
function withCommon(lineEnd: readonly Rule[]): Record<string, readonly Rule[]> {
  return {
    ...commonSassTokens,
    value: [...(commonSassTokens['value'] ?? []), ...lineEnd],
    selector: [...(commonSassTokens['selector'] ?? []), ...lineEnd],
  };
}

const sassCommon: Record<string, readonly SassRule[]> = Object.fromEntries(
  Object.entries(withCommon([[String.raw`\n`, 'Text.Whitespace', 'root']])).map(([name, rules]) => [name, rules.map(inContext)]),
);

export const sassLexer: ExtendedLexerDefinition<SassContext> = {
  name: 'Sass',
  aliases: ['sass'],
  flags: 'im',
  context: (text) => ({ ...baseContext(text), lastIndentation: undefined, blockState: undefined, blockIndentation: undefined }),
  tokens: {
    ...sassCommon,
    root: [
      [String.raw`[ \t]*\n`, 'Text.Whitespace'],
      [String.raw`[ \t]*`, indentation],
    ],
    content: [
      [String.raw`//[^\n]*`, startsBlock('Comment.Single', 'single-comment'), 'root'],
      [String.raw`/\*[^\n]*`, startsBlock('Comment.Multiline', 'multi-comment'), 'root'],
      ['@import', 'Keyword', 'import'],
      ['@for', 'Keyword', 'for'],
      ['@(debug|warn|if|while)', 'Keyword', 'value'],
      [String.raw`(@mixin)( )([\w-]+)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Function'), 'value'],
      [String.raw`(@include)( )([\w-]+)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Decorator'), 'value'],
      ['@extend', 'Keyword', 'selector'],
      [String.raw`@[\w-]+`, 'Keyword', 'selector'],
      [String.raw`=[\w-]+`, 'Name.Function', 'value'],
      [String.raw`\+[\w-]+`, 'Name.Decorator', 'value'],
      [String.raw`([!$][\w-]\w*)([ \t]*(?:(?:\|\|)?=|:))`, bygroupsInContext('Name.Variable', 'Operator'), 'value'],
      [':', 'Name.Attribute', 'old-style-attr'],
      ['(?=.+?[=:]([^a-z]|$))', 'Name.Attribute', 'new-style-attr'],
      defaultState('selector'),
    ],
    'single-comment': [
      ['.+', 'Comment.Single'],
      [String.raw`\n`, 'Text.Whitespace', 'root'],
    ],
    'multi-comment': [
      ['.+', 'Comment.Multiline'],
      [String.raw`\n`, 'Text.Whitespace', 'root'],
    ],
    import: [
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [String.raw`\S+`, 'Literal.String'],
      [String.raw`\n`, 'Text.Whitespace', 'root'],
    ],
    'old-style-attr': [
      [String.raw`[^\s:="\[]+`, 'Name.Attribute'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`([ \t]*)(=)`, bygroupsInContext('Text.Whitespace', 'Operator'), 'value'],
      defaultState('value'),
    ],
    'new-style-attr': [
      [String.raw`[^\s:="\[]+`, 'Name.Attribute'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`([ \t]*)([=:])`, bygroupsInContext('Text.Whitespace', 'Operator'), 'value'],
    ],
    'inline-comment': [
      [String.raw`(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+`, 'Comment.Multiline'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`\*/`, 'Comment', '#pop'],
    ],
  },
};

export const scssLexer: LexerDefinition = {
  name: 'SCSS',
  aliases: ['scss'],
  flags: 'is',
  tokens: {
    ...withCommon([
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`[;{}]`, 'Punctuation', '#pop'],
    ]),
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      ['@import', 'Keyword', 'value'],
      ['@for', 'Keyword', 'for'],
      ['@(debug|warn|if|while)', 'Keyword', 'value'],
      [String.raw`(@mixin)( [\w-]+)`, bygroups('Keyword', 'Name.Function'), 'value'],
      [String.raw`(@include)( [\w-]+)`, bygroups('Keyword', 'Name.Decorator'), 'value'],
      ['@extend', 'Keyword', 'selector'],
      [String.raw`(@media)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'value'],
      [String.raw`@[\w-]+`, 'Keyword', 'selector'],
      [String.raw`(\$[\w-]*\w)([ \t]*:)`, bygroups('Name.Variable', 'Operator'), 'value'],
      defaultState('selector'),
    ],
    attr: [
      [String.raw`[^\s:="\[]+`, 'Name.Attribute'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`[ \t]*:`, 'Operator', 'value'],
      defaultState('#pop'),
    ],
    'inline-comment': [
      [String.raw`(\\#|#(?=[^{])|\*(?=[^/])|[^#*])+`, 'Comment.Multiline'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`\*/`, 'Comment', '#pop'],
    ],
  },
};
