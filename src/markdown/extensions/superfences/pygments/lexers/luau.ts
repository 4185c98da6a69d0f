/**
 * Pygments' LuauLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule, with its
 * options (`include_luau_builtins`, `include_roblox_builtins`, `additional_builtins`,
 * `disabled_builtins`) and its get_tokens_unprocessed, which splits dotted names at the longest
 * builtin prefix (`math.floor` -> `math` builtin, `.`, `floor`).
 *
 *     local n: number = math.floor(x)   ->   <kd>local</kd> <nv>n</nv><p>:</p> <nc>number</nc> <o>=</o> <nb>math</nb><p>.</p><nf>floor</nf>...
 */
import { bygroups, defaultState, include, words, type Lexer, type LexerFactory, type Rule, type Token } from '../regex-lexer.ts';
import { compileLexer, type LexerDefinition } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { booleanOption, listOption } from './options.ts';

/** LUAU_BUILTINS (pygments/lexers/_luau_builtins.py). */
const LUAU_BUILTINS = [
  'bit32', 'buffer', 'coroutine', 'debug', 'math', 'os', 'string', 'table', 'utf8',
];

/** ROBLOX_BUILTINS (pygments/lexers/_luau_builtins.py). */
const ROBLOX_BUILTINS = [
  'Axes', 'BrickColor', 'CFrame', 'CatalogSearchParams', 'Color3', 'ColorSequence', 'ColorSequenceKeypoint',
  'DateTime', 'DockWidgetPluginGuiInfo', 'Faces', 'FloatCurveKey', 'Font', 'Instance', 'NumberRange',
  'NumberSequence', 'NumberSequenceKeypoint', 'OverlapParams', 'PathWaypoint', 'PhysicalProperties',
  'RBXScriptConnection', 'RBXScriptSignal', 'Random', 'Ray', 'RaycastParams', 'RaycastResult', 'Rect', 'Region3',
  'Region3int16', 'SharedTable', 'TweenInfo', 'UDim', 'UDim2', 'Vector2', 'Vector2int16', 'Vector3',
  'Vector3int16', 'task',
];

const COMMENT_MULTILINE = String.raw`(?:--\[(?P<level>=*)\[[\w\W]*?\](?P=level)\])`;
const COMMENT_SINGLE = '(?:--.*$)';
const S = `(?:${COMMENT_MULTILINE}|${COMMENT_SINGLE}|${String.raw`\s+`})`;
// Lookahead-safe version: avoids catastrophic backtracking from [\w\W]*? inside the comment
// pattern combined with a `*` quantifier.
const S_LA = String.raw`\s`;
const P = 'Punctuation';

/** _luau_make_expression: literals and names; in `expression` each one pops. */
function expressionRules(shouldPop: boolean): Rule[] {
  const rules: Rule[] = [
    [String.raw`0[xX][\da-fA-F_]*`, 'Literal.Number.Hex', '#pop'],
    [String.raw`0[bB][\d_]*`, 'Literal.Number.Bin', '#pop'],
    [String.raw`\.?\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?[\d_]+)?`, 'Literal.Number.Float', '#pop'],
    [words(['true', 'false', 'nil'], '', String.raw`\b`), 'Keyword.Constant', '#pop'],
    [String.raw`\[(=*)\[[.\n]*?\]\1\]`, 'Literal.String', '#pop'],
    // `%s` is written, not formatted, in Pygments: the lookahead wants a literal `%`.
    [String.raw`(\.)([a-zA-Z_]\w*)(?=%s*[({"\'])`, bygroups(P, 'Name.Function'), '#pop'],
    [String.raw`(\.)([a-zA-Z_]\w*)`, bygroups(P, 'Name.Variable'), '#pop'],
    [String.raw`[a-zA-Z_]\w*(?:\.[a-zA-Z_]\w*)*(?=${S_LA}*[({"\'])`, 'Name.Other', '#pop'],
    [String.raw`[a-zA-Z_]\w*(?:\.[a-zA-Z_]\w*)*`, 'Name', '#pop'],
  ];
  return shouldPop ? rules : rules.map((rule) => ('include' in rule || 'default' in rule ? rule : [rule[0], rule[1]]));
}

/** _luau_make_expression_special: brackets, type annotations and strings. */
function expressionSpecialRules(shouldPop: boolean): Rule[] {
  const rules: ReadonlyArray<readonly [string, TokenType, readonly string[]]> = [
    [String.raw`\{`, P, ['#pop', 'closing_brace_base', 'expression']],
    [String.raw`\(`, P, ['#pop', 'closing_parenthesis_base', 'expression']],
    ['::?', P, ['#pop', 'type_end', 'type_start']],
    ["'", 'Literal.String.Single', ['#pop', 'string_single']],
    ['"', 'Literal.String.Double', ['#pop', 'string_double']],
    ['`', 'Literal.String.Backtick', ['#pop', 'string_interpolated']],
  ];
  return rules.map(([pattern, type, states]) => [pattern, type, shouldPop ? states : states.slice(1)]);
}

const luauDefinition: LexerDefinition = {
  name: 'Luau',
  aliases: ['luau'],
  tokens: {
    root: [
      ['#!.*', 'Comment.Hashbang', 'base'],
      defaultState('base'),
    ],
    ws: [
      [COMMENT_MULTILINE, 'Comment.Multiline'],
      [COMMENT_SINGLE, 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    base: [
      include('ws'),
      ...expressionSpecialRules(false),
      [String.raw`\.\.\.`, P],
      [String.raw`type\b(?=${S}+[a-zA-Z_])`, 'Keyword.Reserved', 'type_declaration'],
      [String.raw`export\b(?=${S}+[a-zA-Z_])`, 'Keyword.Reserved'],
      [String.raw`(?:\.\.|//|[+\-*\/%^<>=])=?`, 'Operator', 'expression'],
      ['~=', 'Operator', 'expression'],
      [words(['and', 'or', 'not'], '', String.raw`\b`), 'Operator.Word', 'expression'],
      [words(['elseif', 'for', 'if', 'in', 'repeat', 'return', 'until', 'while'], '', String.raw`\b`), 'Keyword.Reserved', 'expression'],
      [String.raw`local\b`, 'Keyword.Declaration', 'expression'],
      [String.raw`function\b`, 'Keyword.Reserved', ['expression', 'func_name']],
      [String.raw`[\])};]+`, P],
      include('expression_static'),
      ...expressionRules(false),
      [String.raw`[\[.,]`, P, 'expression'],
    ],
    expression_static: [
      [
        words(['break', 'continue', 'do', 'else', 'elseif', 'end', 'for', 'if', 'in', 'repeat', 'return', 'then', 'until', 'while'], '', String.raw`\b`),
        'Keyword.Reserved',
      ],
    ],
    expression: [
      include('ws'),
      [String.raw`if\b`, 'Keyword.Reserved', ['ternary', 'expression']],
      [String.raw`local\b`, 'Keyword.Declaration'],
      ...expressionSpecialRules(true),
      [String.raw`\.\.\.`, P, '#pop'],
      [String.raw`function\b`, 'Keyword.Reserved', 'func_name'],
      include('expression_static'),
      ...expressionRules(true),
      defaultState('#pop'),
    ],
    ternary: [
      include('ws'),
      [String.raw`else\b`, 'Keyword.Reserved', '#pop'],
      [words(['then', 'elseif'], '', String.raw`\b`), 'Operator.Reserved', 'expression'],
      defaultState('#pop'),
    ],
    closing_brace_pop: [[String.raw`\}`, P, '#pop']],
    closing_parenthesis_pop: [[String.raw`\)`, P, '#pop']],
    closing_gt_pop: [['>', P, '#pop']],
    closing_parenthesis_base: [include('closing_parenthesis_pop'), include('base')],
    closing_parenthesis_type: [include('closing_parenthesis_pop'), include('type')],
    closing_brace_base: [include('closing_brace_pop'), include('base')],
    closing_brace_type: [include('closing_brace_pop'), include('type')],
    closing_gt_type: [include('closing_gt_pop'), include('type')],
    string_escape: [
      [String.raw`\\z\s*`, 'Literal.String.Escape'],
      [String.raw`\\(?:[abfnrtvz\\"\'` + '`' + String.raw`\{\n])|[\r\n]{1,2}|x[\da-fA-F]{2}|\d{1,3}|` + String.raw`u\{\}[\da-fA-F]*\}`, 'Literal.String.Escape'],
    ],
    string_single: [
      include('string_escape'),
      ["'", 'Literal.String.Single', '#pop'],
      [String.raw`[^\\']+`, 'Literal.String.Single'],
    ],
    string_double: [
      include('string_escape'),
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
    ],
    string_interpolated: [
      include('string_escape'),
      [String.raw`\{`, P, ['closing_brace_base', 'expression']],
      ['`', 'Literal.String.Backtick', '#pop'],
      [String.raw`[^\\` + '`' + String.raw`\{]+`, 'Literal.String.Backtick'],
    ],
    func_name: [
      include('ws'),
      ['[.:]', P],
      [String.raw`[a-zA-Z_]\w*(?=${S_LA}*[.:])`, 'Name.Class'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Function'],
      ['<', P, 'closing_gt_type'],
      [String.raw`\(`, P, '#pop'],
    ],
    type: [
      include('ws'),
      [String.raw`\(`, P, 'closing_parenthesis_type'],
      [String.raw`\{`, P, 'closing_brace_type'],
      ['<', P, 'closing_gt_type'],
      ["'", 'Literal.String.Single', 'string_single'],
      ['"', 'Literal.String.Double', 'string_double'],
      [String.raw`[|&\.,\[\]:=]+`, P],
      ['->', P],
      [String.raw`typeof\(`, 'Name.Builtin', ['closing_parenthesis_base', 'expression']],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class'],
    ],
    type_start: [
      include('ws'),
      [String.raw`\(`, P, ['#pop', 'closing_parenthesis_type']],
      [String.raw`\{`, P, ['#pop', 'closing_brace_type']],
      ['<', P, ['#pop', 'closing_gt_type']],
      ["'", 'Literal.String.Single', ['#pop', 'string_single']],
      ['"', 'Literal.String.Double', ['#pop', 'string_double']],
      [String.raw`typeof\(`, 'Name.Builtin', ['#pop', 'closing_parenthesis_base', 'expression']],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    type_end: [
      include('ws'),
      [String.raw`[|&\.]`, P, 'type_start'],
      ['->', P, 'type_start'],
      ['<', P, 'closing_gt_type'],
      defaultState('#pop'),
    ],
    type_declaration: [
      include('ws'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class'],
      ['<', P, 'closing_gt_type'],
      ['=', P, ['#pop', 'type_end', 'type_start']],
    ],
  },
};

/** A `Name` (or `Name.Other`, a call) split at its longest builtin prefix, the rest as variables. */
function* splitName(builtins: ReadonlySet<string>, [index, type, value]: Token): Generator<Token> {
  const parts = value.split('.');
  const rest: string[] = [];
  let at = index;
  for (let position = parts.length; position > 0; position--) {
    const prefix = parts.slice(0, position).join('.');
    if (builtins.has(prefix)) {
      yield [index, 'Name.Builtin', prefix];
      at += prefix.length;
      if (rest.length > 0) {
        yield [at, P, '.'];
        at += 1;
      }
      break;
    }
    rest.unshift(parts[position - 1] ?? '');
  }
  for (const [position, part] of rest.entries()) {
    if (position + 1 === rest.length) {
      // Pygments yields the last part without moving on.
      yield [at, type === 'Name' ? 'Name.Variable' : 'Name.Function', part];
      continue;
    }
    yield [at, 'Name.Variable', part];
    at += part.length;
    yield [at, P, '.'];
    at += 1;
  }
}

function createLuau(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const additional = listOption(options['additional_builtins'], []);
  const builtins = new Set(additional);
  if (booleanOption(options['include_luau_builtins'], true)) for (const name of LUAU_BUILTINS) builtins.add(name);
  if (booleanOption(options['include_roblox_builtins'], false)) for (const name of ROBLOX_BUILTINS) builtins.add(name);
  for (const name of listOption(options['disabled_builtins'], [])) builtins.delete(name);
  const lexer = compileLexer(luauDefinition, byName);
  return {
    ...lexer,
    *tokensUnprocessed(text, stack) {
      for (const token of lexer.tokensUnprocessed(text, stack)) {
        if (token[1] === 'Name' || token[1] === 'Name.Other') yield* splitName(builtins, token);
        else yield token;
      }
    },
    withOptions: (more) => createLuau(byName, more),
  };
}

export const luauLexer: LexerFactory = {
  name: 'Luau',
  aliases: ['luau'],
  create: (byName) => createLuau(byName, {}),
};
