/**
 * Pygments' SourcePawnLexer (pygments/lexers/pawn.py, Pygments 2.20), rule for rule: SourcePawn
 * with its preprocessor lines and `#if 0` blocks; with the `sourcemod` option (default on) a
 * `Name` that is a SourceMod type becomes `Keyword.Type`, a SourceMod function `Name.Builtin`.
 *
 *     public void OnPluginStart()   ->   <k>public</k> <n>void</n> <nb>OnPluginStart</nb><p>()</p>
 */
import { compileLexer, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { booleanOption } from './options.ts';
import { SOURCEMOD_FUNCTIONS } from './sourcepawn-words.ts';

/** SM_TYPES: SourceMod's types. */
const SM_TYPES: ReadonlySet<string> = new Set([
  'Action', 'bool', 'Float', 'Plugin', 'String', 'any', 'AdminFlag', 'OverrideType', 'OverrideRule', 'ImmunityType',
  'GroupId', 'AdminId', 'AdmAccessMode', 'AdminCachePart', 'CookieAccess', 'CookieMenu', 'CookieMenuAction', 'NetFlow',
  'ConVarBounds', 'QueryCookie', 'ReplySource', 'ConVarQueryResult', 'ConVarQueryFinished', 'Function', 'Identity',
  'PluginStatus', 'PluginInfo', 'DBResult', 'DBBindType', 'DBPriority', 'PropType', 'PropFieldType', 'MoveType',
  'RenderMode', 'RenderFx', 'EventHookMode', 'EventHook', 'FileType', 'FileTimeMode', 'PathType', 'ParamType',
  'ExecType', 'DialogType', 'Handle', 'KvDataTypes', 'NominateResult', 'MapChange', 'MenuStyle', 'MenuAction',
  'MenuSource', 'RegexError', 'SDKCallType', 'SDKLibrary', 'SDKFuncConfSource', 'SDKType', 'SDKPassMethod', 'RayType',
  'TraceEntityFilter', 'ListenOverride', 'SortOrder', 'SortType', 'SortFunc2D', 'APLRes', 'FeatureType',
  'FeatureStatus', 'SMCResult', 'SMCError', 'TFClassType', 'TFTeam', 'TFCond', 'TFResourceType', 'Timer',
  'TopMenuAction', 'TopMenuObject', 'TopMenuObjectType', 'TopMenuPosition', 'UserMsg',
]);
const FUNCTIONS: ReadonlySet<string> = new Set(SOURCEMOD_FUNCTIONS);

const sourcePawnDefinition: LexerDefinition = {
  name: 'SourcePawn',
  aliases: ['sp'],
  tokens: {
    root: [
      // preprocessor directives: without whitespace, then after a /* */ comment
      [String.raw`^#if\s+0`, 'Comment.Preproc', 'if0'],
      ['^#', 'Comment.Preproc', 'macro'],
      [String.raw`^\s*(?:/[*].*?[*]/\s*)*#if\s+0`, 'Comment.Preproc', 'if0'],
      [String.raw`^\s*(?:/[*].*?[*]/\s*)*#`, 'Comment.Preproc', 'macro'],
      [String.raw`\n`, 'Text'],
      [String.raw`\s+`, 'Text'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`/(\\\n)?/(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?\*(.|\n)*?\*(\\\n)?/`, 'Comment.Multiline'],
      ['[{}]', 'Punctuation'],
      ['L?"', 'Literal.String', 'string'],
      [String.raw`L?'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+[LlUu]*', 'Literal.Number.Hex'],
      ['0[0-7]+[LlUu]*', 'Literal.Number.Oct'],
      [String.raw`\d+[LlUu]*`, 'Literal.Number.Integer'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`[()\[\],.;]`, 'Punctuation'],
      [String.raw`(case|const|continue|native|default|else|enum|for|if|new|operator|public|return|sizeof|static|decl|struct|switch)\b`, 'Keyword'],
      [String.raw`(bool|Float)\b`, 'Keyword.Type'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
    macro: [
      [String.raw`[^/\n]+`, 'Comment.Preproc'],
      [String.raw`/\*(.|\n)*?\*/`, 'Comment.Multiline'],
      [String.raw`//.*?\n`, 'Comment.Single', '#pop'],
      ['/', 'Comment.Preproc'],
      [String.raw`(?<=\\)\n`, 'Comment.Preproc'],
      [String.raw`\n`, 'Comment.Preproc', '#pop'],
    ],
    if0: [
      [String.raw`^\s*#if.*?(?<!\\)\n`, 'Comment.Preproc', '#push'],
      [String.raw`^\s*#endif.*?(?<!\\)\n`, 'Comment.Preproc', '#pop'],
      [String.raw`.*?\n`, 'Comment'],
    ],
  },
};

/** SourcePawnLexer with its `sourcemod` option (get_bool_opt, default true). */
function createSourcePawnLexer(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const sourcemod = booleanOption(options['sourcemod'], true);
  const lexer = compileLexer(sourcePawnDefinition, byName);
  return {
    ...lexer,
    *tokensUnprocessed(text, stack) {
      for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) {
        if (type === 'Name' && sourcemod) {
          if (SM_TYPES.has(value)) yield [index, 'Keyword.Type', value];
          else yield [index, FUNCTIONS.has(value) ? 'Name.Builtin' : type, value];
        } else yield [index, type, value];
      }
    },
    withOptions: (given) => createSourcePawnLexer(byName, given),
  };
}

export const sourcePawnLexer: LexerFactory = {
  name: 'SourcePawn',
  aliases: ['sp'],
  create: (byName) => createSourcePawnLexer(byName, {}),
};
