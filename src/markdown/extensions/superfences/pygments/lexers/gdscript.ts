/**
 * Pygments' GDScriptLexer (pygments/lexers/gdscript.py, Pygments 2.20.0), rule for rule: Godot's
 * scripting language, with Python 2 style strings and numbers.
 *
 *     func _ready():   ->   <k>func</k> <nf>_ready</nf><p>():</p>
 */
import { bygroups, combined, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';
import { innerstringRules } from './python2.ts';

const W = 'Text.Whitespace';
const D = 'Literal.String.Double';
const S = 'Literal.String.Single';
const AFFIX = 'Literal.String.Affix';

const KEYWORDS = [
  'and', 'in', 'not', 'or', 'as', 'breakpoint', 'class', 'class_name', 'extends', 'is', 'func', 'setget',
  'signal', 'tool', 'const', 'enum', 'export', 'onready', 'static', 'var', 'break', 'continue', 'if', 'elif',
  'else', 'for', 'pass', 'return', 'match', 'while', 'remote', 'master', 'puppet', 'remotesync', 'mastersync',
  'puppetsync',
];

const BUILTINS = [
  'Color8', 'ColorN', 'abs', 'acos', 'asin', 'assert', 'atan', 'atan2', 'bytes2var', 'ceil', 'char', 'clamp',
  'convert', 'cos', 'cosh', 'db2linear', 'decimals', 'dectime', 'deg2rad', 'dict2inst', 'ease', 'exp', 'floor',
  'fmod', 'fposmod', 'funcref', 'hash', 'inst2dict', 'instance_from_id', 'is_inf', 'is_nan', 'lerp',
  'linear2db', 'load', 'log', 'max', 'min', 'nearest_po2', 'pow', 'preload', 'print', 'print_stack',
  'printerr', 'printraw', 'prints', 'printt', 'rad2deg', 'rand_range', 'rand_seed', 'randf', 'randi',
  'randomize', 'range', 'round', 'seed', 'sign', 'sin', 'sinh', 'sqrt', 'stepify', 'str', 'str2var', 'tan',
  'tan', 'tanh', 'type_exist', 'typeof', 'var2bytes', 'var2str', 'weakref', 'yield',
];

const TYPES = [
  'bool', 'int', 'float', 'String', 'NodePath', 'Vector2', 'Rect2', 'Transform2D', 'Vector3', 'Rect3', 'Plane',
  'Quat', 'Basis', 'Transform', 'Color', 'RID', 'Object', 'NodePath', 'Dictionary', 'Array', 'PackedByteArray',
  'PackedInt32Array', 'PackedInt64Array', 'PackedFloat32Array', 'PackedFloat64Array', 'PackedStringArray',
  'PackedVector2Array', 'PackedVector3Array', 'PackedColorArray', 'null', 'void',
];

export const gdscriptLexer: LexerDefinition = {
  name: 'GDScript',
  aliases: ['gdscript', 'gd'],
  tokens: {
    root: [
      [String.raw`\n`, W],
      [String.raw`^(\s*)([rRuUbB]{,2})("""(?:.|\n)*?""")`, bygroups(W, AFFIX, 'Literal.String.Doc')],
      [String.raw`^(\s*)([rRuUbB]{,2})('''(?:.|\n)*?''')`, bygroups(W, AFFIX, 'Literal.String.Doc')],
      [String.raw`[^\S\n]+`, W],
      ['#.*$', 'Comment.Single'],
      ['[]{}:(),;[]', 'Punctuation'],
      [String.raw`(\\)(\n)`, bygroups('Text', W)],
      [String.raw`\\`, 'Text'],
      [String.raw`(in|and|or|not)\b`, 'Operator.Word'],
      [String.raw`!=|==|<<|>>|&&|\+=|-=|\*=|/=|%=|&=|\|=|\|\||[-~+/*%=<>&^.!|$]`, 'Operator'],
      include('keywords'),
      [String.raw`(func)(\s+)`, bygroups('Keyword', W), 'funcname'],
      [String.raw`(class)(\s+)`, bygroups('Keyword', W), 'classname'],
      include('builtins'),
      ['([rR]|[uUbB][rR]|[rR][uUbB])(""")', bygroups(AFFIX, D), 'tdqs'],
      ["([rR]|[uUbB][rR]|[rR][uUbB])(''')", bygroups(AFFIX, S), 'tsqs'],
      ['([rR]|[uUbB][rR]|[rR][uUbB])(")', bygroups(AFFIX, D), 'dqs'],
      ["([rR]|[uUbB][rR]|[rR][uUbB])(')", bygroups(AFFIX, S), 'sqs'],
      ['([uUbB]?)(""")', bygroups(AFFIX, D), combined('stringescape', 'tdqs')],
      ["([uUbB]?)(''')", bygroups(AFFIX, S), combined('stringescape', 'tsqs')],
      ['([uUbB]?)(")', bygroups(AFFIX, D), combined('stringescape', 'dqs')],
      ["([uUbB]?)(')", bygroups(AFFIX, S), combined('stringescape', 'sqs')],
      include('name'),
      include('numbers'),
    ],
    keywords: [[words(KEYWORDS, '', String.raw`\b`), 'Keyword']],
    builtins: [
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`((?<!\.)(self|false|true)|(PI|TAU|NAN|INF))\b`, 'Name.Builtin.Pseudo'],
      [words(TYPES, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin.Type'],
    ],
    numbers: [
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+j?`, 'Literal.Number.Float'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+j?`, 'Literal.Number.Integer'],
    ],
    name: [[String.raw`[a-zA-Z_]\w*`, 'Name']],
    funcname: [[String.raw`[a-zA-Z_]\w*`, 'Name.Function', '#pop'], defaultState('#pop')],
    classname: [[String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop']],
    stringescape: [
      [String.raw`\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    'strings-single': innerstringRules(S),
    'strings-double': innerstringRules(D),
    dqs: [['"', D, '#pop'], [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'], include('strings-double')],
    sqs: [["'", S, '#pop'], [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'], include('strings-single')],
    tdqs: [['"""', D, '#pop'], include('strings-double'), [String.raw`\n`, W]],
    tsqs: [["'''", S, '#pop'], include('strings-single'), [String.raw`\n`, W]],
  },
};
