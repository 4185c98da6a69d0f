/**
 * Pygments' ColdfusionLexer, ColdfusionMarkupLexer, ColdfusionHtmlLexer and ColdfusionCFCLexer
 * (pygments/lexers/templates.py, Pygments 2.20.0), rule for rule. `cfs` lexes CFScript
 * statements; the markup lexer (registered under no alias) finds `<cf...>` tags, `<cfscript>`
 * blocks and `#...#` in `<cfoutput>`, the CFScript in them lexed by ColdfusionLexer, and leaves
 * the rest `Other` for HtmlLexer (`cfm`); `cfc` hands ColdfusionLexer's `Other` tokens (it has
 * none) to the `cfm` lexer, so it comes out as ColdfusionLexer's tokens.
 *
 *     <cfset x = 1>   ->   <nb>&lt;cfset</nb> <nv>x</nv> <o>=</o> <m>1</m><nb>&gt;</nb>
 */
import { using } from '../delegation.ts';
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

export const coldfusionLexer: LexerDefinition = {
  name: 'cfstatement',
  aliases: ['cfs'],
  // re.IGNORECASE alone: not MULTILINE
  flags: 'i',
  tokens: {
    root: [
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*(?:.|\n)*?\*/`, 'Comment.Multiline'],
      [String.raw`\+\+|--`, 'Operator'],
      ['[-+*/^&=!]', 'Operator'],
      ['<=|>=|<|>|==', 'Operator'],
      [String.raw`mod\b`, 'Operator'],
      [String.raw`(eq|lt|gt|lte|gte|not|is|and|or)\b`, 'Operator'],
      [String.raw`\|\||&&`, 'Operator'],
      [String.raw`\?`, 'Operator'],
      ['"', 'Literal.String.Double', 'string'],
      // single-quoted strings may hold HTML, as Pygments notes
      ["'.*?'", 'Literal.String.Single'],
      [String.raw`\d+`, 'Literal.Number'],
      [
        String.raw`(if|else|len|var|xml|default|break|switch|component|property|function|do|` +
          String.raw`try|catch|in|continue|for|return|while|required|any|array|binary|boolean|` +
          String.raw`component|date|guid|numeric|query|string|struct|uuid|case)\b`,
        'Keyword',
      ],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(application|session|client|cookie|super|this|variables|arguments)\b`, 'Name.Constant'],
      [String.raw`([a-z_$][\w.]*)(\s*)(\()`, bygroups('Name.Function', 'Text', 'Punctuation')],
      [String.raw`[a-z_$][\w.]*`, 'Name.Variable'],
      [String.raw`[()\[\]{};:,.\\]`, 'Punctuation'],
      [String.raw`\s+`, 'Text'],
    ],
    string: [
      ['""', 'Literal.String.Double'],
      ['#.+?#', 'Literal.String.Interp'],
      ['[^"#]+', 'Literal.String.Double'],
      ['#', 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
  },
};

const cfscript = using('cfs');

/** ColdfusionMarkupLexer (Pygments' `Coldfusion`, alias `cf`, which _mapping.py does not register). */
const coldfusionMarkupLexer: LexerDefinition = {
  name: 'Coldfusion',
  aliases: [],
  tokens: {
    root: [
      ['[^<]+', 'Other'],
      include('tags'),
      ['<[^<>]*', 'Other'],
    ],
    tags: [
      ['<!---', 'Comment.Multiline', 'cfcomment'],
      ['(?s)<!--.*?-->', 'Comment'],
      ['<cfoutput.*?>', 'Name.Builtin', 'cfoutput'],
      ['(?s)(<cfscript.*?>)(.+?)(</cfscript.*?>)', bygroups('Name.Builtin', cfscript, 'Name.Builtin')],
      // the negative lookbehind lets a string hold an escaped >
      [
        String.raw`(?s)(</?cf(?:component|include|if|else|elseif|loop|return|` +
          String.raw`dbinfo|dump|abort|location|invoke|throw|file|savecontent|` +
          String.raw`mailpart|mail|header|content|zip|image|lock|argument|try|` +
          String.raw`catch|break|directory|http|set|function|param)\b)(.*?)((?<!\\)>)`,
        bygroups('Name.Builtin', cfscript, 'Name.Builtin'),
      ],
    ],
    cfoutput: [
      ['[^#<]+', 'Other'],
      ['(#)(.*?)(#)', bygroups('Punctuation', cfscript, 'Punctuation')],
      ['</cfoutput.*?>', 'Name.Builtin', '#pop'],
      include('tags'),
      ['(?s)<[^<>]*', 'Other'],
      ['#', 'Other'],
    ],
    cfcomment: [
      ['<!---', 'Comment.Multiline', '#push'],
      ['--->', 'Comment.Multiline', '#pop'],
      ['([^<-]|<(?!!---)|-(?!-->))+', 'Comment.Multiline'],
    ],
  },
};

export const coldfusionHtmlLexer = delegatingFactory('Coldfusion HTML', ['cfm'], 'html', coldfusionMarkupLexer);
export const coldfusionCfcLexer = delegatingFactory('Coldfusion CFC', ['cfc'], 'cfm', 'cfs');
