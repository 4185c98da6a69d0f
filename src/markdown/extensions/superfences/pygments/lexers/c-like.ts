/**
 * Pygments' CharmciLexer and ECLexer (pygments/lexers/c_like.py, Pygments 2.20.0): CppLexer and
 * CLexer with their own rules placed before the inherited ones (`inherit` last), and the C family's
 * type retyping.
 *
 *     mainmodule hello {   ->   <k>mainmodule</k><w> </w><n>hello</n><w> </w><p>{</p>
 *     class Form : Window   ->   <k>class</k><w> </w><n>Form</n><w> </w><o>:</o><w> </w><n>Window</n>
 */
import { bygroups, words, type LexerFactory } from '../regex-lexer.ts';
import { cFamilyFactory } from './c-family.ts';
import { cTokens } from './c.ts';
import { cppDefinition } from './cpp.ts';

export const charmciLexer: LexerFactory = cFamilyFactory({
  name: 'Charmci',
  aliases: ['charmci'],
  tokens: {
    ...cppDefinition.tokens,
    keywords: [
      [String.raw`(module)(\s+)`, bygroups('Keyword', 'Text'), 'classname'],
      [words(['mainmodule', 'mainchare', 'chare', 'array', 'group', 'nodegroup', 'message', 'conditional']), 'Keyword'],
      [
        words([
          'entry', 'aggregate', 'threaded', 'sync', 'exclusive', 'nokeep', 'notrace', 'immediate', 'expedited', 'inline',
          'local', 'python', 'accel', 'readwrite', 'writeonly', 'accelblock', 'memcritical', 'packed', 'varsize',
          'initproc', 'initnode', 'initcall', 'stacksize', 'createhere', 'createhome', 'reductiontarget', 'iget',
          'nocopy', 'mutable', 'migratable', 'readonly',
        ]),
        'Keyword',
      ],
      ...(cppDefinition.tokens['keywords'] ?? []),
    ],
  },
});

const c = cTokens();

export const ecLexer: LexerFactory = cFamilyFactory({
  name: 'eC',
  aliases: ['ec'],
  tokens: {
    ...c,
    statements: [
      [
        words([
          'virtual', 'class', 'private', 'public', 'property', 'import', 'delete', 'new', 'new0', 'renew', 'renew0',
          'define', 'get', 'set', 'remote', 'dllexport', 'dllimport', 'stdcall', 'subclass', '__on_register_module',
          'namespace', 'using', 'typed_object', 'any_object', 'incref', 'register', 'watch', 'stopwatching',
          'firewatchers', 'watchable', 'class_designer', 'class_fixed', 'class_no_expansion', 'isset',
          'class_default_property', 'property_category', 'class_data', 'class_property', 'thisclass', 'dbtable',
          'dbindex', 'database_open', 'dbfield',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      [words(['uint', 'uint16', 'uint32', 'uint64', 'bool', 'byte', 'unichar', 'int64'], '', String.raw`\b`), 'Keyword.Type'],
      // never reached: `class` is in the words above, as in Pygments
      [String.raw`(class)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [String.raw`(null|value|this)\b`, 'Name.Builtin'],
      ...(c['statements'] ?? []),
    ],
  },
});
