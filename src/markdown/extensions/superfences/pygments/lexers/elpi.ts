/**
 * Pygments' ElpiLexer (pygments/lexers/elpi.py, Pygments 2.20.0), rule for rule.
 * Elpi, the embeddable Lambda Prolog interpreter: clauses, types, quotations.
 *
 *     pred foo i:int.   ->   <kd>pred</kd><w> </w><nf>foo</nf><w> </w><k-Mode>i:</k-Mode><kt>int</kt>.
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';
import { using } from '../delegation.ts';

export const elpiLexer: LexerDefinition = {
  name: 'Elpi',
  aliases: ['elpi'],
  tokens: {
    root: [
      include('elpi'),
    ],
    elpi: [
      include('_elpi-comment'),
      [String.raw`(:before|:after|:if|:name)(\s*)(\")`, bygroups('Keyword.Mode', 'Text.Whitespace', 'Literal.String.Double'), 'elpi-string'],
      [String.raw`(:index)(\s*)(\()`, bygroups('Keyword.Mode', 'Text.Whitespace', 'Punctuation'), 'elpi-indexing-expr'],
      ["\\b(external pred|pred)(\\s+)((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~)|\\((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~))\\)))", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'elpi-pred-item'],
      ["\\b(func)(\\s+)((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~)|\\((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~))\\)))", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'elpi-func-item'],
      ["\\b(external type|type)(\\s+)(((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~)|\\((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~))\\))(,\\s*)?)+)", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'elpi-type'],
      ["\\b(kind)(\\s+)(((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~)|\\((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~))\\))|,)+)", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'elpi-type'],
      ["\\b(typeabbrev)(\\s+)((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~)|\\((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~))\\)))", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'elpi-type'],
      [String.raw`\b(typeabbrev)(\s+)(\([^)]+\))`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'elpi-type'],
      [String.raw`\b(accumulate)(\s+)(\")`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Literal.String.Double'), 'elpi-string'],
      ["\\b(accumulate|namespace|local)(\\s+)(([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+))", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Text')],
      ["\\b(shorten)(\\s+)(([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)\\.)", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Text')],
      [String.raw`\b(pi|sigma)(\s+)([a-zA-Z][A-Za-z0-9_ ]*)(\\)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable', 'Text')],
      ["\\b(constraint)(\\s+)(((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~)|\\((([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|(,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~))\\))(\\s+)?)+)", bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'elpi-chr-rule-start'],
      ["(?=[A-Z_])([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)", 'Name.Variable'],
      ["(?=[a-z_])(([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)|_)\\\\", 'Name.Variable'],
      ['_', 'Name.Variable'],
      ["((,|<=>|->|:-|;|\\?-|->|&|=>|\\bas\\b|\\buvar\\b|<|=<|=|==|>=|>|\\bi<|\\bi=<|\\bi>=|\\bi>|\\bis\\b|\\br<|\\br=<|\\br>=|\\br>|\\bs<|\\bs=<|\\bs>=|\\bs>|@|::|\\[\\]|`->|`:|`:=|\\^|-|\\+|\\bi-|\\bi\\+|r-|r\\+|/|\\*|\\bdiv\\b|\\bi\\*|\\bmod\\b|\\br\\*|~|\\bi~|\\br~)|!|=>|;)", 'Keyword.Declaration'],
      ["([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)", 'Text'],
      [String.raw`\[|\]|\||=>`, 'Keyword.Declaration'],
      ['"', 'Literal.String.Double', 'elpi-string'],
      ['`', 'Literal.String.Double', 'elpi-btick'],
      [String.raw`\'`, 'Literal.String.Double', 'elpi-tick'],
      [String.raw`\{\{`, 'Punctuation', 'elpi-quote'],
      [String.raw`\{[^\{]`, 'Text', 'elpi-spill'],
      [String.raw`\(`, 'Punctuation', 'elpi-in-parens'],
      [String.raw`\d[\d_]*`, 'Literal.Number.Integer'],
      [String.raw`-?\d[\d_]*(.[\d_]*)?([eE][+\-]?\d[\d_]*)`, 'Literal.Number.Float'],
      [String.raw`[\+\*\-/\^\.]`, 'Operator'],
    ],
    '_elpi-comment': [
      [String.raw`%[^\n]*\n`, 'Comment'],
      [String.raw`/(?:\\\n)?[*](?:[^*]|[*](?!(?:\\\n)?/))*[*](?:\\\n)?/`, 'Comment'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'elpi-indexing-expr': [
      ['[0-9 _]+', 'Literal.Number.Integer'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    'elpi-type': [
      [String.raw`(ctype\s+)(\")`, bygroups('Keyword.Type', 'Literal.String.Double'), 'elpi-string'],
      ['->', 'Keyword.Type'],
      ['prop', 'Keyword.Mode'],
      ["([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)", 'Keyword.Type'],
      [String.raw`\(|\)`, 'Keyword.Type'],
      [String.raw`\.`, 'Text', '#pop'],
      include('_elpi-comment'),
    ],
    'elpi-chr-rule-start': [
      [String.raw`\{`, 'Punctuation', 'elpi-chr-rule'],
      include('_elpi-comment'),
    ],
    'elpi-chr-rule': [
      [String.raw`\brule\b`, 'Keyword.Declaration'],
      [String.raw`\\`, 'Keyword.Declaration'],
      [String.raw`\}`, 'Punctuation', '#pop:2'],
      include('elpi'),
    ],
    'elpi-pred-item': [
      ['[io]:', 'Keyword.Mode'],
      [String.raw`\.`, 'Text', '#pop'],
      [',', 'Keyword.Mode'],
      include('_elpi-inner-pred-fun'),
      [String.raw`\)`, 'Keyword.Mode', '#pop'],
      [String.raw`\(`, 'Keyword.Type', '_elpi-type-item'],
      include('_elpi-comment'),
      include('_elpi-type-item'),
    ],
    'elpi-func-item': [
      ["([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)", 'Keyword.Type'],
      [String.raw`\.`, 'Text', '#pop'],
      [',', 'Keyword.Mode'],
      ['->', 'Keyword.Mode'],
      include('_elpi-inner-pred-fun'),
      [String.raw`\)`, 'Keyword.Mode', '#pop'],
      [String.raw`\(`, 'Keyword.Type', '_elpi-type-item'],
      include('_elpi-comment'),
      include('_elpi-type-item'),
    ],
    '_elpi-inner-pred-fun': [
      [String.raw`(\()(\s*)(pred)`, bygroups('Keyword.Mode', 'Text.Whitespace', 'Keyword.Declaration'), 'elpi-pred-item'],
      [String.raw`(\()(\s*)(func)`, bygroups('Keyword.Mode', 'Text.Whitespace', 'Keyword.Declaration'), 'elpi-func-item'],
    ],
    '_elpi-type-item': [
      ['->', 'Keyword.Type'],
      ["([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+)", 'Keyword.Type'],
      include('_elpi-inner-pred-fun'),
      [String.raw`\(`, 'Keyword.Type', '#push'],
      [String.raw`\)`, 'Keyword.Type', '#pop'],
      include('_elpi-comment'),
    ],
    'elpi-btick': [
      ['[^` ]+', 'Literal.String.Double'],
      ['`', 'Literal.String.Double', '#pop'],
    ],
    'elpi-tick': [
      [String.raw`[^\' ]+`, 'Literal.String.Double'],
      [String.raw`\'`, 'Literal.String.Double', '#pop'],
    ],
    'elpi-string': [
      [String.raw`[^\"]+`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    'elpi-quote': [
      [String.raw`\}\}`, 'Punctuation', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(lp:)(\{\{)`, bygroups('Literal.Number', 'Punctuation'), 'elpi-quote-exit'],
      ["(lp:)((?=[A-Z_])([A-Z]([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*|[a-z](([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*(\\.([a-z]|[A-Z])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))*)*)|([+*^?/<>`'@#~=&!])([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_)|:)*|_([a-z]|[A-Z]|[0-9]|(([+*^?/<>`'@#~=&!])|-|\\$|_))+))", bygroups('Literal.Number', 'Name.Variable')],
      [String.raw`((?!lp:|\}\}).)+`, using('coq')],
    ],
    'elpi-quote-exit': [
      include('elpi'),
      [String.raw`\}\}`, 'Punctuation', '#pop'],
    ],
    'elpi-spill': [
      [String.raw`\{[^\{]`, 'Text', '#push'],
      [String.raw`\}[^\}]`, 'Text', '#pop'],
      include('elpi'),
    ],
    'elpi-in-parens': [
      [String.raw`\(`, 'Punctuation', '#push'],
      include('elpi'),
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
  },
};
