/**
 * Pygments' XmlSmartyLexer, CssSmartyLexer, JavascriptSmartyLexer, MakoXmlLexer, MakoCssLexer and
 * MakoJavascriptLexer (pygments/lexers/templates.py, Pygments 2.20.0): DelegatingLexers, the
 * Smarty or Mako tags lexed by SmartyLexer or MakoLexer, the text between them by the XML, CSS or
 * JavaScript lexer.
 *
 *     a { color: {$c}; }   ->   <nt>a</nt> <p>{</p> <nl>color</nl><p>:</p> <cp>{</cp><nv>$c</nv><cp>}</cp><p>;</p> <p>}</p>
 */
import { delegatingFactory } from './delegating-factory.ts';

export const xmlSmartyLexer = delegatingFactory('XML+Smarty', ['xml+smarty'], 'xml', 'smarty');
export const cssSmartyLexer = delegatingFactory('CSS+Smarty', ['css+smarty'], 'css', 'smarty');
export const javascriptSmartyLexer = delegatingFactory('JavaScript+Smarty', ['javascript+smarty', 'js+smarty'], 'javascript', 'smarty');
export const xmlMakoLexer = delegatingFactory('XML+Mako', ['xml+mako'], 'xml', 'mako');
export const cssMakoLexer = delegatingFactory('CSS+Mako', ['css+mako'], 'css', 'mako');
export const javascriptMakoLexer = delegatingFactory('JavaScript+Mako', ['javascript+mako', 'js+mako'], 'javascript', 'mako');
