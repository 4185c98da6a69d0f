/**
 * Pygments' MCSchemaLexer (pygments/lexers/minecraft.py, Pygments 2.20.0), rule for rule.
 * Minecraft JSON schemas (MCSchema), JavaScript-like with its own keywords.
 *
 *     let x = 1   ->   <err>l</err><err>e</err><err>t</err><w> </w><err>x</err><w> </w><o>=</o><w> </w><mi>1</mi>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const mcSchemaLexer: LexerDefinition = {
  name: 'MCSchema',
  aliases: ['mcschema'],
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['//.*?$', 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gimuysd]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      ['(?=/)', 'Text', ['#pop', 'badregex']],
      defaultState('#pop'),
    ],
    badregex: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    singlestring: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`[^\\']+`, 'Literal.String.Single'],
    ],
    doublestring: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
    ],
    root: [
      [String.raw`^(?=\s|/|<!--)`, 'Text', 'slashstartsregex'],
      include('commentsandwhitespace'),
      ['(?<=: )opt', 'Operator.Word'],
      [String.raw`(?<=\s)[\w-]*(?=(\s+"|\n))`, 'Keyword.Declaration'],
      ['0[bB][01]+', 'Literal.Number.Bin'],
      ['0[oO]?[0-7]+', 'Literal.Number.Oct'],
      ['0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`(\.\d+|\d+\.\d*|\d+)([eE][-+]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\.\.\.|=>`, 'Punctuation'],
      [String.raw`\+\+|--|~|\?\?=?|\?|:|\\(?=\n)|(<<|>>>?|==?|!=?|(?:\*\*|\|\||&&|[-<>+*%&|^/]))=?`, 'Operator', 'slashstartsregex'],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [String.raw`'`, 'Literal.String.Single', 'singlestring'],
      ['"', 'Literal.String.Double', 'doublestring'],
      [String.raw`[\w-]*?(?=:\{?\n)`, 'Literal.String.Symbol'],
      [String.raw`([\w-]*?)(:)(\d+)(?:(\.)(\d+)(?:(\.)(\d+)(?:(\-)((?:[^\W_]|-)*(?:\.(?:[^\W_]|-)*)*))?(?:(\+)((?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)*))?)?)?(?=:\{?\n)`, bygroups('Literal.String.Symbol', 'Operator', 'Literal.Number.Integer', 'Operator', 'Literal.Number.Integer', 'Operator', 'Literal.Number.Integer', 'Operator', 'Literal.String', 'Operator', 'Literal.String')],
      [String.raw`.*\n`, 'Text'],
    ],
  },
};
