/**
 * Pygments' MoonScriptLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule. It is
 * a LuaLexer subclass: its tokens go through LuaLexer's builtin pass (and its options), then a
 * `.` is an Operator instead of Punctuation.
 *
 *     x = (a) -> a.b   ->   <n>x</n><w> </w><o>=</o><w> </w><kt>(</kt><n>a</n><kt>)</kt><w> </w><nf>-&gt;</nf>...
 */
import { combined, defaultState, include, words, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { createLuaLexer, LUA_ALL_BUILTINS, type LuaOptions } from './lua.ts';

const KEYWORDS = [
  'class', 'extends', 'if', 'then', 'super', 'do', 'with', 'import', 'export', 'while', 'elseif', 'return', 'for',
  'in', 'from', 'when', 'using', 'else', 'and', 'or', 'not', 'switch', 'break',
];

const definition: LexerDefinition = {
  name: 'MoonScript',
  aliases: ['moonscript', 'moon'],
  tokens: {
    root: [
      ['#!(.*?)$', 'Comment.Preproc'],
      defaultState('base'),
    ],
    base: [
      ['--.*$', 'Comment.Single'],
      [String.raw`(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`(?i)\d+e[+-]?\d+`, 'Literal.Number.Float'],
      ['(?i)0x[0-9a-f]*', 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`(?s)\[(=*)\[.*?\]\1\]`, 'Literal.String'],
      ['(->|=>)', 'Name.Function'],
      [String.raw`:[a-zA-Z_]\w*`, 'Name.Variable'],
      [String.raw`(==|!=|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#!.\\:])`, 'Operator'],
      ['[;,]', 'Punctuation'],
      [String.raw`[\[\]{}()]`, 'Keyword.Type'],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Variable'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(true|false|nil)\b`, 'Keyword.Constant'],
      [String.raw`(and|or|not)\b`, 'Operator.Word'],
      [String.raw`(self)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`@@?([a-zA-Z_]\w*)?`, 'Name.Variable.Class'],
      [String.raw`[A-Z]\w*`, 'Name.Class'],
      [words(LUA_ALL_BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`[A-Za-z_]\w*`, 'Name'],
      [String.raw`'`, 'Literal.String.Single', combined('stringescape', 'sqs')],
      ['"', 'Literal.String.Double', combined('stringescape', 'dqs')],
    ],
    stringescape: [
      [String.raw`\\([abfnrtv\\"']|\d{1,3})`, 'Literal.String.Escape'],
    ],
    strings: [
      [String.raw`[^#\\\'"]+`, 'Literal.String'],
    ],
    interpoling_string: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('base'),
    ],
    dqs: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\.|\'`, 'Literal.String'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpoling_string'],
      ['#', 'Literal.String'],
      include('strings'),
    ],
    sqs: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`#|\\.|"`, 'Literal.String'],
      include('strings'),
    ],
  },
};

function createMoonScriptLexer(byName: (alias: string) => Lexer | undefined, options: LuaOptions): Lexer {
  const lua = createLuaLexer(byName, options, definition);
  return {
    ...lua,
    *tokensUnprocessed(text, stack) {
      for (const [index, type, value] of lua.tokensUnprocessed(text, stack)) {
        yield [index, type === 'Punctuation' && value === '.' ? 'Operator' : type, value];
      }
    },
    withOptions: (given) => createMoonScriptLexer(byName, given),
  };
}

/** `moonscript`: LuaLexer's options (`func_name_highlighting`, `disabled_modules`) apply. */
export const moonScriptLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create: (byName) => createMoonScriptLexer(byName, {}),
};
