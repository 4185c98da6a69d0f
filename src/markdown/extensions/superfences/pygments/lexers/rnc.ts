/**
 * Pygments' RNCCompactLexer (pygments/lexers/rnc.py, Pygments 2.20.0), rule for rule: RELAX NG's compact syntax.
 *
 *     element addressBook { element card { text }* }
 *     ->   <kd>element</kd><nv> addressBook </nv><p>{</p> <kd>element</kd><nv> card </nv><p>{</p> <kt>text</kt> <p>}</p><o>*</o> <p>}</p>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const rncLexer: LexerDefinition = {
  name: 'Relax-NG Compact',
  aliases: ['rng-compact', 'rnc'],
  tokens: {
    root: [
      [String.raw`namespace\b`, 'Keyword.Namespace'],
      [String.raw`(?:default|datatypes)\b`, 'Keyword.Declaration'],
      [String.raw`##.*$`, 'Comment.Preproc'],
      [String.raw`#.*$`, 'Comment.Single'],
      [String.raw`"[^"]*"`, 'Literal.String.Double'],
      [String.raw`(?:element|attribute|mixed)\b`, 'Keyword.Declaration', 'variable'],
      [String.raw`(text\b|xsd:[^ ]+)`, 'Keyword.Type', 'maybe_xsdattributes'],
      [String.raw`[,?&*=|~]|>>`, 'Operator'],
      [String.raw`[(){}]`, 'Punctuation'],
      [String.raw`.`, 'Text'],
    ],
    variable: [
      [String.raw`[^{]+`, 'Name.Variable'],
      [String.raw`\{`, 'Punctuation', '#pop'],
    ],
    maybe_xsdattributes: [
      [String.raw`\{`, 'Punctuation', 'xsdattributes'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`.`, 'Text'],
    ],
    xsdattributes: [
      [String.raw`[^ =}]`, 'Name.Attribute'],
      [String.raw`=`, 'Operator'],
      [String.raw`"[^"]*"`, 'Literal.String.Double'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`.`, 'Text'],
    ],
  },
};
