/**
 * Pygments' CsoundLexer (pygments/lexers/csound.py, Pygments 2.20): the states Csound's score and
 * orchestra lexers share (comments, preprocessor directives, macro uses, numbers, quoted strings).
 *
 *     #define FREQ #440#   ->   <cp>#define</cp> <cp>FREQ</cp> <p>#</p><cp>440</cp><p>#</p>
 */
import { bygroups, include, type Rule } from '../regex-lexer.ts';

export const CSOUND_TOKENS: Readonly<Record<string, readonly Rule[]>> = {
  whitespace: [
    [String.raw`[ \t]+`, 'Text.Whitespace'],
    [String.raw`/[*](?:.|\n)*?[*]/`, 'Comment.Multiline'],
    ['(?:;|//).*$', 'Comment.Single'],
    [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')],
  ],
  'preprocessor directives': [
    [String.raw`#(?:e(?:nd(?:if)?|lse)\b|##)|@@?[ \t]*\d+`, 'Comment.Preproc'],
    ['#includestr', 'Comment.Preproc', 'includestr directive'],
    ['#include', 'Comment.Preproc', 'include directive'],
    [String.raw`#[ \t]*define`, 'Comment.Preproc', 'define directive'],
    [String.raw`#(?:ifn?def|undef)\b`, 'Comment.Preproc', 'macro directive'],
  ],
  'include directive': [
    include('whitespace'),
    [String.raw`([^ \t]).*?\1`, 'Literal.String', '#pop'],
  ],
  'includestr directive': [
    include('whitespace'),
    ['"', 'Literal.String', ['#pop', 'quoted string']],
  ],
  'define directive': [
    [String.raw`\n`, 'Text.Whitespace'],
    include('whitespace'),
    [String.raw`([A-Z_a-z]\w*)(\()`, bygroups('Comment.Preproc', 'Punctuation'), ['#pop', 'macro parameter name list']],
    [String.raw`[A-Z_a-z]\w*`, 'Comment.Preproc', ['#pop', 'before macro body']],
  ],
  'macro parameter name list': [
    include('whitespace'),
    [String.raw`[A-Z_a-z]\w*`, 'Comment.Preproc'],
    ["['#]", 'Punctuation'],
    [String.raw`\)`, 'Punctuation', ['#pop', 'before macro body']],
  ],
  'before macro body': [
    [String.raw`\n`, 'Text.Whitespace'],
    include('whitespace'),
    ['#', 'Punctuation', ['#pop', 'macro body']],
  ],
  'macro body': [
    [String.raw`(?:\\(?!#)|[^#\\]|\n)+`, 'Comment.Preproc'],
    [String.raw`\\#`, 'Comment.Preproc'],
    [String.raw`(?<!\\)#`, 'Punctuation', '#pop'],
  ],
  'macro directive': [
    include('whitespace'),
    [String.raw`[A-Z_a-z]\w*`, 'Comment.Preproc', '#pop'],
  ],
  'macro uses': [
    [String.raw`(\$[A-Z_a-z]\w*\.?)(\()`, bygroups('Comment.Preproc', 'Punctuation'), 'macro parameter value list'],
    [String.raw`\$[A-Z_a-z]\w*(?:\.|\b)`, 'Comment.Preproc'],
  ],
  'macro parameter value list': [
    [String.raw`(?:[^\'#"{()]|\{(?!\{))+`, 'Comment.Preproc'],
    ["['#]", 'Punctuation'],
    ['"', 'Literal.String', 'macro parameter value quoted string'],
    [String.raw`\{\{`, 'Literal.String', 'macro parameter value braced string'],
    [String.raw`\(`, 'Comment.Preproc', 'macro parameter value parenthetical'],
    [String.raw`\)`, 'Punctuation', '#pop'],
  ],
  'macro parameter value quoted string': [
    [String.raw`\\[#'()]`, 'Comment.Preproc'],
    ["[#'()]", 'Error'],
    include('quoted string'),
  ],
  'macro parameter value braced string': [
    [String.raw`\\[#'()]`, 'Comment.Preproc'],
    ["[#'()]", 'Error'],
    include('braced string'),
  ],
  'macro parameter value parenthetical': [
    [String.raw`(?:[^\\()]|\\\))+`, 'Comment.Preproc'],
    [String.raw`\(`, 'Comment.Preproc', '#push'],
    [String.raw`\)`, 'Comment.Preproc', '#pop'],
  ],
  'whitespace and macro uses': [
    include('whitespace'),
    include('macro uses'),
  ],
  numbers: [
    [String.raw`\d+[Ee][+-]?\d+|(\d+\.\d*|\d*\.\d+)([Ee][+-]?\d+)?`, 'Literal.Number.Float'],
    ['(0[Xx])([0-9A-Fa-f]+)', bygroups('Keyword.Type', 'Literal.Number.Hex')],
    [String.raw`\d+`, 'Literal.Number.Integer'],
  ],
  'quoted string': [
    ['"', 'Literal.String', '#pop'],
    ['[^"$]+', 'Literal.String'],
    include('macro uses'),
    ['[$]', 'Literal.String'],
  ],
  'braced string': [
  ],
};
