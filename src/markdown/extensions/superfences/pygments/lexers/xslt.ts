/**
 * Pygments' XsltLexer (pygments/lexers/html.py, Pygments 2.20.0): XmlLexer's tokens, with the
 * tags of XSLT's own elements (`<xsl:template`, `</xsl:if>`) retyped as keywords.
 *
 *     <xsl:if test="x">   ->   <k>&lt;xsl:if</k><w> </w><na>test=</na><s>"x"</s><nt>&gt;</nt>
 */
import { retypingLexer, type LexerFactory } from '../regex-lexer.ts';
import { xmlLexer } from './xml.ts';

const EXTRA_KEYWORDS: ReadonlySet<string> = new Set(
  `apply-imports apply-templates attribute attribute-set call-template choose comment copy copy-of
decimal-format element fallback for-each if import include key message namespace-alias number otherwise
output param preserve-space processing-instruction sort strip-space stylesheet template text transform
value-of variable when with-param`.split(/\s+/),
);
/** `re.match('</?xsl:([^>]*)/?>?', value)`. */
const XSL_TAG = /^<\/?xsl:([^>]*)/;

export const xsltLexer: LexerFactory = retypingLexer({ ...xmlLexer, name: 'XSLT', aliases: ['xslt'] }, (type, value) => {
  if (type !== 'Name.Tag') return type;
  const element = XSL_TAG.exec(value)?.[1];
  return element !== undefined && EXTRA_KEYWORDS.has(element) ? 'Keyword' : type;
});
