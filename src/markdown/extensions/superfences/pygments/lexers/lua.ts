/**
 * Pygments' LuaLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule. Long
 * brackets `[==[ ... ]==]` make strings and `--[[ ]]` comments; a name before `.` or `:` starts a
 * field path; a built-in (`string.format`) is `Name.Builtin` unless its module is disabled.
 *
 *     local s = string.format("%d", n)   ->   <kd>local</kd><w> </w><nv>s</nv><w> </w><o>=</o><w> </w><nb>string.format</nb><p>(</p><s2>"%d"</s2><p>,</p><w> </w><nv>n</nv><p>)</p>
 */
import { combined, compileLexer, defaultState, include, words, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { LUA_BUILTIN_MODULES } from './lua-builtins.ts';
import { booleanOption, listOption } from './options.ts';

const COMMENT_MULTILINE = String.raw`(?:--\[(?P<level>=*)\[[\w\W]*?\](?P=level)\])`;
const COMMENT_SINGLE = '(?:--.*$)';
const SPACE = String.raw`(?:\s+(?!\s))`;
// Pygments looks ahead over whitespace only (its comment-aware `_s` backtracked badly there).
const S_LA = String.raw`\s`;
const NAME = String.raw`(?:[^\W\d]\w*)`;

/** Every built-in name, module by module (MoonScript's builtins are the same list). */
export const LUA_ALL_BUILTINS = LUA_BUILTIN_MODULES.flatMap(([, names]) => names.split(' '));

const definition: LexerDefinition = {
  name: 'Lua',
  aliases: ['lua'],
  tokens: {
    root: [
      // Lua allows a file to start with a shebang.
      ['#!.*', 'Comment.Preproc'],
      defaultState('base'),
    ],
    ws: [
      [COMMENT_MULTILINE, 'Comment.Multiline'],
      [COMMENT_SINGLE, 'Comment.Single'],
      [SPACE, 'Text.Whitespace'],
    ],
    base: [
      include('ws'),
      [String.raw`(?i)0x[\da-f]*(\.[\da-f]*)?(p[+-]?\d+)?`, 'Literal.Number.Hex'],
      [String.raw`(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`(?i)\d+e[+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      // multiline strings
      [String.raw`(?s)\[(=*)\[.*?\]\1\]`, 'Literal.String'],
      ['::', 'Punctuation', 'label'],
      [String.raw`\.{3}`, 'Punctuation'],
      [String.raw`[=<>|~&+\-*/%#^]+|\.\.`, 'Operator'],
      [String.raw`[\[\]{}().,:;]+`, 'Punctuation'],
      [String.raw`(and|or|not)\b`, 'Operator.Word'],
      [
        words(['break', 'do', 'else', 'elseif', 'end', 'for', 'if', 'in', 'repeat', 'return', 'then', 'until', 'while'], '', String.raw`\b`),
        'Keyword.Reserved',
      ],
      [String.raw`goto\b`, 'Keyword.Reserved', 'goto'],
      [String.raw`(local)\b`, 'Keyword.Declaration'],
      [String.raw`(true|false|nil)\b`, 'Keyword.Constant'],
      [String.raw`(function)\b`, 'Keyword.Reserved', 'funcname'],
      [words(LUA_ALL_BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`[A-Za-z_]\w*(?=${S_LA}*[.:])`, 'Name.Variable', 'varname'],
      [String.raw`[A-Za-z_]\w*(?=${S_LA}*\()`, 'Name.Function'],
      [String.raw`[A-Za-z_]\w*`, 'Name.Variable'],
      ["'", 'Literal.String.Single', combined('stringescape', 'sqs')],
      ['"', 'Literal.String.Double', combined('stringescape', 'dqs')],
    ],
    varname: [
      include('ws'),
      [String.raw`\.\.`, 'Operator', '#pop'],
      ['[.:]', 'Punctuation'],
      [`${NAME}(?=${S_LA}*[.:])`, 'Name.Property'],
      [String.raw`${NAME}(?=${S_LA}*\()`, 'Name.Function', '#pop'],
      [NAME, 'Name.Property', '#pop'],
    ],
    funcname: [
      include('ws'),
      ['[.:]', 'Punctuation'],
      [`${NAME}(?=${S_LA}*[.:])`, 'Name.Class'],
      [NAME, 'Name.Function', '#pop'],
      // inline function
      [String.raw`\(`, 'Punctuation', '#pop'],
    ],
    goto: [
      include('ws'),
      [NAME, 'Name.Label', '#pop'],
    ],
    label: [
      include('ws'),
      ['::', 'Punctuation', '#pop'],
      [NAME, 'Name.Label'],
    ],
    stringescape: [
      [String.raw`\\([abfnrtv\\"']|[\r\n]{1,2}|z\s*|x[0-9a-fA-F]{2}|\d{1,3}|u\{[0-9a-fA-F]+\})`, 'Literal.String.Escape'],
    ],
    sqs: [
      ["'", 'Literal.String.Single', '#pop'],
      [String.raw`[^\\']+`, 'Literal.String.Single'],
    ],
    dqs: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
    ],
  },
};

/** The lexer options LuaLexer reads (get_bool_opt / get_list_opt). */
export interface LuaOptions {
  readonly func_name_highlighting?: unknown;
  readonly disabled_modules?: unknown;
}

/**
 * LuaLexer with its options: a built-in name whose module is disabled (or all of them, without
 * `func_name_highlighting`) is a plain `Name`, `a.b` split into `Name`, `Punctuation`, `Name`.
 */
export function createLuaLexer(byName: (alias: string) => Lexer | undefined, options: LuaOptions, rules: LexerDefinition = definition): Lexer {
  // `rules`: a subclass's table (MoonScriptLexer runs LuaLexer.get_tokens_unprocessed on its own rules).
  const lexer = compileLexer(rules, byName);
  const disabled = listOption(options.disabled_modules, []);
  const functions = new Set<string>();
  if (booleanOption(options.func_name_highlighting, true)) {
    for (const [module, names] of LUA_BUILTIN_MODULES) if (!disabled.includes(module)) for (const name of names.split(' ')) functions.add(name);
  }
  return {
    ...lexer,
    *tokensUnprocessed(text, stack) {
      for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) {
        if (type !== 'Name.Builtin' || functions.has(value)) {
          yield [index, type, value];
          continue;
        }
        const dot = value.indexOf('.');
        if (dot === -1) {
          yield [index, 'Name', value];
          continue;
        }
        yield [index, 'Name', value.slice(0, dot)];
        yield [index + dot, 'Punctuation', '.'];
        yield [index + dot + 1, 'Name', value.slice(dot + 1)];
      }
    },
    withOptions: (given) => createLuaLexer(byName, given, rules),
  };
}

/** `lua`: `print(#t)` -> `<nb>print</nb><p>(</p><o>#</o><nv>t</nv><p>)</p>`. */
export const luaLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create: (byName) => createLuaLexer(byName, {}),
};
