/**
 * Pygments' HtmlPhpLexer, XmlPhpLexer, CssPhpLexer and JavascriptPhpLexer
 * (pygments/lexers/templates.py, Pygments 2.20.0): DelegatingLexers. PhpLexer (not started
 * inline) lexes the `<?php ... ?>` parts; the text around them, its `Other` tokens put together,
 * is lexed by the HTML, XML, CSS or JavaScript lexer.
 *
 *     <b><?= $name ?></b>   ->   <p><</p><nt>b</nt><p>></p><cp><?=</cp> <nv>$name</nv> <cp>?></cp><p></</p><nt>b</nt><p>></p>
 */
import { delegatingLexer } from '../delegation.ts';
import type { LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

/** A DelegatingLexer: PHP's `Other` text lexed by the lexer registered as `root`. */
function phpIn(name: string, aliases: readonly string[], root: string): LexerFactory {
  return {
    name,
    aliases,
    create: (byName) => delegatingLexer(name, byName(root) ?? textLexer(byName), byName('php') ?? textLexer(byName)),
  };
}

export const htmlPhpLexer = phpIn('HTML+PHP', ['html+php'], 'html');
export const xmlPhpLexer = phpIn('XML+PHP', ['xml+php'], 'xml');
export const cssPhpLexer = phpIn('CSS+PHP', ['css+php'], 'css');
export const javascriptPhpLexer = phpIn('JavaScript+PHP', ['javascript+php', 'js+php'], 'javascript');
