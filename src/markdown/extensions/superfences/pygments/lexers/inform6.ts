/**
 * Pygments' Inform6Lexer (pygments/lexers/int_fiction.py, Pygments 2.20.0), rule for rule: Inform 6
 * interactive fiction. Its get_tokens_unprocessed decides afterwards whether `in` after a
 * variable is the `objectloop (x in y)` keyword (a `)` two tokens on) or the operator.
 *
 *     objectloop (x in Room) print (name) x;
 *     ->   <k>objectloop</k> <p>(</p><nv>x</nv> <k>in</k> <nv>Room</nv><p>)</p> <k>print</k> ...
 */
import { bygroups, defaultState, include, words, compileLexer, type LexerDefinition, type LexerFactory, type Token } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

/** Veneer routines: Name.Builtin. */
const VENEER_ROUTINES: readonly string[] = [
  'Box__Routine', 'CA__Pr', 'CDefArt', 'CInDefArt', 'Cl__Ms', 'Copy__Primitive', 'CP__Tab', 'DA__Pr', 'DB__Pr',
  'DefArt', 'Dynam__String', 'EnglishNumber', 'Glk__Wrap', 'IA__Pr', 'IB__Pr', 'InDefArt', 'Main__', 'Meta__class',
  'OB__Move', 'OB__Remove', 'OC__Cl', 'OP__Pr', 'Print__Addr', 'Print__PName', 'PrintShortName', 'RA__Pr', 'RA__Sc',
  'RL__Pr', 'R_Process', 'RT__ChG', 'RT__ChGt', 'RT__ChLDB', 'RT__ChLDW', 'RT__ChPR', 'RT__ChPrintA', 'RT__ChPrintC',
  'RT__ChPrintO', 'RT__ChPrintS', 'RT__ChPS', 'RT__ChR', 'RT__ChSTB', 'RT__ChSTW', 'RT__ChT', 'RT__Err', 'RT__TrPS',
  'RV__Pr', 'Symb__Tab', 'Unsigned__Compare', 'WV__Pr', 'Z__Region',
];

/** Other built-in symbols: Name.Builtin. */
const OTHER_BUILTINS: readonly string[] = [
  'call', 'copy', 'create', 'DEBUG', 'destroy', 'DICT_CHAR_SIZE', 'DICT_ENTRY_BYTES', 'DICT_IS_UNICODE',
  'DICT_WORD_SIZE', 'DOUBLE_HI_INFINITY', 'DOUBLE_HI_NAN', 'DOUBLE_HI_NINFINITY', 'DOUBLE_LO_INFINITY',
  'DOUBLE_LO_NAN', 'DOUBLE_LO_NINFINITY', 'false', 'FLOAT_INFINITY', 'FLOAT_NAN', 'FLOAT_NINFINITY',
  'GOBJFIELD_CHAIN', 'GOBJFIELD_CHILD', 'GOBJFIELD_NAME', 'GOBJFIELD_PARENT', 'GOBJFIELD_PROPTAB',
  'GOBJFIELD_SIBLING', 'GOBJ_EXT_START', 'GOBJ_TOTAL_LENGTH', 'Grammar__Version', 'INDIV_PROP_START', 'INFIX',
  'infix__watching', 'MODULE_MODE', 'name', 'nothing', 'NUM_ATTR_BYTES', 'print', 'print_to_array', 'recreate',
  'remaining', 'self', 'sender', 'STRICT_MODE', 'sw__var', 'sys__glob0', 'sys__glob1', 'sys__glob2',
  'sys_statusline_flag', 'TARGET_GLULX', 'TARGET_ZCODE', 'temp__global2', 'temp__global3', 'temp__global4',
  'temp_global', 'true', 'USE_MODULES', 'WORDSIZE',
];

/** Words a directive may hold: Keyword. */
const DIRECTIVE_KEYWORDS: readonly string[] = [
  'additive', 'alias', 'buffer', 'class', 'creature', 'data', 'error', 'fatalerror', 'first', 'has', 'held',
  'individual', 'initial', 'initstr', 'last', 'long', 'meta', 'multi', 'multiexcept', 'multiheld', 'multiinside',
  'noun', 'number', 'only', 'private', 'replace', 'reverse', 'scope', 'score', 'special', 'string', 'table',
  'terminating', 'time', 'topic', 'warning', 'with',
];

export const inform6Rules: LexerDefinition = {
  name: 'Inform 6',
  aliases: ['inform6', 'i6'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`\A(!%[^\n\u0085\u2028\u2029]*[\n\u0085\u2028\u2029])+`, 'Comment.Preproc', 'directive'],
      defaultState('directive'),
    ],
    _whitespace: [
      [String.raw`\s+`, 'Text'],
      [String.raw`![^\n\u0085\u2028\u2029]*`, 'Comment.Single'],
    ],
    default: [
      include('_whitespace'),
      [String.raw`\[`, 'Punctuation', 'many-values'],
      [String.raw`:|(?=;)`, 'Punctuation', '#pop'],
      [String.raw`<`, 'Punctuation'],
      defaultState(['expression', '_expression']),
    ],
    _expression: [
      include('_whitespace'),
      [String.raw`(?=sp\b)`, 'Text', '#pop'],
      [String.raw`(?=["\u201c\u201d'\u2018\u2019$0-9#a-zA-Z_])`, 'Text', ['#pop', 'value']],
      [String.raw`\+\+|[\-\u2010-\u2014]{1,2}(?!>)|~~?`, 'Operator'],
      [String.raw`(?=[()\[\-\u2010-\u2014,?@{:;])`, 'Text', '#pop'],
    ],
    expression: [
      include('_whitespace'),
      [String.raw`\(`, 'Punctuation', ['expression', '_expression']],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`\[`, 'Punctuation', ['#pop', 'statements', 'locals']],
      [String.raw`>(?=(\s+|(![^\n\u0085\u2028\u2029]*))*[>;])`, 'Punctuation'],
      [String.raw`\+\+|[\-\u2010-\u2014]{2}(?!>)`, 'Operator'],
      [String.raw`,`, 'Punctuation', '_expression'],
      [String.raw`&&?|\|\|?|[=~><]?=|[\-\u2010-\u2014]{1,2}>?|\.\.?[&#]?|::|[<>+*/%]`, 'Operator', '_expression'],
      [String.raw`(has|hasnt|in|notin|ofclass|or|provides)\b`, 'Operator.Word', '_expression'],
      [String.raw`sp\b`, 'Name'],
      [String.raw`\?~?`, 'Name.Label', 'label?'],
      [String.raw`[@{]`, 'Error'],
      defaultState('#pop'),
    ],
    '_assembly-expression': [
      [String.raw`\(`, 'Punctuation', ['#push', '_expression']],
      [String.raw`[\[\]]`, 'Punctuation'],
      [String.raw`[\-\u2010-\u2014]>`, 'Punctuation', '_expression'],
      [String.raw`sp\b`, 'Keyword.Pseudo'],
      [String.raw`;`, 'Punctuation', '#pop:3'],
      include('expression'),
    ],
    '_for-expression': [
      [String.raw`\)`, 'Punctuation', '#pop:2'],
      [String.raw`:`, 'Punctuation', '#pop'],
      include('expression'),
    ],
    '_keyword-expression': [
      [String.raw`(from|near|to)\b`, 'Keyword', '_expression'],
      include('expression'),
    ],
    '_list-expression': [
      [String.raw`,`, 'Punctuation', '#pop'],
      include('expression'),
    ],
    '_object-expression': [
      [String.raw`has\b`, 'Keyword.Declaration', '#pop'],
      include('_list-expression'),
    ],
    value: [
      include('_whitespace'),
      [String.raw`['\u2018\u2019][^@]['\u2018\u2019]`, 'Literal.String.Char', '#pop'],
      [String.raw`(['\u2018\u2019])(@\{[0-9a-fA-F]*\})(['\u2018\u2019])`, bygroups('Literal.String.Char', 'Literal.String.Escape', 'Literal.String.Char'), '#pop'],
      [String.raw`(['\u2018\u2019])(@.{2})(['\u2018\u2019])`, bygroups('Literal.String.Char', 'Literal.String.Escape', 'Literal.String.Char'), '#pop'],
      [String.raw`['\u2018\u2019]`, 'Literal.String.Single', ['#pop', 'dictionary-word']],
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', ['#pop', 'string']],
      [String.raw`\$[<>]?[+\-\u2010-\u2014][0-9]*\.?[0-9]*([eE][+\-\u2010-\u2014]?[0-9]+)?`, 'Literal.Number.Float', '#pop'],
      [String.raw`\$[0-9a-fA-F]+`, 'Literal.Number.Hex', '#pop'],
      [String.raw`\$\$[01]+`, 'Literal.Number.Bin', '#pop'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer', '#pop'],
      [String.raw`(##|#a\$)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name'), '#pop'],
      [String.raw`(#g\$)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Variable.Global'), '#pop'],
      [String.raw`#[nw]\$`, 'Operator', ['#pop', 'obsolete-dictionary-word']],
      [String.raw`(#r\$)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Function'), '#pop'],
      [String.raw`#`, 'Name.Builtin', ['#pop', 'system-constant']],
      [words(['child', 'children', 'elder', 'eldest', 'glk', 'indirect', 'metaclass', 'parent', 'random', 'sibling', 'younger', 'youngest'], '', String.raw`\b`), 'Name.Builtin', '#pop'],
      [String.raw`(?i)(Class|Object|Routine|String)\b`, 'Name.Builtin', '#pop'],
      [words(VENEER_ROUTINES, String.raw`(?i)`, String.raw`\b`), 'Name.Builtin', '#pop'],
      [words(OTHER_BUILTINS, String.raw`(?i)`, String.raw`\b`), 'Name.Builtin', '#pop'],
      [String.raw`[a-zA-Z_]\w*`, 'Name', '#pop'],
    ],
    'value?': [
      include('value'),
      defaultState('#pop'),
    ],
    'dictionary-word': [
      [String.raw`[~^]+|//[^'\u2018\u2019]*`, 'Literal.String.Escape'],
      [String.raw`[^~^/\\@({'\u2018\u2019]+`, 'Literal.String.Single'],
      [String.raw`[/({]`, 'Literal.String.Single'],
      [String.raw`@\{[0-9a-fA-F]*\}`, 'Literal.String.Escape'],
      [String.raw`@.{2}`, 'Literal.String.Escape'],
      [String.raw`['\u2018\u2019]`, 'Literal.String.Single', '#pop'],
    ],
    string: [
      [String.raw`[~^]+`, 'Literal.String.Escape'],
      [String.raw`[^~^\\@({"\u201c\u201d]+`, 'Literal.String.Double'],
      [String.raw`[({]`, 'Literal.String.Double'],
      [String.raw`\\`, 'Literal.String.Escape'],
      [String.raw`@(\\\s*[\n\u0085\u2028\u2029]\s*)*@((\\\s*[\n\u0085\u2028\u2029]\s*)*[0-9])*`, 'Literal.String.Escape'],
      [String.raw`@(\\\s*[\n\u0085\u2028\u2029]\s*)*[({]((\\\s*[\n\u0085\u2028\u2029]\s*)*[0-9a-zA-Z_])*(\\\s*[\n\u0085\u2028\u2029]\s*)*[)}]`, 'Literal.String.Escape'],
      [String.raw`@(\\\s*[\n\u0085\u2028\u2029]\s*)*.(\\\s*[\n\u0085\u2028\u2029]\s*)*.`, 'Literal.String.Escape'],
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', '#pop'],
    ],
    'plain-string': [
      [String.raw`[^~^\\({\[\]"\u201c\u201d]+`, 'Literal.String.Double'],
      [String.raw`[~^({\[\]]`, 'Literal.String.Double'],
      [String.raw`\\`, 'Literal.String.Escape'],
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', '#pop'],
    ],
    _constant: [
      include('_whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Constant', '#pop'],
      include('value'),
    ],
    'constant*': [
      include('_whitespace'),
      [String.raw`,`, 'Punctuation'],
      [String.raw`=`, 'Punctuation', 'value?'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Constant', 'value?'],
      defaultState('#pop'),
    ],
    _global: [
      include('_whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable.Global', '#pop'],
      include('value'),
    ],
    'label?': [
      include('_whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Label', '#pop'],
      defaultState('#pop'),
    ],
    'variable?': [
      include('_whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable', '#pop'],
      defaultState('#pop'),
    ],
    'obsolete-dictionary-word': [
      [String.raw`\S\w*`, 'Literal.String.Other', '#pop'],
    ],
    'system-constant': [
      include('_whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Builtin', '#pop'],
    ],
    directive: [
      include('_whitespace'),
      [String.raw`#`, 'Punctuation'],
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`\[`, 'Punctuation', ['default', 'statements', 'locals', 'routine-name?']],
      [words(['abbreviate', 'endif', 'dictionary', 'ifdef', 'iffalse', 'ifndef', 'ifnot', 'iftrue', 'ifv3', 'ifv5', 'release', 'serial', 'switches', 'system_file', 'version'], String.raw`(?i)`, String.raw`\b`), 'Keyword', 'default'],
      [String.raw`(?i)(array|global)\b`, 'Keyword', ['default', 'directive-keyword?', '_global']],
      [String.raw`(?i)attribute\b`, 'Keyword', ['default', 'alias?', '_constant']],
      [String.raw`(?i)class\b`, 'Keyword', ['object-body', 'duplicates', 'class-name']],
      [String.raw`(?i)(constant|default)\b`, 'Keyword', ['default', 'constant*']],
      [String.raw`(?i)(end\b)(.*)`, bygroups('Keyword', 'Text')],
      [String.raw`(?i)(extend|verb)\b`, 'Keyword', 'grammar'],
      [String.raw`(?i)fake_action\b`, 'Keyword', ['default', '_constant']],
      [String.raw`(?i)import\b`, 'Keyword', 'manifest'],
      [String.raw`(?i)(include|link|origsource)\b`, 'Keyword', ['default', 'before-plain-string?']],
      [String.raw`(?i)(lowstring|undef)\b`, 'Keyword', ['default', '_constant']],
      [String.raw`(?i)message\b`, 'Keyword', ['default', 'diagnostic']],
      [String.raw`(?i)(nearby|object)\b`, 'Keyword', ['object-body', '_object-head']],
      [String.raw`(?i)property\b`, 'Keyword', ['default', 'alias?', '_constant', 'property-keyword*']],
      [String.raw`(?i)replace\b`, 'Keyword', ['default', 'routine-name?', 'routine-name?']],
      [String.raw`(?i)statusline\b`, 'Keyword', ['default', 'directive-keyword?']],
      [String.raw`(?i)stub\b`, 'Keyword', ['default', 'routine-name?']],
      [String.raw`(?i)trace\b`, 'Keyword', ['default', 'trace-keyword?', 'trace-keyword?']],
      [String.raw`(?i)zcharacter\b`, 'Keyword', ['default', 'directive-keyword?', 'directive-keyword?']],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', ['object-body', '_object-head']],
    ],
    'routine-name?': [
      include('_whitespace'),
      [String.raw`[a-zA-Z_]\w*`, 'Name.Function', '#pop'],
      defaultState('#pop'),
    ],
    locals: [
      include('_whitespace'),
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`\*`, 'Punctuation'],
      [String.raw`"`, 'Literal.String.Double', 'plain-string'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable'],
    ],
    'many-values': [
      include('_whitespace'),
      [String.raw`;`, 'Punctuation'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`:`, 'Error'],
      defaultState(['expression', '_expression']),
    ],
    'alias?': [
      include('_whitespace'),
      [String.raw`alias\b`, 'Keyword', ['#pop', '_constant']],
      defaultState('#pop'),
    ],
    'class-name': [
      include('_whitespace'),
      [String.raw`(?=[,;]|(class|has|private|with)\b)`, 'Text', '#pop'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    duplicates: [
      include('_whitespace'),
      [String.raw`\(`, 'Punctuation', ['#pop', 'expression', '_expression']],
      defaultState('#pop'),
    ],
    '_object-head': [
      [String.raw`[\-\u2010-\u2014]>`, 'Punctuation'],
      [String.raw`(class|has|private|with)\b`, 'Keyword.Declaration', '#pop'],
      include('_global'),
    ],
    'object-body': [
      include('_whitespace'),
      [String.raw`;`, 'Punctuation', '#pop:2'],
      [String.raw`,`, 'Punctuation'],
      [String.raw`class\b`, 'Keyword.Declaration', 'class-segment'],
      [String.raw`(has|private|with)\b`, 'Keyword.Declaration'],
      [String.raw`:`, 'Error'],
      defaultState(['_object-expression', '_expression']),
    ],
    'class-segment': [
      include('_whitespace'),
      [String.raw`(?=[,;]|(class|has|private|with)\b)`, 'Text', '#pop'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class'],
      defaultState('value'),
    ],
    grammar: [
      include('_whitespace'),
      [String.raw`=`, 'Punctuation', ['#pop', 'default']],
      [String.raw`\*`, 'Punctuation', ['#pop', 'grammar-line']],
      defaultState('_directive-keyword'),
    ],
    'grammar-line': [
      include('_whitespace'),
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`[/*]`, 'Punctuation'],
      [String.raw`[\-\u2010-\u2014]>`, 'Punctuation', 'value'],
      [String.raw`(noun|scope)\b`, 'Keyword', '=routine'],
      defaultState('_directive-keyword'),
    ],
    '=routine': [
      include('_whitespace'),
      [String.raw`=`, 'Punctuation', 'routine-name?'],
      defaultState('#pop'),
    ],
    manifest: [
      include('_whitespace'),
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`,`, 'Punctuation'],
      [String.raw`(?i)global\b`, 'Keyword', '_global'],
      defaultState('_global'),
    ],
    diagnostic: [
      include('_whitespace'),
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', ['#pop', 'message-string']],
      defaultState(['#pop', 'before-plain-string?', 'directive-keyword?']),
    ],
    'before-plain-string?': [
      include('_whitespace'),
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', ['#pop', 'plain-string']],
      defaultState('#pop'),
    ],
    'message-string': [
      [String.raw`[~^]+`, 'Literal.String.Escape'],
      include('plain-string'),
    ],
    '_directive-keyword!': [
      include('_whitespace'),
      [words(DIRECTIVE_KEYWORDS, '', String.raw`\b`), 'Keyword', '#pop'],
      [String.raw`static\b`, 'Keyword'],
      [String.raw`[\-\u2010-\u2014]{1,2}>|[+=]`, 'Punctuation', '#pop'],
    ],
    '_directive-keyword': [
      include('_directive-keyword!'),
      include('value'),
    ],
    'directive-keyword?': [
      include('_directive-keyword!'),
      defaultState('#pop'),
    ],
    'property-keyword*': [
      include('_whitespace'),
      [words(['additive', 'individual', 'long'], '', String.raw`\b(?=(\s*|(![^\n\u0085\u2028\u2029]*[\n\u0085\u2028\u2029]))*[_a-zA-Z])`), 'Keyword'],
      defaultState('#pop'),
    ],
    'trace-keyword?': [
      include('_whitespace'),
      [words(['assembly', 'dictionary', 'expressions', 'lines', 'linker', 'objects', 'off', 'on', 'symbols', 'tokens', 'verbs'], '', String.raw`\b`), 'Keyword', '#pop'],
      defaultState('#pop'),
    ],
    statements: [
      include('_whitespace'),
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`[;{}]`, 'Punctuation'],
      [words(['box', 'break', 'continue', 'default', 'give', 'inversion', 'new_line', 'quit', 'read', 'remove', 'return', 'rfalse', 'rtrue', 'spaces', 'string', 'until'], '', String.raw`\b`), 'Keyword', 'default'],
      [String.raw`(do|else)\b`, 'Keyword'],
      [String.raw`(font|style)\b`, 'Keyword', ['default', 'miscellaneous-keyword?']],
      [String.raw`for\b`, 'Keyword', ['for', '(?']],
      [String.raw`(if|switch|while)`, 'Keyword', ['expression', '_expression', '(?']],
      [String.raw`(jump|save|restore)\b`, 'Keyword', ['default', 'label?']],
      [String.raw`objectloop\b`, 'Keyword', ['_keyword-expression', 'variable?', '(?']],
      [String.raw`print(_ret)?\b|(?=["\u201c\u201d])`, 'Keyword', 'print-list'],
      [String.raw`\.`, 'Name.Label', 'label?'],
      [String.raw`@`, 'Keyword', 'opcode'],
      [String.raw`#(?![agrnw]\$|#)`, 'Punctuation', 'directive'],
      [String.raw`<`, 'Punctuation', 'default'],
      [String.raw`move\b`, 'Keyword', ['default', '_keyword-expression', '_expression']],
      defaultState(['default', '_keyword-expression', '_expression']),
    ],
    'miscellaneous-keyword?': [
      include('_whitespace'),
      [String.raw`(bold|fixed|from|near|off|on|reverse|roman|to|underline)\b`, 'Keyword', '#pop'],
      [String.raw`(a|A|an|address|char|name|number|object|property|string|the|The)\b(?=(\s+|(![^\n\u0085\u2028\u2029]*))*\))`, 'Keyword.Pseudo', '#pop'],
      [String.raw`[a-zA-Z_]\w*(?=(\s+|(![^\n\u0085\u2028\u2029]*))*\))`, 'Name.Function', '#pop'],
      defaultState('#pop'),
    ],
    '(?': [
      include('_whitespace'),
      [String.raw`\(`, 'Punctuation', '#pop'],
      defaultState('#pop'),
    ],
    for: [
      include('_whitespace'),
      [String.raw`;`, 'Punctuation', ['_for-expression', '_expression']],
      defaultState(['_for-expression', '_expression']),
    ],
    'print-list': [
      include('_whitespace'),
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`:`, 'Error'],
      defaultState(['_list-expression', '_expression', '_list-expression', 'form']),
    ],
    form: [
      include('_whitespace'),
      [String.raw`\(`, 'Punctuation', ['#pop', 'miscellaneous-keyword?']],
      defaultState('#pop'),
    ],
    opcode: [
      include('_whitespace'),
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', ['operands', 'plain-string']],
      [String.raw`[\-\u2010-\u2014]{1,2}>`, 'Punctuation', 'operands'],
      [String.raw`[a-zA-Z_]\w*`, 'Keyword', 'operands'],
    ],
    operands: [
      [String.raw`:`, 'Error'],
      defaultState(['_assembly-expression', '_expression']),
    ],
  },
};

/** `token in Comment` / `token in Text`: the type or one of its subtypes. */
const within = (type: TokenType, parent: string): boolean => type === parent || type.startsWith(`${parent}.`);
const significant = (type: TokenType): boolean => !within(type, 'Comment') && !within(type, 'Text');

/** The `in` pass: after `<variable> in`, two more significant tokens are held back and looked at. */
function* objectloopIn(tokens: Iterable<Token>): Generator<Token> {
  let queue: Token[] = [];
  let count = -1;
  let previous: TokenType | undefined;
  for (const token of tokens) {
    const [index, type, value] = token;
    if (previous === 'Name.Variable' && value === 'in') {
      queue = [token];
      count = 2;
    } else if (count > 0) {
      if (significant(type)) count--;
      queue.push(token);
    } else {
      if (count === 0) {
        const first = queue[0];
        if (first !== undefined && queue.at(-1)?.[2] === ')') queue[0] = [first[0], 'Keyword', first[2]];
        yield* queue;
        queue = [];
        count = -1;
      }
      yield [index, type, value];
    }
    if (significant(type)) previous = type;
  }
  yield* queue;
}

export const inform6Lexer: LexerFactory = {
  name: 'Inform 6',
  aliases: ['inform6', 'i6'],
  create(byName) {
    const rules = compileLexer(inform6Rules, byName);
    return { ...rules, tokensUnprocessed: (text, stack) => objectloopIn(rules.tokensUnprocessed(text, stack)) };
  },
};
