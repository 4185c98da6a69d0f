/**
 * Pygments' RubyLexer (pygments/lexers/ruby.py, Pygments 2.20.0), rule for rule: an
 * ExtendedRegexLexer (re.DOTALL | re.MULTILINE) whose string states and heredoc callback are in
 * ruby-strings.ts.
 *
 *     def greet(name) = "hi #{name}"   ->   <k>def</k><w> </w><nf>greet</nf><p>(</p><n>name</n><p>)</p><w> </w>
 *                                           <o>=</o><w> </w><s2>"</s2><s2>hi </s2><si>#{</si><n>name</n><si>}</si><s2>"</s2>
 */
import { bygroupsInContext, type ExtendedLexerDefinition } from '../extended-lexer.ts';
import { defaultState, include, words } from '../regex-lexer.ts';
import { heredoc, RUBY_OPERATORS, RUBY_STRING_STATES, rubyContext, type RubyContext } from './ruby-strings.ts';

const KEYWORDS = [
  'BEGIN', 'END', 'alias', 'begin', 'break', 'case', 'defined?',
  'do', 'else', 'elsif', 'end', 'ensure', 'for', 'if', 'in', 'next', 'redo',
  'rescue', 'raise', 'retry', 'return', 'super', 'then', 'undef',
  'unless', 'until', 'when', 'while', 'yield',
];

// special methods
const PSEUDO_KEYWORDS = [
  'initialize', 'new', 'loop', 'include', 'extend', 'raise', 'attr_reader',
  'attr_writer', 'attr_accessor', 'attr', 'catch', 'throw', 'private',
  'module_function', 'public', 'protected', 'true', 'false', 'nil',
];

const PREDICATES = [
  'autoload', 'block_given', 'const_defined', 'eql', 'equal', 'frozen', 'include',
  'instance_of', 'is_a', 'iterator', 'kind_of', 'method_defined', 'nil',
  'private_method_defined', 'protected_method_defined',
  'public_method_defined', 'respond_to', 'tainted',
];

const BUILTINS = [
  'Array', 'Float', 'Integer', 'String', '__id__', '__send__', 'abort',
  'ancestors', 'at_exit', 'autoload', 'binding', 'callcc', 'caller',
  'catch', 'chomp', 'chop', 'class_eval', 'class_variables',
  'clone', 'const_defined?', 'const_get', 'const_missing', 'const_set',
  'constants', 'display', 'dup', 'eval', 'exec', 'exit', 'extend', 'fail', 'fork',
  'format', 'freeze', 'getc', 'gets', 'global_variables', 'gsub',
  'hash', 'id', 'included_modules', 'inspect', 'instance_eval',
  'instance_method', 'instance_methods',
  'instance_variable_get', 'instance_variable_set', 'instance_variables',
  'lambda', 'load', 'local_variables', 'loop',
  'method', 'method_missing', 'methods', 'module_eval', 'name',
  'object_id', 'open', 'p', 'print', 'printf', 'private_class_method',
  'private_instance_methods',
  'private_methods', 'proc', 'protected_instance_methods',
  'protected_methods', 'public_class_method',
  'public_instance_methods', 'public_methods',
  'putc', 'puts', 'raise', 'rand', 'readline', 'readlines', 'require',
  'scan', 'select', 'self', 'send', 'set_trace_func', 'singleton_methods', 'sleep',
  'split', 'sprintf', 'srand', 'sub', 'syscall', 'system', 'taint',
  'test', 'throw', 'to_a', 'to_s', 'trace_var', 'trap', 'untaint',
  'untrace_var', 'warn',
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

export const rubyLexer: ExtendedLexerDefinition<RubyContext> = {
  name: 'Ruby',
  aliases: ['ruby', 'rb', 'duby'],
  flags: 'ms',
  context: (text) => rubyContext(text),
  tokens: {
    root: [
      [String.raw`\A#!.+?$`, 'Comment.Hashbang'],
      ['#.*?$', 'Comment.Single'],
      [String.raw`=begin\s.*?\n=end.*?$`, 'Comment.Multiline'],
      // keywords
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      // start of function, class and module names
      [String.raw`(module)(\s+)([a-zA-Z_]\w*(?:::[a-zA-Z_]\w*)*)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(def)(\s+)`, bygroupsInContext('Keyword', 'Text.Whitespace'), 'funcname'],
      [String.raw`def(?=[*%&^\`~+-/\[<>=])`, 'Keyword', 'funcname'],
      [String.raw`(class)(\s+)`, bygroupsInContext('Keyword', 'Text.Whitespace'), 'classname'],
      [words(PSEUDO_KEYWORDS, '', String.raw`\b`), 'Keyword.Pseudo'],
      [String.raw`(not|and|or)\b`, 'Operator.Word'],
      [words(PREDICATES, '', String.raw`\?`), 'Name.Builtin'],
      ['(chomp|chop|exit|gsub|sub)!', 'Name.Builtin'],
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`__(FILE|LINE)__\b`, 'Name.Builtin.Pseudo'],
      // normal heredocs
      [String.raw`(?<!\w)(<<[-~]?)(["\`']?)([a-zA-Z_]\w*)(\2)(.*?\n)`, heredoc],
      // empty string heredocs
      [String.raw`(<<[-~]?)("|')()(\2)(.*?\n)`, heredoc],
      ['__END__', 'Comment.Preproc', 'end-part'],
      // multiline regex (after keywords or assignments)
      [REGEX_START, bygroupsInContext('Text', 'Literal.String.Regex'), 'multiline-regex'],
      // multiline regex (in method calls or subscripts)
      [String.raw`(?<=\(|,|\[)/`, 'Literal.String.Regex', 'multiline-regex'],
      // multiline regex (this time the funny no whitespace rule)
      [String.raw`(\s+)(/)(?![\s=])`, bygroupsInContext('Text.Whitespace', 'Literal.String.Regex'), 'multiline-regex'],
      // Numbers eat a `/` or `?` after them: there it divides or is the ternary operator, never
      // starts a regex or a character literal (`x>=0?n[x]:""`).
      [String.raw`(0_?[0-7]+(?:_[0-7]+)*)(\s*)([/?])?`, bygroupsInContext('Literal.Number.Oct', 'Text.Whitespace', 'Operator')],
      [String.raw`(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)(\s*)([/?])?`, bygroupsInContext('Literal.Number.Hex', 'Text.Whitespace', 'Operator')],
      [String.raw`(0b[01]+(?:_[01]+)*)(\s*)([/?])?`, bygroupsInContext('Literal.Number.Bin', 'Text.Whitespace', 'Operator')],
      [String.raw`([\d]+(?:_\d+)*)(\s*)([/?])?`, bygroupsInContext('Literal.Number.Integer', 'Text.Whitespace', 'Operator')],
      // Names
      [String.raw`@@[a-zA-Z_]\w*`, 'Name.Variable.Class'],
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Variable.Instance'],
      [String.raw`\$\w+`, 'Name.Variable.Global'],
      [String.raw`\$[!@&\`'+~=/\\,;.<>_*$?:"^-]`, 'Name.Variable.Global'],
      [String.raw`\$-[0adFiIlpvw]`, 'Name.Variable.Global'],
      ['::', 'Operator'],
      include('strings'),
      // chars: modifiers, then an escape or any non-space character
      [String.raw`\?(\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)`, 'Literal.String.Char'],
      [String.raw`[A-Z]\w+`, 'Name.Constant'],
      // Ruby attributes can look like keywords (class) or like this: ` ?!?
      [words(RUBY_OPERATORS, String.raw`(\.|::)`), bygroupsInContext('Operator', 'Name.Operator')],
      [String.raw`(\.|::)([a-zA-Z_]\w*[!?]?|[*%&^\`~+\-/\[<>=])`, bygroupsInContext('Operator', 'Name')],
      [String.raw`[a-zA-Z_]\w*[!?]?`, 'Name'],
      [String.raw`(\[|\]|\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.{1,3})`, 'Operator'],
      ['[-+/*%=<>&!^|~]=?', 'Operator'],
      [String.raw`[(){};,/?:\\]`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    funcname: [
      [String.raw`\(`, 'Punctuation', 'defexpr'],
      [
        String.raw`(?:([a-zA-Z_]\w*)(\.))?(` +
          // a method name (JavaScript's \u escapes: the characters themselves, as Python's read them)
          '[a-zA-Z\u0080-\uffff][a-zA-Z0-9_\u0080-\uffff]*[!?=]?' +
          // or an operator override, an element reference/assignment override, the backtick override
          String.raw`|!=|!~|=~|\*\*?|[-+!~]@?|[/%&|^]|<=>|<[<=]?|>[>=]?|===?|\[\]=?|\`)`,
        bygroupsInContext('Name.Class', 'Operator', 'Name.Function'),
        '#pop',
      ],
      defaultState('#pop'),
    ],
    classname: [
      [String.raw`\(`, 'Punctuation', 'defexpr'],
      ['<<', 'Operator', '#pop'],
      [String.raw`[A-Z_]\w*`, 'Name.Class', '#pop'],
      defaultState('#pop'),
    ],
    defexpr: [
      [String.raw`(\))(\.|::)?`, bygroupsInContext('Punctuation', 'Operator'), '#pop'],
      [String.raw`\(`, 'Operator', '#push'],
      include('root'),
    ],
    'in-intp': [
      [String.raw`\{`, 'Literal.String.Interpol', '#push'],
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    'string-intp': [
      [String.raw`#\{`, 'Literal.String.Interpol', 'in-intp'],
      [String.raw`#@@?[a-zA-Z_]\w*`, 'Literal.String.Interpol'],
      [String.raw`#\$[a-zA-Z_]\w*`, 'Literal.String.Interpol'],
    ],
    'string-intp-escaped': [
      include('string-intp'),
      [String.raw`\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})`, 'Literal.String.Escape'],
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
      ['/[mixounse]*', 'Literal.String.Regex', '#pop'],
    ],
    'end-part': [
      ['.+', 'Comment.Preproc', '#pop'],
    ],
    ...RUBY_STRING_STATES,
  },
};
