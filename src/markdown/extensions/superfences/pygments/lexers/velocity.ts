/**
 * Pygments' VelocityLexer, VelocityHtmlLexer and VelocityXmlLexer (pygments/lexers/templates.py,
 * Pygments 2.20.0), rule for rule: Velocity's `#directive(...)`s, `##` and `#* *#` comments and
 * `$references` are lexed, the rest is `Other`, which the DelegatingLexers hand to HTML or XML.
 *
 *     #if($user)   ->   <cp>#</cp><nf>if</nf><p>(</p><p>$</p><nv>user</nv><p>)</p>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

const IDENTIFIER = String.raw`[a-zA-Z_]\w*`;

export const velocityLexer: LexerDefinition = {
  name: 'Velocity',
  aliases: ['velocity'],
  flags: 'ms',
  tokens: {
    root: [
      ['[^{#$]+', 'Other'],
      [String.raw`(#)(\*.*?\*)(#)`, bygroups('Comment.Preproc', 'Comment', 'Comment.Preproc')],
      ['(##)(.*?$)', bygroups('Comment.Preproc', 'Comment')],
      [String.raw`(#\{?)(${IDENTIFIER})(\}?)(\s?\()`, bygroups('Comment.Preproc', 'Name.Function', 'Comment.Preproc', 'Punctuation'), 'directiveparams'],
      [String.raw`(#\{?)(${IDENTIFIER})(\}|\b)`, bygroups('Comment.Preproc', 'Name.Function', 'Comment.Preproc')],
      [String.raw`\$!?\{?`, 'Punctuation', 'variable'],
    ],
    variable: [
      [IDENTIFIER, 'Name.Variable'],
      [String.raw`\(`, 'Punctuation', 'funcparams'],
      [String.raw`(\.)(${IDENTIFIER})`, bygroups('Punctuation', 'Name.Variable'), '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      defaultState('#pop'),
    ],
    directiveparams: [
      [String.raw`(&&|\|\||==?|!=?|[-<>+*%&|^/])|\b(eq|ne|gt|lt|ge|le|not|in)\b`, 'Operator'],
      [String.raw`\[`, 'Operator', 'rangeoperator'],
      [String.raw`\b${IDENTIFIER}\b`, 'Name.Function'],
      include('funcparams'),
    ],
    rangeoperator: [
      [String.raw`\.\.`, 'Operator'],
      include('funcparams'),
      [String.raw`\]`, 'Operator', '#pop'],
    ],
    funcparams: [
      [String.raw`\$!?\{?`, 'Punctuation', 'variable'],
      [String.raw`\s+`, 'Text'],
      ['[,:]', 'Punctuation'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      ['0[xX][0-9a-fA-F]+[Ll]?', 'Literal.Number'],
      [String.raw`\b[0-9]+\b`, 'Literal.Number'],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`\(`, 'Punctuation', '#push'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`\[`, 'Punctuation', '#push'],
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
  },
};

export const velocityHtmlLexer = delegatingFactory('HTML+Velocity', ['html+velocity'], 'html', 'velocity');
export const velocityXmlLexer = delegatingFactory('XML+Velocity', ['xml+velocity'], 'xml', 'velocity');
