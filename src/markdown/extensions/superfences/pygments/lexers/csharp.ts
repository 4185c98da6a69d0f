/**
 * Pygments' CSharpLexer (pygments/lexers/dotnet.py, Pygments 2.20.0), rule for rule. A line that
 * starts with a type and a name before `(` is a method declaration; the `unicodelevel` option
 * (`none`, `basic`, `full`) picks which letters an identifier may hold.
 *
 *     public int Add(int a)   ->   <k>public</k><w> </w><kt>int</kt><w> </w><nf>Add</nf><p>(</p><kt>int</kt><w> </w><n>a</n><p>)</p>
 */
import { bygroups, compileLexer, defaultState, include, usingThis, words, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { choiceOption } from './options.ts';

/**
 * The identifier of each `unicodelevel`. Pygments builds `basic` and `full` from its unistring
 * tables of these Unicode categories; `full` is written there as "not any other category".
 * Those tables are Unicode 11's: a letter added since (or U+0295, since re-categorized) is one
 * here, as in the JavaScript lexer's identifiers. NemerleLexer (nemerle.ts) has the same levels.
 */
export const LEVELS = {
  none: String.raw`@?[_a-zA-Z]\w*`,
  basic: String.raw`@?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}][\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*`,
  full: String.raw`@?(?:_|[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}])[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*`,
} as const;
export type Level = keyof typeof LEVELS;
export const LEVEL_NAMES = ['none', 'basic', 'full'] as const satisfies readonly Level[];

const OPERATORS = [
  '>>>=', '>>=', '<<=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '??=', '=>', '??', '?.', '!=', '==',
  '&&', '||', '>>>', '>>', '<<', '++', '--', '+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '?', '!', '~', '=',
];

const KEYWORDS = [
  'abstract', 'as', 'async', 'await', 'base', 'break', 'by', 'case', 'catch', 'checked', 'const', 'continue', 'default',
  'delegate', 'do', 'else', 'enum', 'event', 'explicit', 'extern', 'false', 'finally', 'fixed', 'for', 'foreach',
  'goto', 'if', 'implicit', 'in', 'interface', 'internal', 'is', 'let', 'lock', 'new', 'null', 'on', 'operator',
  'out', 'override', 'params', 'private', 'protected', 'public', 'readonly', 'ref', 'return', 'sealed', 'sizeof',
  'stackalloc', 'static', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'unchecked', 'unsafe', 'virtual', 'void',
  'while', 'get', 'set', 'partial', 'yield', 'add', 'remove', 'value', 'alias', 'ascending', 'descending',
  'from', 'group', 'into', 'orderby', 'select', 'thenby', 'where', 'join', 'equals', 'record', 'allows',
  'and', 'init', 'managed', 'nameof', 'nint', 'not', 'notnull', 'nuint', 'or', 'scoped', 'unmanaged', 'when', 'with',
];

function definition(ident: string): LexerDefinition {
  return {
    name: 'C#',
    aliases: ['csharp', 'c#', 'cs'],
    flags: 'ms',
    tokens: {
      root: [
        include('numbers'),
        // method names: return type, method name, signature start
        [
          String.raw`^([ \t]*)((?:` + ident + String.raw`(?:\[\])?\s+)+?)(` + ident + String.raw`)(\s*)(\()`,
          bygroups('Text.Whitespace', usingThis(), 'Name.Function', 'Text.Whitespace', 'Punctuation'),
        ],
        [String.raw`^(\s*)(\[.*?\])`, bygroups('Text.Whitespace', 'Name.Attribute')],
        [String.raw`[^\S\n]+`, 'Text.Whitespace'],
        [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')], // line continuation
        [String.raw`//.*?\n`, 'Comment.Single'],
        ['/[*].*?[*]/', 'Comment.Multiline'],
        [String.raw`\n`, 'Text.Whitespace'],
        [words(OPERATORS), 'Operator'],
        ['=~|!=|==|<<|>>|[-+/*%=<>&^|]', 'Operator'],
        [String.raw`[()\[\];:,.]`, 'Punctuation'],
        ['[{}]', 'Punctuation'],
        ['@"(""|[^"])*"', 'Literal.String'],
        [String.raw`\$?"(\\\\|\\[^\\]|[^"\\\n])*["\n]`, 'Literal.String'],
        [String.raw`'\\.'|'[^\\]'`, 'Literal.String.Char'],
        [String.raw`[0-9]+(\.[0-9]*)?([eE][+-][0-9]+)?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?`, 'Literal.Number'],
        [
          String.raw`(#)([ \t]*)(if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma)\b(.*?)(\n)`,
          bygroups('Comment.Preproc', 'Text.Whitespace', 'Comment.Preproc', 'Comment.Preproc', 'Text.Whitespace'),
        ],
        [String.raw`\b(extern)(\s+)(alias)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
        [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
        // version 1: assumes that 'file' is the only contextual keyword that is a class modifier
        [String.raw`(file)(\s+)(record|class|abstract|enum|new|sealed|static)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
        ['(global)(::)', bygroups('Keyword', 'Punctuation')],
        [
          String.raw`(bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string|uint|ulong|ushort|var)\b\??`,
          'Keyword.Type',
        ],
        [String.raw`(class|struct)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'class'],
        [String.raw`(namespace|using)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'namespace'],
        [ident, 'Name'],
      ],
      numbers_int: [
        ['0[xX][0-9a-fA-F]+(([uU][lL]?)|[lL][uU]?)?', 'Literal.Number.Hex'],
        ['0[bB][01]+(([uU][lL]?)|[lL][uU]?)?', 'Literal.Number.Bin'],
        ['[0-9]+(([uU][lL]?)|[lL][uU]?)?', 'Literal.Number.Integer'],
      ],
      numbers_float: [
        [
          String.raw`([0-9]+\.[0-9]+([eE][+-]?[0-9]+)?[fFdDmM]?)|(\.[0-9]+([eE][+-]?[0-9]+)?[fFdDmM]?)|` +
            '([0-9]+([eE][+-]?[0-9]+)[fFdDmM]?)|([0-9]+[fFdDmM])',
          'Literal.Number.Float',
        ],
      ],
      numbers: [include('numbers_float'), include('numbers_int')],
      class: [
        [ident, 'Name.Class', '#pop'],
        defaultState('#pop'),
      ],
      namespace: [
        [String.raw`(?=\()`, 'Text', '#pop'], // using (resource)
        [`(${ident}|\\.)+`, 'Name.Namespace', '#pop'],
      ],
    },
  };
}

/** CSharpLexer with its `unicodelevel` option (get_choice_opt: another value is an error in Pygments). */
function createCSharpLexer(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const level = choiceOption(options['unicodelevel'], LEVEL_NAMES, 'basic');
  return { ...compileLexer(definition(LEVELS[level]), byName), withOptions: (given) => createCSharpLexer(byName, given) };
}

/** `csharp`, `c#`, `cs`: `var x = 0x1Fu;` -> `<kt>var</kt> <n>x</n> <o>=</o> <mh>0x1Fu</mh><p>;</p>`. */
export const csharpLexer: LexerFactory = {
  name: 'C#',
  aliases: ['csharp', 'c#', 'cs'],
  create: (byName) => createCSharpLexer(byName, {}),
};
