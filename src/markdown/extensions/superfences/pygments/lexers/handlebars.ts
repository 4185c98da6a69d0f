/**
 * Pygments' HandlebarsLexer and HandlebarsHtmlLexer (pygments/lexers/templates.py, Pygments
 * 2.20.0), rule for rule: the first lexes only what is between `{{` and `}}` (the rest is
 * `Other`); the second, a DelegatingLexer, hands that rest to HtmlLexer.
 *
 *     {{#if user}}   ->   <cp>{{</cp><m m-Attribute>#if</m> <nv>user</nv><cp>}}</cp>
 */
import { delegatingLexer } from '../delegation.ts';
import { bygroups, include, usingThis, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

export const handlebarsLexer: LexerDefinition = {
  name: 'Handlebars',
  aliases: ['handlebars'],
  tokens: {
    root: [
      ['[^{]+', 'Other'],
      // Comment start {{!  }} or {{!--
      [String.raw`\{\{!.*\}\}`, 'Comment'],
      // HTML Escaping open {{{expression
      [String.raw`(\{\{\{)(\s*)`, bygroups('Comment.Special', 'Text'), 'tag'],
      // {{blockOpen {{#blockOpen {{/blockClose with optional tilde ~
      [String.raw`(\{\{)([#~/]+)([^\s}]*)`, bygroups('Comment.Preproc', 'Literal.Number.Attribute', 'Literal.Number.Attribute'), 'tag'],
      [String.raw`(\{\{)(\s*)`, bygroups('Comment.Preproc', 'Text'), 'tag'],
    ],
    tag: [
      [String.raw`\s+`, 'Text'],
      // HTML Escaping close }}}
      [String.raw`\}\}\}`, 'Comment.Special', '#pop'],
      // blockClose}}, includes optional tilde ~
      [String.raw`(~?)(\}\})`, bygroups('Literal.Number', 'Comment.Preproc'), '#pop'],
      // {{opt=something}}
      [String.raw`([^\s}]+)(=)`, bygroups('Name.Attribute', 'Operator')],
      // Partials {{> ...}}
      [String.raw`(>)(\s*)(@partial-block)`, bygroups('Keyword', 'Text', 'Keyword')],
      [String.raw`(#?>)(\s*)([\w-]+)`, bygroups('Keyword', 'Text', 'Name.Variable')],
      [String.raw`(>)(\s*)(\()`, bygroups('Keyword', 'Text', 'Punctuation'), 'dynamic-partial'],
      include('generic'),
    ],
    'dynamic-partial': [
      [String.raw`\s+`, 'Text'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`(lookup)(\s+)(\.|this)(\s+)`, bygroups('Keyword', 'Text', 'Name.Variable', 'Text')],
      [String.raw`(lookup)(\s+)(\S+)`, bygroups('Keyword', 'Text', usingThis('variable'))],
      [String.raw`[\w-]+`, 'Name.Function'],
      include('generic'),
    ],
    variable: [
      [String.raw`[()/@a-zA-Z][\w-]*`, 'Name.Variable'],
      [String.raw`\.[\w-]+`, 'Name.Variable'],
      [String.raw`(this\/|\.\/|(\.\.\/)+)[\w-]+`, 'Name.Variable'],
    ],
    generic: [
      include('variable'),
      // borrowed from DjangoLexer
      [String.raw`:?"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`:?'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?`, 'Literal.Number'],
    ],
  },
};

export const htmlHandlebarsLexer: LexerFactory = {
  name: 'HTML+Handlebars',
  aliases: ['html+handlebars'],
  create(byName) {
    // Both are ported; plain text is only what an unregistered name would give.
    const html = byName('html') ?? textLexer(byName);
    const handlebars = byName('handlebars') ?? textLexer(byName);
    return delegatingLexer('HTML+Handlebars', html, handlebars);
  },
};
