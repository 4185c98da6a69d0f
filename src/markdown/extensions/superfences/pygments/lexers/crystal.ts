/**
 * Pygments' CrystalLexer (pygments/lexers/crystal.py, Pygments 2.20.0), rule for rule: an
 * ExtendedRegexLexer (re.DOTALL | re.MULTILINE) shaped like RubyLexer, whose heredoc callback it
 * shares (ruby-strings.ts); its string states are in crystal-strings.ts.
 *
 *     def greet(name : String)   ->   <k>def</k><w> </w><nf>greet</nf><p>(</p><n>name</n><w> </w><p>:</p><w> </w><n>String</n><p>)</p>
 */
import { bygroupsInContext, type ExtendedLexerDefinition } from '../extended-lexer.ts';
import { defaultState, include, words } from '../regex-lexer.ts';
import { CRYSTAL_OPERATORS, CRYSTAL_STRING_STATES } from './crystal-strings.ts';
import { heredoc, rubyContext, type RubyContext } from './ruby-strings.ts';

const KEYWORDS = [
  'abstract', 'asm', 'begin', 'break', 'case', 'do', 'else', 'elsif', 'end', 'ensure', 'extend', 'if', 'in',
  'include', 'next', 'of', 'private', 'protected', 'require', 'rescue', 'return', 'select', 'self', 'super',
  'then', 'unless', 'until', 'when', 'while', 'with', 'yield',
];
const PSEUDO_KEYWORDS = ['previous_def', 'forall', 'out', 'uninitialized', '__DIR__', '__FILE__', '__LINE__', '__END_LINE__'];
// https://crystal-lang.org/api/toplevel.html
const TOPLEVEL_PSEUDO = ['instance_sizeof', 'offsetof', 'pointerof', 'sizeof', 'typeof'];
const BUILTINS = [
  'abort', 'at_exit', 'caller', 'exit', 'gets', 'loop', 'main', 'p', 'pp', 'print', 'printf', 'puts',
  'raise', 'rand', 'read_line', 'sleep', 'spawn', 'sprintf', 'system',
];

/**
 * Where a `/` starts a regex rather than dividing: at a line start, after an operator-like
 * character, or after a keyword or method that takes one (`when`, `if`, `.scan`...).
 */
const REGEX_START =
  '(?:^|(?<=[=<>~!:])|' +
  String.raw`(?<=(?:\s|;)when\s)|(?<=(?:\s|;)or\s)|(?<=(?:\s|;)and\s)|` +
  String.raw`(?<=\.index\s)|(?<=\.scan\s)|(?<=\.sub\s)|(?<=\.sub!\s)|(?<=\.gsub\s)|(?<=\.gsub!\s)|(?<=\.match\s)|` +
  String.raw`(?<=(?:\s|;)if\s)|(?<=(?:\s|;)elsif\s)|` +
  String.raw`(?<=^when\s)|(?<=^index\s)|(?<=^scan\s)|(?<=^sub\s)|(?<=^gsub\s)|(?<=^sub!\s)|(?<=^gsub!\s)|(?<=^match\s)|` +
  String.raw`(?<=^if\s)|(?<=^elsif\s)` +
  String.raw`)(\s*)(/)`;

export const crystalLexer: ExtendedLexerDefinition<RubyContext> = {
  name: 'Crystal',
  aliases: ['cr', 'crystal'],
  flags: 'ms',
  context: (text) => rubyContext(text),
  tokens: {
    root: [
      ['#.*?$', 'Comment.Single'],
      // keywords
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(PSEUDO_KEYWORDS, String.raw`(?<!\.)`, String.raw`\b`), 'Keyword.Pseudo'],
      // https://crystal-lang.org/docs/syntax_and_semantics/is_a.html
      [String.raw`\.(is_a\?|nil\?|responds_to\?|as\?|as\b)`, 'Keyword.Pseudo'],
      [words(['true', 'false', 'nil'], '', String.raw`\b`), 'Keyword.Constant'],
      // start of function, class and module names
      [String.raw`(module|lib)(\s+)([a-zA-Z_]\w*(?:::[a-zA-Z_]\w*)*)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(def|fun|macro)(\s+)((?:[a-zA-Z_]\w*::)*)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Namespace'), 'funcname'],
      // `+-/` is Python's range from `+` to `/`, kept as written.
      [String.raw`def(?=[*%&^\`~+-/\[<>=])`, 'Keyword', 'funcname'],
      [
        String.raw`(annotation|class|struct|union|type|alias|enum)(\s+)((?:[a-zA-Z_]\w*::)*)`,
        bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Namespace'),
        'classname',
      ],
      [words(TOPLEVEL_PSEUDO, String.raw`(?<!\.)`, String.raw`\b`), 'Keyword.Pseudo'],
      // macros
      [String.raw`(?<!\.)(debugger\b|p!|pp!|record\b|spawn\b)`, 'Name.Builtin.Pseudo'],
      // builtins
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      // https://crystal-lang.org/api/Object.html#macro-summary
      [
        String.raw`(?<!\.)(((class_)?((getter|property)\b[!?]?|setter\b))|` +
          String.raw`(def_(clone|equals|equals_and_hash|hash)|delegate|forward_missing_to)\b)`,
        'Name.Builtin.Pseudo',
      ],
      // normal heredocs
      [String.raw`(?<!\w)(<<-?)(["\`']?)([a-zA-Z_]\w*)(\2)(.*?\n)`, heredoc],
      // empty string heredocs
      [String.raw`(<<-?)("|\')()(\2)(.*?\n)`, heredoc],
      ['__END__', 'Comment.Preproc', 'end-part'],
      // multiline regex (after keywords or assignments)
      [REGEX_START, bygroupsInContext('Text.Whitespace', 'Literal.String.Regex'), 'multiline-regex'],
      // multiline regex (in method calls or subscripts)
      [String.raw`(?<=\(|,|\[)/`, 'Literal.String.Regex', 'multiline-regex'],
      // multiline regex (this time the funny no whitespace rule)
      [String.raw`(\s+)(/)(?![\s=])`, bygroupsInContext('Text.Whitespace', 'Literal.String.Regex'), 'multiline-regex'],
      // Numbers eat a following `/` (a division, not a regex) and `?` (a ternary, not a char): `x>=0?n[x]:""`.
      [String.raw`(0o[0-7]+(?:_[0-7]+)*(?:_?[iu][0-9]+)?)\b(\s*)([/?])?`, bygroupsInContext('Literal.Number.Oct', 'Text.Whitespace', 'Operator')],
      [String.raw`(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?:_?[iu][0-9]+)?)\b(\s*)([/?])?`, bygroupsInContext('Literal.Number.Hex', 'Text.Whitespace', 'Operator')],
      [String.raw`(0b[01]+(?:_[01]+)*(?:_?[iu][0-9]+)?)\b(\s*)([/?])?`, bygroupsInContext('Literal.Number.Bin', 'Text.Whitespace', 'Operator')],
      // 3 separate expressions for floats because any of the 3 optional parts makes it a float
      [
        String.raw`((?:0(?![0-9])|[1-9][\d_]*)(?:\.\d[\d_]*)(?:e[+-]?[0-9]+)?(?:_?f[0-9]+)?)(\s*)([/?])?`,
        bygroupsInContext('Literal.Number.Float', 'Text.Whitespace', 'Operator'),
      ],
      [
        String.raw`((?:0(?![0-9])|[1-9][\d_]*)(?:\.\d[\d_]*)?(?:e[+-]?[0-9]+)(?:_?f[0-9]+)?)(\s*)([/?])?`,
        bygroupsInContext('Literal.Number.Float', 'Text.Whitespace', 'Operator'),
      ],
      [
        String.raw`((?:0(?![0-9])|[1-9][\d_]*)(?:\.\d[\d_]*)?(?:e[+-]?[0-9]+)?(?:_?f[0-9]+))(\s*)([/?])?`,
        bygroupsInContext('Literal.Number.Float', 'Text.Whitespace', 'Operator'),
      ],
      [String.raw`(0\b|[1-9][\d]*(?:_\d+)*(?:_?[iu][0-9]+)?)\b(\s*)([/?])?`, bygroupsInContext('Literal.Number.Integer', 'Text.Whitespace', 'Operator')],
      // Names
      [String.raw`@@[a-zA-Z_]\w*`, 'Name.Variable.Class'],
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Variable.Instance'],
      [String.raw`\$\w+`, 'Name.Variable.Global'],
      [String.raw`\$[!@&\`\'+~=/\\,;.<>_*$?:"^-]`, 'Name.Variable.Global'],
      [String.raw`\$-[0adFiIlpvw]`, 'Name.Variable.Global'],
      ['::', 'Operator'],
      include('strings'),
      // https://crystal-lang.org/reference/syntax_and_semantics/literals/char.html
      [
        String.raw`\?(\\[MC]-)*` + // modifiers
          String.raw`(\\([\\abefnrtv#"\']|[0-7]{1,3}|x[a-fA-F0-9]{2}|u[a-fA-F0-9]{4}|u\{[a-fA-F0-9 ]+\})|\S)(?!\w)`,
        'Literal.String.Char',
      ],
      [String.raw`[A-Z][A-Z_]+\b(?!::|\.)`, 'Name.Constant'],
      // macro expansion
      [String.raw`\{%`, 'Literal.String.Interpol', 'in-macro-control'],
      [String.raw`\{\{`, 'Literal.String.Interpol', 'in-macro-expr'],
      // annotations
      [String.raw`(@\[)(\s*)([A-Z]\w*(::[A-Z]\w*)*)`, bygroupsInContext('Operator', 'Text.Whitespace', 'Name.Decorator'), 'in-annot'],
      // this is needed because Crystal attributes can look like keywords (class) or like this: ` ?!?
      [words(CRYSTAL_OPERATORS, String.raw`(\.|::)`), bygroupsInContext('Operator', 'Name.Operator')],
      [String.raw`(\.|::)([a-zA-Z_]\w*[!?]?|[*%&^\`~+\-/\[<>=])`, bygroupsInContext('Operator', 'Name')],
      // Names can end with [!?] unless it's "!="
      [String.raw`[a-zA-Z_]\w*(?:[!?](?!=))?`, 'Name'],
      [String.raw`(\[|\]\??|\*\*|<=>?|>=|<<?|>>?|=~|===|!~|&&?|\|\||\.{1,3})`, 'Operator'],
      ['[-+/*%=<>&!^|~]=?', 'Operator'],
      [String.raw`[(){};,/?:\\]`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    funcname: [
      [
        String.raw`(?:([a-zA-Z_]\w*)(\.))?` +
          String.raw`([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^\`~]|\[\]=?|<<|>>|<=?>|>=?|===?)`,
        bygroupsInContext('Name.Class', 'Operator', 'Name.Function'),
        '#pop',
      ],
      defaultState('#pop'),
    ],
    classname: [
      [String.raw`[A-Z_]\w*`, 'Name.Class'],
      [String.raw`(\()(\s*)([A-Z_]\w*)(\s*)(\))`, bygroupsInContext('Punctuation', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Punctuation')],
      defaultState('#pop'),
    ],
    'in-intp': [
      [String.raw`\{`, 'Literal.String.Interpol', '#push'],
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    'string-intp': [
      [String.raw`#\{`, 'Literal.String.Interpol', 'in-intp'],
    ],
    // https://crystal-lang.org/reference/syntax_and_semantics/literals/string.html
    'string-escaped': [
      [String.raw`\\([\\abefnrtv#"\']|[0-7]{1,3}|x[a-fA-F0-9]{2}|u[a-fA-F0-9]{4}|u\{[a-fA-F0-9 ]+\})`, 'Literal.String.Escape'],
    ],
    'string-intp-escaped': [
      include('string-intp'),
      include('string-escaped'),
    ],
    'interpolated-regex': [
      include('string-intp'),
      [String.raw`[\\#]`, 'Literal.String.Regex'],
      [String.raw`[^\\#]+`, 'Literal.String.Regex'],
    ],
    'interpolated-string': [
      include('string-intp'),
      [String.raw`[\\#]`, 'Literal.String.Other'],
      [String.raw`[^\\#]+`, 'Literal.String.Other'],
    ],
    'multiline-regex': [
      include('string-intp'),
      [String.raw`\\\\`, 'Literal.String.Regex'],
      [String.raw`\\/`, 'Literal.String.Regex'],
      [String.raw`[\\#]`, 'Literal.String.Regex'],
      [String.raw`[^\\/#]+`, 'Literal.String.Regex'],
      ['/[imsx]*', 'Literal.String.Regex', '#pop'],
    ],
    'end-part': [
      ['.+', 'Comment.Preproc', '#pop'],
    ],
    'in-macro-control': [
      [String.raw`\{%`, 'Literal.String.Interpol', '#push'],
      [String.raw`%\}`, 'Literal.String.Interpol', '#pop'],
      [String.raw`(for|verbatim)\b`, 'Keyword'],
      include('root'),
    ],
    'in-macro-expr': [
      [String.raw`\{\{`, 'Literal.String.Interpol', '#push'],
      [String.raw`\}\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    'in-annot': [
      [String.raw`\[`, 'Operator', '#push'],
      [String.raw`\]`, 'Operator', '#pop'],
      include('root'),
    ],
    ...CRYSTAL_STRING_STATES,
  },
};
