/**
 * Pygments' SassLexer and ScssLexer (pygments/lexers/css.py, Pygments 2.20), rule for rule. Sass
 * is an ExtendedRegexLexer: each line starts in `root`, whose indentation callback decides whether
 * the line continues a comment block (indented deeper than the comment) or is new content.
 *
 *     $size: 4px          ->   <nv>$size</nv><o>:</o><w> </w><mi>4</mi><kt>px</kt>
 *     .a { color: red; }  ->   <nc>.a</nc><w> </w><p>{</p><w> </w><nt>color</nt><o>:</o> ... (SCSS)
 */
import type { TokenType } from '../token.ts';
import { bygroups, defaultState, withContext, type ContextCallback, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import { commonSassTokens } from './sass-common.ts';

/** _indentation: the line's leading blanks; a line indented under a comment stays in it. */
const indentation: ContextCallback = function* (_lexer, match, context) {
  const indent = match.text;
  yield [match.start, 'Text.Whitespace', indent];
  context.vars.set('last_indentation', indent);
  context.pos = match.start + indent.length;
  const blockState = context.vars.get('block_state');
  const blockIndent = context.vars.get('block_indentation') ?? '';
  if (blockState !== undefined && indent.startsWith(blockIndent) && indent !== blockIndent) {
    context.stack.push(blockState);
  } else {
    context.vars.delete('block_state');
    context.vars.delete('block_indentation');
    context.stack.push('content');
  }
};

/** _starts_block: a comment opens a block that deeper-indented lines continue. */
function startsBlock(type: TokenType, state: string): ContextCallback {
  return function* (_lexer, match, context) {
    yield [match.start, type, match.text];
    context.vars.set('block_indentation', context.vars.get('last_indentation') ?? '');
    context.vars.set('block_state', state);
    context.pos = match.start + match.text.length;
  };
}

/** Sass' and SCSS' copies of the common states, with each lexer's line-end rules appended. */
function withCommon(own: Record<string, readonly Rule[]>, lineEnd: readonly Rule[]): Record<string, readonly Rule[]> {
  const tokens: Record<string, readonly Rule[]> = { ...own, ...commonSassTokens };
  tokens['value'] = [...(commonSassTokens['value'] ?? []), ...lineEnd];
  tokens['selector'] = [...(commonSassTokens['selector'] ?? []), ...lineEnd];
  return tokens;
}

export const sassLexer: LexerDefinition = {
  name: 'Sass',
  aliases: ['sass'],
  flags: 'im',
  extended: true,
  tokens: withCommon(
    {
      root: [
        [String.raw`[ \t]*\n`, 'Text.Whitespace'],
        [String.raw`[ \t]*`, withContext(indentation)],
      ],
      content: [
        [String.raw`//[^\n]*`, withContext(startsBlock('Comment.Single', 'single-comment')), 'root'],
        [String.raw`/\*[^\n]*`, withContext(startsBlock('Comment.Multiline', 'multi-comment')), 'root'],
        ['@import', 'Keyword', 'import'],
        ['@for', 'Keyword', 'for'],
        ['@(debug|warn|if|while)', 'Keyword', 'value'],
        [String.raw`(@mixin)( )([\w-]+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function'), 'value'],
        [String.raw`(@include)( )([\w-]+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Decorator'), 'value'],
        ['@extend', 'Keyword', 'selector'],
        [String.raw`@[\w-]+`, 'Keyword', 'selector'],
        [String.raw`=[\w-]+`, 'Name.Function', 'value'],
        [String.raw`\+[\w-]+`, 'Name.Decorator', 'value'],
        [String.raw`([!$][\w-]\w*)([ \t]*(?:(?:\|\|)?=|:))`, bygroups('Name.Variable', 'Operator'), 'value'],
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
        [String.raw`([ \t]*)(=)`, bygroups('Text.Whitespace', 'Operator'), 'value'],
        defaultState('value'),
      ],
      'new-style-attr': [
        [String.raw`[^\s:="\[]+`, 'Name.Attribute'],
        [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'],
        [String.raw`([ \t]*)([=:])`, bygroups('Text.Whitespace', 'Operator'), 'value'],
      ],
      'inline-comment': [
        [String.raw`(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+`, 'Comment.Multiline'],
        [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'],
        [String.raw`\*/`, 'Comment', '#pop'],
      ],
    },
    [[String.raw`\n`, 'Text.Whitespace', 'root']],
  ),
};

export const scssLexer: LexerDefinition = {
  name: 'SCSS',
  aliases: ['scss'],
  flags: 'is',
  tokens: withCommon(
    {
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
    [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`[;{}]`, 'Punctuation', '#pop'],
    ],
  ),
};
