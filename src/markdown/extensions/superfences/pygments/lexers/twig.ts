/**
 * Pygments' TwigLexer and TwigHtmlLexer (pygments/lexers/templates.py, Pygments 2.20.0), rule
 * for rule: the first lexes only the `{{ }}`, `{% %}` and `{# #}` parts (the rest is `Other`);
 * the second, a DelegatingLexer, hands that rest to HtmlLexer.
 *
 *     {{ user.name|upper }}   ->   <cp>{{</cp> <nv>user.name</nv><o>|</o><nf>upper</nf> <cp>}}</cp>
 */
import { delegatingLexer } from '../delegation.ts';
import { bygroups, include, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

// A backslash is an identifier character: PHP uses it as a namespace separator.
const IDENT_CHAR = String.raw`[\\\w-]|[^\x00-\x7f]`;
const IDENT_BEGIN = String.raw`(?:[\\_a-z]|[^\x00-\x7f])`;
const IDENT_INNER = `${IDENT_BEGIN}(?:${IDENT_CHAR})*`;

export const twigLexer: LexerDefinition = {
  name: 'Twig',
  aliases: ['twig'],
  flags: 'ms',
  tokens: {
    root: [
      ['[^{]+', 'Other'],
      [String.raw`\{\{`, 'Comment.Preproc', 'var'],
      // twig comments
      [String.raw`\{\#.*?\#\}`, 'Comment'],
      // raw twig blocks
      [
        String.raw`(\{%)(-?\s*)(raw)(\s*-?)(%\})(.*?)(\{%)(-?\s*)(endraw)(\s*-?)(%\})`,
        bygroups('Comment.Preproc', 'Text', 'Keyword', 'Text', 'Comment.Preproc', 'Other', 'Comment.Preproc', 'Text',
          'Keyword', 'Text', 'Comment.Preproc'),
      ],
      [
        String.raw`(\{%)(-?\s*)(verbatim)(\s*-?)(%\})(.*?)(\{%)(-?\s*)(endverbatim)(\s*-?)(%\})`,
        bygroups('Comment.Preproc', 'Text', 'Keyword', 'Text', 'Comment.Preproc', 'Other', 'Comment.Preproc', 'Text',
          'Keyword', 'Text', 'Comment.Preproc'),
      ],
      // filter blocks
      [String.raw`(\{%)(-?\s*)(filter)(\s+)(` + IDENT_INNER + ')', bygroups('Comment.Preproc', 'Text', 'Keyword', 'Text', 'Name.Function'), 'tag'],
      [String.raw`(\{%)(-?\s*)([a-zA-Z_]\w*)`, bygroups('Comment.Preproc', 'Text', 'Keyword'), 'tag'],
      [String.raw`\{`, 'Other'],
    ],
    varnames: [
      [String.raw`(\|)(\s*)(` + IDENT_INNER + ')', bygroups('Operator', 'Text', 'Name.Function')],
      [String.raw`(is)(\s+)(not)?(\s*)(` + IDENT_INNER + ')', bygroups('Keyword', 'Text', 'Keyword', 'Text', 'Name.Function')],
      [String.raw`(?i)(true|false|none|null)\b`, 'Keyword.Pseudo'],
      // Pygments' alternatives miss `|` after `is`, `import` and `sameas`, so `isif` is one word here.
      [
        '(in|not|and|b-and|or|b-or|b-xor|isif|elseif|else|importconstant|defined|divisibleby|empty|even|iterable|odd|' +
          String.raw`sameasmatches|starts\s+with|ends\s+with)\b`,
        'Keyword',
      ],
      [String.raw`(loop|block|parent)\b`, 'Name.Builtin'],
      [IDENT_INNER, 'Name.Variable'],
      [String.raw`\.` + IDENT_INNER, 'Name.Variable'],
      [String.raw`\.[0-9]+`, 'Literal.Number'],
      [String.raw`:?"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`:?'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`([{}()\[\]+\-*/,:~%]|\.\.|\?|:|\*\*|\/\/|!=|[><=]=?)`, 'Operator'],
      [String.raw`[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?`, 'Literal.Number'],
    ],
    var: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(-?)(\}\})`, bygroups('Text', 'Comment.Preproc'), '#pop'],
      include('varnames'),
    ],
    tag: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(-?)(%\})`, bygroups('Text', 'Comment.Preproc'), '#pop'],
      include('varnames'),
      ['.', 'Punctuation'],
    ],
  },
};

export const htmlTwigLexer: LexerFactory = {
  name: 'HTML+Twig',
  aliases: ['html+twig'],
  create(byName) {
    // Both are ported; plain text is only what an unregistered name would give.
    const html = byName('html') ?? textLexer(byName);
    const twig = byName('twig') ?? textLexer(byName);
    return delegatingLexer('HTML+Twig', html, twig);
  },
};
