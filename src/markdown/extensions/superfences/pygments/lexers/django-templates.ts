/**
 * Pygments' XmlDjangoLexer, CssDjangoLexer, JavascriptDjangoLexer and SqlJinjaLexer
 * (pygments/lexers/templates.py, Pygments 2.20.0): DelegatingLexers. DjangoLexer lexes the
 * `{{ }}`, `{% %}` and `{# #}` tags; the text between them, its `Other` tokens put together, is
 * lexed by the XML, CSS, JavaScript or SQL lexer.
 *
 *     SELECT * FROM {{ ref('users') }}   ->   <k>SELECT</k> <o>*</o> <k>FROM</k> <cp>{{</cp> <nv>ref</nv><o>(</o><s1>'users'</s1><o>)</o> <cp>}}</cp>
 */
import { delegatingLexer } from '../delegation.ts';
import type { LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

/** A DelegatingLexer: Django's `Other` text lexed by the lexer registered as `root`. */
function djangoIn(name: string, aliases: readonly string[], root: string): LexerFactory {
  return {
    name,
    aliases,
    create: (byName) => delegatingLexer(name, byName(root) ?? textLexer(byName), byName('django') ?? textLexer(byName)),
  };
}

export const xmlDjangoLexer = djangoIn('XML+Django/Jinja', ['xml+django', 'xml+jinja'], 'xml');
export const cssDjangoLexer = djangoIn('CSS+Django/Jinja', ['css+django', 'css+jinja'], 'css');
export const javascriptDjangoLexer = djangoIn('JavaScript+Django/Jinja', ['javascript+django', 'js+django', 'javascript+jinja', 'js+jinja'], 'javascript');
export const sqlJinjaLexer = djangoIn('SQL+Jinja', ['sql+jinja'], 'sql');
