/**
 * Pygments' DtdLexer (pygments/lexers/html.py, Pygments 2.20.0): XML document type
 * definitions, rule for rule (re.MULTILINE | re.DOTALL).
 *
 *     <!ELEMENT note (to,from)>   ->   <k>&lt;!ELEMENT</k> <nt>note</nt> <o>(</o><nt>to</nt><o>,</o><nt>from</nt><o>)</o><k>&gt;</k>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const dtdLexer: LexerDefinition = {
  name: 'DTD',
  aliases: ['dtd'],
  flags: 'ms',
  tokens: {
    root: [
      include('common'),
      [String.raw`(<!ELEMENT)(\s+)(\S+)`, bygroups('Keyword', 'Text', 'Name.Tag'), 'element'],
      [String.raw`(<!ATTLIST)(\s+)(\S+)`, bygroups('Keyword', 'Text', 'Name.Tag'), 'attlist'],
      [String.raw`(<!ENTITY)(\s+)(\S+)`, bygroups('Keyword', 'Text', 'Name.Entity'), 'entity'],
      [String.raw`(<!NOTATION)(\s+)(\S+)`, bygroups('Keyword', 'Text', 'Name.Tag'), 'notation'],
      // conditional sections
      [String.raw`(<!\[)([^\[\s]+)(\s*)(\[)`, bygroups('Keyword', 'Name.Entity', 'Text', 'Keyword')],
      [String.raw`(<!DOCTYPE)(\s+)([^>\s]+)`, bygroups('Keyword', 'Text', 'Name.Tag')],
      ['PUBLIC|SYSTEM', 'Keyword.Constant'],
      [String.raw`[\[\]>]`, 'Keyword'],
    ],
    common: [
      [String.raw`\s+`, 'Text'],
      ['(%|&)[^;]*;', 'Name.Entity'],
      ['<!--', 'Comment', 'comment'],
      [String.raw`[(|)*,?+]`, 'Operator'],
      ['"[^"]*"', 'Literal.String.Double'],
      ["'[^']*'", 'Literal.String.Single'],
    ],
    comment: [
      ['[^-]+', 'Comment'],
      ['-->', 'Comment', '#pop'],
      ['-', 'Comment'],
    ],
    element: [
      include('common'),
      ['EMPTY|ANY|#PCDATA', 'Keyword.Constant'],
      [String.raw`[^>\s|()?+*,]+`, 'Name.Tag'],
      ['>', 'Keyword', '#pop'],
    ],
    attlist: [
      include('common'),
      ['CDATA|IDREFS|IDREF|ID|NMTOKENS|NMTOKEN|ENTITIES|ENTITY|NOTATION', 'Keyword.Constant'],
      ['#REQUIRED|#IMPLIED|#FIXED', 'Keyword.Constant'],
      ['xml:space|xml:lang', 'Keyword.Reserved'],
      [String.raw`[^>\s|()?+*,]+`, 'Name.Attribute'],
      ['>', 'Keyword', '#pop'],
    ],
    entity: [
      include('common'),
      ['SYSTEM|PUBLIC|NDATA', 'Keyword.Constant'],
      [String.raw`[^>\s|()?+*,]+`, 'Name.Entity'],
      ['>', 'Keyword', '#pop'],
    ],
    notation: [
      include('common'),
      ['SYSTEM|PUBLIC', 'Keyword.Constant'],
      [String.raw`[^>\s|()?+*,]+`, 'Name.Attribute'],
      ['>', 'Keyword', '#pop'],
    ],
  },
};
