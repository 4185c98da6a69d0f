/**
 * Pygments' JspRootLexer, JspLexer and SspLexer (pygments/lexers/templates.py, Pygments 2.20.0),
 * rule for rule: the root lexer lexes `<% ... %>` sections as Java and keeps `<jsp:...>` actions
 * as keywords, leaving the rest `Other`; JspLexer and SspLexer (Scalate Server Pages, whose code
 * Pygments also lexes as Java), DelegatingLexers, hand that rest to XmlLexer.
 *
 *     <%= name %>   ->   <k>&lt;%=</k><w> </w><n>name</n><w> </w><k>%&gt;</k>
 */
import { using } from '../delegation.ts';
import type { LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

/** JspRootLexer: Pygments registers it under no name; JspLexer and SspLexer use it. */
const jspRootLexer: LexerDefinition = {
  name: 'JspRoot',
  aliases: [],
  tokens: {
    root: [
      [String.raw`<%\S?`, 'Keyword', 'sec'],
      // Pygments' FIXME: these would be keywords with their attributes lexed.
      [String.raw`</?jsp:(forward|getProperty|include|plugin|setProperty|useBean).*?>`, 'Keyword'],
      ['[^<]+', 'Other'],
      ['<', 'Other'],
    ],
    sec: [
      ['%>', 'Keyword', '#pop'],
      // `[\w\W]` is any character, newlines too (`.` is not, without DOTALL).
      [String.raw`[\w\W]+?(?=%>|\Z)`, using('java')],
    ],
  },
};

export const jspLexer = delegatingFactory('Java Server Page', ['jsp'], 'xml', jspRootLexer);
export const sspLexer = delegatingFactory('Scalate Server Page', ['ssp'], 'xml', jspRootLexer);
