/**
 * Pygments' ScamlLexer (pygments/lexers/html.py) and SlimLexer (pygments/lexers/webmisc.py),
 * Pygments 2.20.0, rule for rule: ExtendedRegexLexers on SassLexer's indentation callbacks, like
 * Haml and Pug (`haml.ts`, whose shared states Scaml reuses). Scaml's code is lexed by ScalaLexer,
 * Slim's by RubyLexer.
 *
 *     %p= user.name   ->   <nt>%p</nt><p>=</p><w> </w><n>user</n><o>.</o><na>name</na>   (Scaml)
 */
import { baseContext, bygroupsInContext, type ExtendedLexerDefinition } from '../extended-lexer.ts';
import { defaultState, include } from '../regex-lexer.ts';
import { using } from '../delegation.ts';
import { sharedStates, usingAll } from './haml.ts';
import { indentation, startsBlock, type SassContext } from './sass.ts';

const sassContext = (text: string): SassContext => ({ ...baseContext(text), lastIndentation: undefined, blockState: undefined, blockIndentation: undefined });

export const scamlLexer: ExtendedLexerDefinition<SassContext> = {
  name: 'Scaml',
  aliases: ['scaml'],
  flags: 'i',
  context: sassContext,
  tokens: {
    // Scaml's `.` is plain: it has no ` |` line wraps (Pygments keeps Haml's for when it does).
    ...sharedStates('.', 'scala', 'scaml-comment-block'),
    'eval-or-plain': [
      ['[&!]?==', 'Punctuation', 'plain'],
      [String.raw`([&!]?[=~])(.*\n)`, bygroupsInContext('Punctuation', using('scala')), 'root'],
      defaultState('plain'),
    ],
    content: [
      include('css'),
      [String.raw`%[\w:-]+`, 'Name.Tag', 'tag'],
      [String.raw`!!!.*\n`, 'Name.Namespace', '#pop'],
      [String.raw`(/)(\[.*?\])(.*\n)`, bygroupsInContext('Comment', 'Comment.Special', 'Comment'), '#pop'],
      [String.raw`/.*\n`, startsBlock('Comment', 'html-comment-block'), '#pop'],
      [String.raw`-#.*\n`, startsBlock('Comment.Preproc', 'scaml-comment-block'), '#pop'],
      [String.raw`(-@\s*)(import)?(.*\n)`, bygroupsInContext('Punctuation', 'Keyword', using('scala')), '#pop'],
      [String.raw`(-)(.*\n)`, bygroupsInContext('Punctuation', using('scala')), '#pop'],
      [String.raw`:.*\n`, startsBlock('Name.Decorator', 'filter-block'), '#pop'],
      include('eval-or-plain'),
    ],
  },
};

/** Slim's "dot" steps over a ` |` line wrap, as Haml's does. */
const SLIM_DOT = String.raw`(?: \|\n(?=.* \|)|.)`;

export const slimLexer: ExtendedLexerDefinition<SassContext> = {
  name: 'Slim',
  aliases: ['slim'],
  flags: 'i',
  context: sassContext,
  tokens: {
    root: [
      [String.raw`[ \t]*\n`, 'Text'],
      [String.raw`[ \t]*`, indentation],
    ],
    css: [
      [String.raw`\.[\w:-]+`, 'Name.Class', 'tag'],
      [String.raw`\#[\w:-]+`, 'Name.Function', 'tag'],
    ],
    'eval-or-plain': [
      [String.raw`([ \t]*==?)(.*\n)`, bygroupsInContext('Punctuation', using('ruby')), 'root'],
      [String.raw`[ \t]+[\w:-]+(?==)`, 'Name.Attribute', 'html-attributes'],
      defaultState('plain'),
    ],
    content: [
      include('css'),
      [String.raw`[\w:-]+:[ \t]*\n`, 'Text', 'plain'],
      [String.raw`(-)(.*\n)`, bygroupsInContext('Punctuation', using('ruby')), '#pop'],
      [String.raw`\|${SLIM_DOT}*\n`, startsBlock('Text', 'plain'), '#pop'],
      [String.raw`/${SLIM_DOT}*\n`, startsBlock('Comment.Preproc', 'slim-comment-block'), '#pop'],
      [String.raw`[\w:-]+`, 'Name.Tag', 'tag'],
      include('eval-or-plain'),
    ],
    tag: [
      include('css'),
      [String.raw`[<>]{1,2}(?=[ \t=])`, 'Punctuation'],
      [String.raw`[ \t]+\n`, 'Punctuation', '#pop:2'],
      include('eval-or-plain'),
    ],
    plain: [
      [String.raw`([^#\n]|#[^{\n]|(\\\\)*\\#\{)+`, 'Text'],
      [String.raw`(#\{)(.*?)(\})`, bygroupsInContext('Literal.String.Interpol', using('ruby'), 'Literal.String.Interpol')],
      [String.raw`\n`, 'Text', 'root'],
    ],
    'html-attributes': [
      ['=', 'Punctuation'],
      ['"[^"]+"', usingAll('ruby'), 'tag'],
      ["'[^']+'", usingAll('ruby'), 'tag'],
      [String.raw`\w+`, 'Text', 'tag'],
    ],
    'slim-comment-block': [
      [`${SLIM_DOT}+`, 'Comment.Preproc'],
      [String.raw`\n`, 'Text', 'root'],
    ],
  },
};
