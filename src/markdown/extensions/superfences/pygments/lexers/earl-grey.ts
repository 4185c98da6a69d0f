/**
 * Pygments' EarlGreyLexer (pygments/lexers/javascript.py, Pygments 2.20.0), rule for rule.
 * Earl Grey, a language compiling to JavaScript: indentation, `.name` symbols, macros.
 *
 *     x = 1   ->   <nv>x</nv> <ow>=</ow> <mi>1</mi>
 */
import { bygroups, combined, include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORD = [
  'with', 'where', 'when', 'and', 'not', 'or', 'in', 'as', 'of', 'is',
];
const ERRORS_EXCEPTION = [
  'Error', 'TypeError', 'ReferenceError',
];
const KEYWORDS_PSEUDO = [
  'each', 'each*', 'mod', 'await', 'break', 'chain', 'continue', 'elif', 'expr-value', 'if', 'match', 'return',
  'yield', 'pass', 'else', 'require', 'var', 'let', 'async', 'method', 'gen',
];
const KEYWORDS_CONSTANT = [
  'this', 'self', '@',
];
const KEYWORDS_TYPE = [
  'Function', 'Object', 'Array', 'String', 'Number', 'Boolean', 'ErrorFactory', 'ENode', 'Promise',
];
const BUILTINS_BUILTIN = [
  'send', 'object', 'keys', 'items', 'enumerate', 'zip', 'product', 'neighbours', 'predicate', 'equal', 'nequal',
  'contains', 'repr', 'clone', 'range', 'getChecker', 'get-checker', 'getProperty', 'get-property', 'getProjector',
  'get-projector', 'consume', 'take', 'promisify', 'spawn', 'constructor',
];
const BUILTINS_CONSTANT = [
  'true', 'false', 'null', 'undefined',
];

export const earlGreyLexer: LexerDefinition = {
  name: 'Earl Grey',
  aliases: ['earl-grey', 'earlgrey', 'eg'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      include('control'),
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`(;;.*)(\n)`, bygroups('Comment', 'Text.Whitespace')],
      [String.raw`[\[\]{}:(),;]`, 'Punctuation'],
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')],
      [String.raw`\\`, 'Text'],
      include('errors'),
      [words(ROOT_WORD, String.raw`(?<=\s|\[)`, String.raw`(?![\w$\-])`), 'Operator.Word'],
      ['[*@]?->', 'Name.Function'],
      [String.raw`[+\-*/~^<>%&|?!@#.]*=`, 'Operator.Word'],
      [String.raw`\.{2,3}`, 'Operator.Word'],
      [String.raw`([+*/~^<>&|?!]+)|([#\-](?=\s))|@@+(?=\s)|=+`, 'Operator'],
      [String.raw`(?<![\w$\-])(var|let)(?:[^\w$])`, 'Keyword.Declaration'],
      include('keywords'),
      include('builtins'),
      include('assignment'),
      [String.raw`(?x)
                (?:()([a-zA-Z$_](?:[\w$\-]*[\w$])?)|
                   (?<=[\s{\[(])(\.)([a-zA-Z$_](?:[\w$\-]*[\w$])?))
                (?=.*%)`, bygroups('Punctuation', 'Name.Tag', 'Punctuation', 'Name.Class.Start'), 'dbs'],
      ['[rR]?`', 'Literal.String.Backtick', 'bt'],
      ['[rR]?```', 'Literal.String.Backtick', 'tbt'],
      [String.raw`(?<=[\s\[{(,;])\.([a-zA-Z$_](?:[\w$\-]*[\w$])?)(?=[\s\]}),;])`, 'Literal.String.Symbol'],
      include('nested'),
      [String.raw`(?:[rR]|[rR]\.[gmi]{1,3})?"`, 'Literal.String', combined('stringescape', 'dqs')],
      [String.raw`(?:[rR]|[rR]\.[gmi]{1,3})?\'`, 'Literal.String', combined('stringescape', 'sqs')],
      ['"""', 'Literal.String', combined('stringescape', 'tdqs')],
      include('tuple'),
      include('import_paths'),
      include('name'),
      include('numbers'),
    ],
    dbs: [
      [String.raw`(\.)([a-zA-Z$_](?:[\w$\-]*[\w$])?)(?=[.\[\s])`, bygroups('Punctuation', 'Name.Class.DBS')],
      [String.raw`(\[)([\^#][a-zA-Z$_](?:[\w$\-]*[\w$])?)(\])`, bygroups('Punctuation', 'Name.Entity.DBS', 'Punctuation')],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['%', 'Operator.DBS', '#pop'],
    ],
    import_paths: [
      [String.raw`(?<=[\s:;,])(\.{1,3}(?:[\w\-]*/)*)(\w(?:[\w\-]*\w)*)(?=[\s;,])`, bygroups('Text.Whitespace', 'Text')],
    ],
    assignment: [
      [String.raw`(\.)?([a-zA-Z$_](?:[\w$\-]*[\w$])?)(?=\s+[+\-*/~^<>%&|?!@#.]*\=\s)`, bygroups('Punctuation', 'Name.Variable')],
    ],
    errors: [
      [words(ERRORS_EXCEPTION, String.raw`(?<![\w\-$.])`, String.raw`(?![\w\-$.])`), 'Name.Exception'],
      [String.raw`(?x)
                (?<![\w$])
                E\.[\w$](?:[\w$\-]*[\w$])?
                (?:\.[\w$](?:[\w$\-]*[\w$])?)*
                (?=[({\[?!\s])`, 'Name.Exception'],
    ],
    control: [
      [String.raw`(?x)
                ([a-zA-Z$_](?:[\w$-]*[\w$])?)
                (?!\n)\s+
                (?!and|as|each\*|each|in|is|mod|of|or|when|where|with)
                (?=(?:[+\-*/~^<>%&|?!@#.])?[a-zA-Z$_](?:[\w$-]*[\w$])?)`, 'Keyword.Control'],
      [String.raw`([a-zA-Z$_](?:[\w$-]*[\w$])?)(?!\n)(\s+)(?=[\'"\d{\[(])`, bygroups('Keyword.Control', 'Text.Whitespace')],
      [String.raw`(?x)
                (?:
                    (?<=[%=])|
                    (?<=[=\-]>)|
                    (?<=with|each|with)|
                    (?<=each\*|where)
                )(\s+)
                ([a-zA-Z$_](?:[\w$-]*[\w$])?)(:)`, bygroups('Text.Whitespace', 'Keyword.Control', 'Punctuation')],
      [String.raw`(?x)
                (?<![+\-*/~^<>%&|?!@#.])(\s+)
                ([a-zA-Z$_](?:[\w$-]*[\w$])?)(:)`, bygroups('Text.Whitespace', 'Keyword.Control', 'Punctuation')],
    ],
    nested: [
      [String.raw`(?x)
                (?<=[\w$\]})])(\.)
                ([a-zA-Z$_](?:[\w$-]*[\w$])?)
                (?=\s+with(?:\s|\n))`, bygroups('Punctuation', 'Name.Function')],
      [String.raw`(?x)
                (?<!\s)(\.)
                ([a-zA-Z$_](?:[\w$-]*[\w$])?)
                (?=[}\]).,;:\s])`, bygroups('Punctuation', 'Name.Field')],
      [String.raw`(?x)
                (?<=[\w$\]})])(\.)
                ([a-zA-Z$_](?:[\w$-]*[\w$])?)
                (?=[\[{(:])`, bygroups('Punctuation', 'Name.Function')],
    ],
    keywords: [
      [words(KEYWORDS_PSEUDO, String.raw`(?<![\w\-$.])`, String.raw`(?![\w\-$.])`), 'Keyword.Pseudo'],
      [words(KEYWORDS_CONSTANT, String.raw`(?<![\w\-$.])`, String.raw`(?![\w\-$])`), 'Keyword.Constant'],
      [words(KEYWORDS_TYPE, String.raw`(?<![\w\-$.])`, String.raw`(?![\w\-$])`), 'Keyword.Type'],
    ],
    builtins: [
      [words(BUILTINS_BUILTIN, String.raw`(?<![\w\-#.])`, String.raw`(?![\w\-.])`), 'Name.Builtin'],
      [words(BUILTINS_CONSTANT, String.raw`(?<![\w\-$.])`, String.raw`(?![\w\-$.])`), 'Name.Constant'],
    ],
    name: [
      [String.raw`@([a-zA-Z$_](?:[\w$-]*[\w$])?)`, 'Name.Variable.Instance'],
      [String.raw`([a-zA-Z$_](?:[\w$-]*[\w$])?)(\+\+|\-\-)?`, bygroups('Name.Symbol', 'Operator.Word')],
    ],
    tuple: [
      [String.raw`#[a-zA-Z_][\w\-]*(?=[\s{(,;])`, 'Name.Namespace'],
    ],
    interpoling_string: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    stringescape: [
      [String.raw`\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    strings: [
      [String.raw`[^\\\'"]`, 'Literal.String'],
      [String.raw`[\'"\\]`, 'Literal.String'],
      [String.raw`\n`, 'Literal.String'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'],
      include('strings'),
    ],
    sqs: [
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'],
      [String.raw`\{`, 'Literal.String.Interpol', 'interpoling_string'],
      include('strings'),
    ],
    tdqs: [
      ['"""', 'Literal.String', '#pop'],
      include('strings'),
    ],
    bt: [
      ['`', 'Literal.String.Backtick', '#pop'],
      ["(?<!`)\\n", 'Literal.String.Backtick'],
      [String.raw`\^=?`, 'Literal.String.Escape'],
      ['.+', 'Literal.String.Backtick'],
    ],
    tbt: [
      ['```', 'Literal.String.Backtick', '#pop'],
      [String.raw`\n`, 'Literal.String.Backtick'],
      [String.raw`\^=?`, 'Literal.String.Escape'],
      ['[^`]+', 'Literal.String.Backtick'],
    ],
    numbers: [
      [String.raw`\d+\.(?!\.)\d*([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+`, 'Literal.Number.Float'],
      ['8r[0-7]+', 'Literal.Number.Oct'],
      ['2r[01]+', 'Literal.Number.Bin'],
      ['16r[a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`([3-79]|[12][0-9]|3[0-6])r[a-zA-Z\d]+(\.[a-zA-Z\d]+)?`, 'Literal.Number.Radix'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
  },
};
