/**
 * Pygments' HamlLexer and PugLexer (pygments/lexers/html.py, Pygments 2.20.0), rule for rule.
 * Both are ExtendedRegexLexers built on SassLexer's indentation callbacks (a line indented under a
 * `/` or `-#` comment, or a `:filter`, continues it); code is lexed by RubyLexer (Haml) or
 * ScalaLexer (Pug).
 *
 *     %p.intro= @title   ->   <nt>%p</nt><nc>.intro</nc><p>=</p><w> </w><vi>@title</vi>   (Haml)
 */
import { baseContext, bygroupsInContext, type ContextCallback, type ExtendedLexerDefinition, type ExtendedRule } from '../extended-lexer.ts';
import { defaultState, include } from '../regex-lexer.ts';
import { using } from '../delegation.ts';
import { indentation, startsBlock, type SassContext } from './sass.ts';

type HamlRule = ExtendedRule<SassContext>;
type HamlCallback = ContextCallback<SassContext>;

/** `using(OtherLexer)` as a whole rule's action: the match is consumed. */
export function usingAll(alias: string): HamlCallback {
  const lex = using(alias);
  return function* (lexer, match, context) {
    yield* lex(lexer, match);
    context.pos = match.start + match.text.length;
  };
}

/** The states Haml and Pug share, for their own `.` (Haml's skips ` |` line wraps) and code lexer. */
export function sharedStates(dot: string, code: string, commentBlock: string): Record<string, readonly HamlRule[]> {
  const embedded = using(code);
  return {
    root: [
      [String.raw`[ \t]*\n`, 'Text'],
      [String.raw`[ \t]*`, indentation],
    ],
    css: [
      [String.raw`\.[\w:-]+`, 'Name.Class', 'tag'],
      [String.raw`\#[\w:-]+`, 'Name.Function', 'tag'],
    ],
    tag: [
      include('css'),
      [String.raw`\{(,\n|${dot})*?\}`, usingAll(code)],
      [String.raw`\[${dot}*?\]`, usingAll(code)],
      [String.raw`\(`, 'Text', 'html-attributes'],
      [String.raw`/[ \t]*\n`, 'Punctuation', '#pop:2'],
      [String.raw`[<>]{1,2}(?=[ \t=])`, 'Punctuation'],
      include('eval-or-plain'),
    ],
    plain: [
      [String.raw`([^#\n]|#[^{\n]|(\\\\)*\\#\{)+`, 'Text'],
      [String.raw`(#\{)(${dot}*?)(\})`, bygroupsInContext('Literal.String.Interpol', embedded, 'Literal.String.Interpol')],
      [String.raw`\n`, 'Text', 'root'],
    ],
    'html-attributes': [
      [String.raw`\s+`, 'Text'],
      [String.raw`[\w:-]+[ \t]*=`, 'Name.Attribute', 'html-attribute-value'],
      [String.raw`[\w:-]+`, 'Name.Attribute'],
      [String.raw`\)`, 'Text', '#pop'],
    ],
    'html-attribute-value': [
      [String.raw`[ \t]+`, 'Text'],
      [String.raw`\w+`, 'Name.Variable', '#pop'],
      [String.raw`@\w+`, 'Name.Variable.Instance', '#pop'],
      [String.raw`\$\w+`, 'Name.Variable.Global', '#pop'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\\n])*'`, 'Literal.String', '#pop'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\\n])*"`, 'Literal.String', '#pop'],
    ],
    'html-comment-block': [
      [`${dot}+`, 'Comment'],
      [String.raw`\n`, 'Text', 'root'],
    ],
    [commentBlock]: [
      [`${dot}+`, 'Comment.Preproc'],
      [String.raw`\n`, 'Text', 'root'],
    ],
    'filter-block': [
      [String.raw`([^#\n]|#[^{\n]|(\\\\)*\\#\{)+`, 'Name.Decorator'],
      [String.raw`(#\{)(${dot}*?)(\})`, bygroupsInContext('Literal.String.Interpol', embedded, 'Literal.String.Interpol')],
      [String.raw`\n`, 'Text', 'root'],
    ],
  };
}

/** Haml can wrap a long line with ` |` at its end: its "dot" steps over such a break. */
const HAML_DOT = String.raw`(?: \|\n(?=.* \|)|.)`;
/** ...and a comma at a line's end wraps code too. */
const HAML_COMMA_DOT = String.raw`(?:,\s*\n|${HAML_DOT})`;

export const hamlLexer: ExtendedLexerDefinition<SassContext> = {
  name: 'Haml',
  aliases: ['haml'],
  flags: 'i',
  context: (text) => ({ ...baseContext(text), lastIndentation: undefined, blockState: undefined, blockIndentation: undefined }),
  tokens: {
    ...sharedStates(HAML_DOT, 'ruby', 'haml-comment-block'),
    'eval-or-plain': [
      ['[&!]?==', 'Punctuation', 'plain'],
      [String.raw`([&!]?[=~])(${HAML_COMMA_DOT}*\n)`, bygroupsInContext('Punctuation', using('ruby')), 'root'],
      defaultState('plain'),
    ],
    content: [
      include('css'),
      [String.raw`%[\w:-]+`, 'Name.Tag', 'tag'],
      [String.raw`!!!${HAML_DOT}*\n`, 'Name.Namespace', '#pop'],
      [String.raw`(/)(\[${HAML_DOT}*?\])(${HAML_DOT}*\n)`, bygroupsInContext('Comment', 'Comment.Special', 'Comment'), '#pop'],
      [String.raw`/${HAML_DOT}*\n`, startsBlock('Comment', 'html-comment-block'), '#pop'],
      [String.raw`-#${HAML_DOT}*\n`, startsBlock('Comment.Preproc', 'haml-comment-block'), '#pop'],
      [String.raw`(-)(${HAML_COMMA_DOT}*\n)`, bygroupsInContext('Punctuation', using('ruby')), '#pop'],
      [String.raw`:${HAML_DOT}*\n`, startsBlock('Name.Decorator', 'filter-block'), '#pop'],
      include('eval-or-plain'),
    ],
  },
};

export const pugLexer: ExtendedLexerDefinition<SassContext> = {
  name: 'Pug',
  aliases: ['pug', 'jade'],
  flags: 'i',
  context: (text) => ({ ...baseContext(text), lastIndentation: undefined, blockState: undefined, blockIndentation: undefined }),
  tokens: {
    ...sharedStates('.', 'scala', 'scaml-comment-block'),
    'eval-or-plain': [
      ['[&!]?==', 'Punctuation', 'plain'],
      [String.raw`([&!]?[=~])(.*\n)`, bygroupsInContext('Punctuation', using('scala')), 'root'],
      defaultState('plain'),
    ],
    content: [
      include('css'),
      [String.raw`!!!.*\n`, 'Name.Namespace', '#pop'],
      [String.raw`(/)(\[.*?\])(.*\n)`, bygroupsInContext('Comment', 'Comment.Special', 'Comment'), '#pop'],
      [String.raw`/.*\n`, startsBlock('Comment', 'html-comment-block'), '#pop'],
      [String.raw`-#.*\n`, startsBlock('Comment.Preproc', 'scaml-comment-block'), '#pop'],
      [String.raw`(-@\s*)(import)?(.*\n)`, bygroupsInContext('Punctuation', 'Keyword', using('scala')), '#pop'],
      [String.raw`(-)(.*\n)`, bygroupsInContext('Punctuation', using('scala')), '#pop'],
      [String.raw`:.*\n`, startsBlock('Name.Decorator', 'filter-block'), '#pop'],
      [String.raw`[\w:-]+`, 'Name.Tag', 'tag'],
      [String.raw`\|`, 'Text', 'eval-or-plain'],
    ],
  },
};
