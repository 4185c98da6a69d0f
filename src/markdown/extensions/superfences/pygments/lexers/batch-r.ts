/**
 * Batch R's lexers, for `index.ts`: Pygments lexers that derive from or delegate to lexers ported
 * before (the Smarty, Mako, Genshi, Cheetah... template families, ANTLR's targets, Ragel's hosts).
 * Kept in one list here so that `index.ts` only spreads it.
 *
 *     BATCH_R_FACTORIES.find((factory) => factory.name === 'CSS+Smarty')
 */
import {
  antlrActionScriptLexer, antlrCppLexer, antlrCSharpLexer, antlrJavaLexer, antlrObjectiveCLexer, antlrPerlLexer, antlrPythonLexer, antlrRubyLexer,
} from './antlr-targets.ts';
import { angular2HtmlLexer, angular2Lexer } from './angular2.ts';
import { csharpAspxLexer, vbnetAspxLexer } from './aspx.ts';
import { jspLexer, sspLexer } from './jsp.ts';
import { cheetahHtmlLexer, cheetahJavascriptLexer, cheetahLexer, cheetahXmlLexer } from './cheetah.ts';
import { cssGenshiLexer, genshiLexer, genshiTextLexer, htmlGenshiLexer, javascriptGenshiLexer } from './genshi.ts';
import { masonLexer, myghtyCssLexer, myghtyHtmlLexer, myghtyJavascriptLexer, myghtyLexer, myghtyXmlLexer } from './myghty.ts';
import { velocityHtmlLexer, velocityLexer, velocityXmlLexer } from './velocity.ts';
import { evoqueHtmlLexer, evoqueLexer, evoqueXmlLexer } from './evoque.ts';
import { lassoCssLexer, lassoHtmlLexer, lassoJavascriptLexer, lassoLexer, lassoXmlLexer } from './lasso.ts';
import {
  ragelCLexer, ragelCppLexer, ragelDLexer, ragelEmbeddedLexer, ragelJavaLexer, ragelLexer, ragelObjectiveCLexer, ragelRubyLexer,
} from './ragel.ts';
import { cssUl4Lexer, htmlUl4Lexer, javascriptUl4Lexer, pythonUl4Lexer, ul4Lexer, xmlUl4Lexer } from './ul4.ts';
import { mozPreprocCssLexer, mozPreprocHashLexer, mozPreprocJavascriptLexer, mozPreprocPercentLexer, mozPreprocXulLexer } from './mozpreproc.ts';
import { cryptolLexer } from './cryptol.ts';
import { literateAgdaLexer, literateCryptolLexer, literateIdrisLexer } from './literate.ts';
import { teaTemplateLexer } from './tea.ts';
import { coldfusionCfcLexer, coldfusionHtmlLexer, coldfusionLexer } from './coldfusion.ts';
import { typoScriptCssDataLexer, typoScriptHtmlDataLexer, typoScriptLexer } from './typoscript.ts';
import { compileExtendedLexer } from '../extended-lexer.ts';
import type { LexerDefinition, LexerFactory } from '../regex-lexer.ts';
import { scamlLexer, slimLexer } from './scaml-slim.ts';
import { cssMakoLexer, cssSmartyLexer, javascriptMakoLexer, javascriptSmartyLexer, xmlMakoLexer, xmlSmartyLexer } from './smarty-mako-variants.ts';

/** Rule tables. */
export const BATCH_R_DEFINITIONS: readonly LexerDefinition[] = [
  angular2Lexer,
  genshiTextLexer,
  cheetahLexer,
  myghtyLexer,
  masonLexer,
  velocityLexer,
  evoqueLexer,
  ragelLexer,
  ragelEmbeddedLexer,
  ul4Lexer,
  mozPreprocHashLexer,
  mozPreprocPercentLexer,
  coldfusionLexer,
  typoScriptCssDataLexer,
  typoScriptHtmlDataLexer,
  typoScriptLexer,
];

/** DelegatingLexers, subclasses with passes of their own, ExtendedRegexLexers. */
export const BATCH_R_FACTORIES: readonly LexerFactory[] = [
  xmlSmartyLexer,
  cssSmartyLexer,
  javascriptSmartyLexer,
  xmlMakoLexer,
  cssMakoLexer,
  javascriptMakoLexer,
  antlrActionScriptLexer,
  antlrCSharpLexer,
  antlrCppLexer,
  antlrJavaLexer,
  antlrObjectiveCLexer,
  antlrPerlLexer,
  antlrPythonLexer,
  antlrRubyLexer,
  angular2HtmlLexer,
  jspLexer,
  csharpAspxLexer,
  vbnetAspxLexer,
  genshiLexer,
  htmlGenshiLexer,
  cssGenshiLexer,
  javascriptGenshiLexer,
  cheetahHtmlLexer,
  cheetahXmlLexer,
  cheetahJavascriptLexer,
  myghtyHtmlLexer,
  myghtyXmlLexer,
  myghtyJavascriptLexer,
  myghtyCssLexer,
  velocityHtmlLexer,
  velocityXmlLexer,
  evoqueHtmlLexer,
  evoqueXmlLexer,
  lassoLexer,
  lassoHtmlLexer,
  lassoXmlLexer,
  lassoCssLexer,
  lassoJavascriptLexer,
  ragelRubyLexer,
  ragelCLexer,
  ragelDLexer,
  ragelCppLexer,
  ragelObjectiveCLexer,
  ragelJavaLexer,
  htmlUl4Lexer,
  xmlUl4Lexer,
  cssUl4Lexer,
  javascriptUl4Lexer,
  pythonUl4Lexer,
  mozPreprocXulLexer,
  mozPreprocJavascriptLexer,
  mozPreprocCssLexer,
  cryptolLexer,
  literateIdrisLexer,
  literateAgdaLexer,
  literateCryptolLexer,
  teaTemplateLexer,
  sspLexer,
  coldfusionHtmlLexer,
  coldfusionCfcLexer,
  // ExtendedRegexLexers on SassLexer's indentation callbacks, like Haml
  ...[scamlLexer, slimLexer].map((definition): LexerFactory => ({
    name: definition.name,
    aliases: definition.aliases,
    create: (byName) => compileExtendedLexer(definition, byName),
  })),
];
