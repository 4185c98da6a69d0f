/**
 * Pygments' PikeLexer (pygments/lexers/c_like.py, Pygments 2.20): CppLexer's states and its type
 * retyping, with Pike's keywords, types and operators first in `statements` (`inherit`) and its
 * own `classname` state.
 *
 *     mapping m = ([]);   ->   <kt>mapping</kt><w> </w><n>m</n><w> </w><o>=</o><w> </w><p>([]);</p>
 */
import { bygroups, words, type LexerFactory } from '../regex-lexer.ts';
import { cFamilyFactory } from './c-family.ts';
import { cppDefinition } from './cpp.ts';

const base = cppDefinition.tokens;

const KEYWORDS = [
  'catch', 'new', 'private', 'protected', 'public', 'gauge', 'throw', 'throws', 'class', 'interface', 'implement',
  'abstract', 'extends', 'from', 'this', 'super', 'constant', 'final', 'static', 'import', 'use', 'extern', 'inline',
  'proto', 'break', 'continue', 'if', 'else', 'for', 'while', 'do', 'switch', 'case', 'as', 'in', 'version', 'return',
  'true', 'false', 'null', '__VERSION__', '__MAJOR__', '__MINOR__', '__BUILD__', '__REAL_VERSION__', '__REAL_MAJOR__',
  '__REAL_MINOR__', '__REAL_BUILD__', '__DATE__', '__TIME__', '__FILE__', '__DIR__', '__LINE__', '__AUTO_BIGNUM__',
  '__NT__', '__PIKE__', '__amigaos__', '_Pragma', 'static_assert', 'defined', 'sscanf',
];

export const pikeLexer: LexerFactory = cFamilyFactory({
  ...cppDefinition,
  name: 'Pike',
  aliases: ['pike'],
  tokens: {
    ...base,
    statements: [
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(bool|int|long|float|short|double|char|string|object|void|mapping|array|multiset|program|function|lambda|mixed|[a-z_][a-z0-9_]*_t)\b`, 'Keyword.Type'],
      [String.raw`(class)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      ['[~!%^&*+=|?:<>/@-]', 'Operator'],
      ...(base['statements'] ?? []),
    ],
    classname: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
      // template specification
      [String.raw`\s*(?=>)`, 'Text.Whitespace', '#pop'],
    ],
  },
});
