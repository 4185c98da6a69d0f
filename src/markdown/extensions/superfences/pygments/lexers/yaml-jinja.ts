/**
 * Pygments' YamlJinjaLexer (pygments/lexers/templates.py, Pygments 2.20.0): a DelegatingLexer, as
 * Salt states are written. DjangoLexer lexes the Jinja tags; the text between them (its `Other`
 * tokens), put together, is lexed by YamlLexer.
 *
 *     pkg: {{ name }}   ->   <nt>pkg</nt><p>:</p><w> </w><cp>{{</cp><w> </w><nv>name</nv><w> </w><cp>}}</cp>
 */
import { delegatingLexer } from '../delegation.ts';
import type { LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

export const yamlJinjaLexer: LexerFactory = {
  name: 'YAML+Jinja',
  aliases: ['yaml+jinja', 'salt', 'sls'],
  create(byName) {
    // Both are ported; plain text is only what an unregistered name would give.
    return delegatingLexer('YAML+Jinja', byName('yaml') ?? textLexer(byName), byName('django') ?? textLexer(byName));
  },
};
