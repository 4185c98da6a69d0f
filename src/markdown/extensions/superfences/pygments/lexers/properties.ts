/**
 * Pygments' PropertiesLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: Java
 * `.properties`, where trailing whitespace belongs to the value.
 *
 *     app.name = Guide   ->   <na>app.name</na><w> </w><o>=</o><w> </w><s>Guide</s>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const propertiesLexer: LexerDefinition = {
  name: 'Properties',
  aliases: ['properties', 'jproperties'],
  tokens: {
    root: [
      ['[!#].*|/{2}.*', 'Comment.Single'], // comments
      [String.raw`\n`, W], // ending a comment or whitespace-only line
      [String.raw`^[^\S\n]+`, W], // eat whitespace at the beginning of a line
      defaultState('key'), // start lexing a key
    ],
    key: [
      [String.raw`[^\\:=\s]+`, 'Name.Attribute'], // non-escaped key characters
      include('escapes'),
      // the separator is the first non-escaped whitespace, colon or '=' on the line;
      // if it's whitespace, = and : are gobbled after it
      [String.raw`([^\S\n]*)([:=])([^\S\n]*)`, bygroups(W, 'Operator', W), ['#pop', 'value']],
      [String.raw`[^\S\n]+`, W, ['#pop', 'value']],
      [String.raw`\n`, W, '#pop'], // maybe we got no value after all
    ],
    value: [
      [String.raw`[^\\\n]+`, 'Literal.String'], // non-escaped value characters
      include('escapes'),
      [String.raw`\n`, W, '#pop'], // end the value on an unescaped newline
    ],
    escapes: [
      // line continuations; these gobble whitespace at the beginning of the next line
      [String.raw`(\\\n)([^\S\n]*)`, bygroups('Literal.String.Escape', W)],
      [String.raw`\\(.|\n)`, 'Literal.String.Escape'], // other escapes
    ],
  },
};
