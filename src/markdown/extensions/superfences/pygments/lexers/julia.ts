/**
 * Pygments' JuliaLexer (pygments/lexers/julia.py, Pygments 2.20), rule for rule: symbols, type
 * annotations and comparisons, Unicode operators with their suffixes, raw, regex, command and
 * interpolated strings, macros, nested `#= =#` comments.
 *
 *     x::Int = 2   ->   <n>x</n><o>::</o><kt>Int</kt><w> </w><o>=</o><w> </w><mi>2</mi>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';
import { BUILTIN_LIST, DOTTED_OPERATORS_LIST, KEYWORD_LIST, LITERAL_LIST, OPERATORS_LIST } from './julia-builtins.ts';

const OPERATORS = OPERATORS_LIST.split(' ');
const DOTTED_OPERATORS = DOTTED_OPERATORS_LIST.split(' ');

/** Julia's allowed variable names: any character from U+00A1 up counts as a letter. */
const VAR = '(?:[a-zA-Z_\u00A1-\u{10FFFF}][a-zA-Z_0-9!\u00A1-\u{10FFFF}]*)';
/** The superscripts, subscripts and primes an operator may carry (julia_opsuffs.h). */
const OPERATOR_SUFFIXES = '[²³¹ʰʲʳʷʸˡˢˣᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁᵂᵃᵇᵈᵉᵍᵏᵐᵒᵖᵗᵘᵛᵝᵞᵟᵠᵡᵢᵣᵤᵥᵦᵧᵨᵩᵪᶜᶠᶥᶦᶫᶰᶸᶻᶿ′″‴‵‶‷⁗⁰ⁱ⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜⱼⱽ]*';
const ESCAPE = String.raw`\\([\\"\'$nrbtfav]|(x|u|U)[a-fA-F0-9]+|\d+)`;

export const juliaLexer: LexerDefinition = {
  name: 'Julia',
  aliases: ['julia', 'jl'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      ['#=', 'Comment.Multiline', 'blockcomment'],
      ['#.*$', 'Comment'],
      [String.raw`[\[\](),;]`, 'Punctuation'],

      // symbols: range expressions first,
      [String.raw`(${VAR})(\s*)(:)(${VAR})`, bygroups('Name', 'Text.Whitespace', 'Operator', 'Name')],
      // then `:name` not after closing brackets, digits, or the `::`, `<:` and `:>` operators
      [String.raw`(?<![\]):<>\d.])(:${VAR})`, 'Literal.String.Symbol'],

      // type assertions, not `::typeof(sin)` or `::avec[1]`
      [String.raw`(?<=::)(\s*)(${VAR})\b(?![(\[])`, bygroups('Text.Whitespace', 'Keyword.Type')],
      // type comparisons: `MyType <: A` or `MyType >: A`
      [String.raw`(${VAR})(\s*)([<>]:)(\s*)(${VAR})\b(?![(\[])`, bygroups('Keyword.Type', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Keyword.Type')],
      // `<: B` or `>: B`
      [String.raw`([<>]:)(\s*)(${VAR})\b(?![(\[])`, bygroups('Operator', 'Text.Whitespace', 'Keyword.Type')],
      // `A <:` or `A >:`
      [String.raw`\b(${VAR})(\s*)([<>]:)`, bygroups('Keyword.Type', 'Text.Whitespace', 'Operator')],

      // operators (suffixes are allowed on all of them, as in Pygments)
      [words([...OPERATORS, ...DOTTED_OPERATORS], '', OPERATOR_SUFFIXES), 'Operator'],
      [words(DOTTED_OPERATORS.map((operator) => `.${operator}`), '', OPERATOR_SUFFIXES), 'Operator'],
      [words(['...', '..']), 'Operator'],

      // chars
      [String.raw`'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\\'\n])'`, 'Literal.String.Char'],

      // a trailing transpose
      [String.raw`(?<=[.\w)\]])(\'${OPERATOR_SUFFIXES})+`, 'Operator'],

      // raw strings
      ['(raw)(""")', bygroups('Literal.String.Affix', 'Literal.String'), 'tqrawstring'],
      ['(raw)(")', bygroups('Literal.String.Affix', 'Literal.String'), 'rawstring'],
      // regular expressions
      ['(r)(""")', bygroups('Literal.String.Affix', 'Literal.String.Regex'), 'tqregex'],
      ['(r)(")', bygroups('Literal.String.Affix', 'Literal.String.Regex'), 'regex'],
      // other strings
      [`(${VAR})?(""")`, bygroups('Literal.String.Affix', 'Literal.String'), 'tqstring'],
      [`(${VAR})?(")`, bygroups('Literal.String.Affix', 'Literal.String'), 'string'],

      // backticks
      [`(${VAR})?(\`\`\`)`, bygroups('Literal.String.Affix', 'Literal.String.Backtick'), 'tqcommand'],
      [`(${VAR})?(\`)`, bygroups('Literal.String.Affix', 'Literal.String.Backtick'), 'command'],

      // type names: names that begin a curly expression,
      [String.raw`(${VAR})(\{)`, bygroups('Keyword.Type', 'Punctuation'), 'curly'],
      // names in a bare `where`,
      [String.raw`(where)(\s+)(${VAR})`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Type')],
      // curly expressions in general,
      [String.raw`(\{)`, 'Punctuation', 'curly'],
      // names in type declarations
      [String.raw`(abstract|primitive)([ \t]+)(type\b)([\s()]+)(${VAR})`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text', 'Keyword.Type')],
      [String.raw`(mutable(?=[ \t]))?([ \t]+)?(struct\b)([\s()]+)(${VAR})`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text', 'Keyword.Type')],

      // macros
      [`@${VAR}`, 'Name.Decorator'],
      [words([...OPERATORS, '..', '.', ...DOTTED_OPERATORS], '@', OPERATOR_SUFFIXES), 'Name.Decorator'],

      [words(KEYWORD_LIST.split(' '), '', String.raw`\b`), 'Keyword'],
      [words(BUILTIN_LIST.split(' '), '', String.raw`\b`), 'Keyword.Type'],
      [words(LITERAL_LIST.split(' '), '', String.raw`\b`), 'Name.Builtin'],

      [VAR, 'Name'],

      // numbers
      [String.raw`(\d+((_\d+)+)?\.(?!\.)(\d+((_\d+)+)?)?|\.\d+((_\d+)+)?)([eEf][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+((_\d+)+)?[eEf][+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`0x[a-fA-F0-9]+((_[a-fA-F0-9]+)+)?(\.([a-fA-F0-9]+((_[a-fA-F0-9]+)+)?)?)?p[+-]?\d+`, 'Literal.Number.Float'],
      ['0b[01]+((_[01]+)+)?', 'Literal.Number.Bin'],
      ['0o[0-7]+((_[0-7]+)+)?', 'Literal.Number.Oct'],
      ['0x[a-fA-F0-9]+((_[a-fA-F0-9]+)+)?', 'Literal.Number.Hex'],
      [String.raw`\d+((_\d+)+)?`, 'Literal.Number.Integer'],

      // the single dot last, so that `.1` is a float
      [words(['.']), 'Operator'],
    ],
    blockcomment: [
      ['[^=#]', 'Comment.Multiline'],
      ['#=', 'Comment.Multiline', '#push'],
      ['=#', 'Comment.Multiline', '#pop'],
      ['[=#]', 'Comment.Multiline'],
    ],
    curly: [
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [VAR, 'Keyword.Type'],
      include('root'),
    ],
    tqrawstring: [
      ['"""', 'Literal.String', '#pop'],
      ['([^"]|"[^"][^"])+', 'Literal.String'],
    ],
    rawstring: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\"`, 'Literal.String.Escape'],
      [String.raw`([^"\\]|\\[^"])+`, 'Literal.String'],
    ],
    // Interpolation is `$` and the shortest full expression, which a regex cannot find: the
    // common cases are `$word` and `$(expression)`.
    interp: [
      [String.raw`\$${VAR}`, 'Literal.String.Interpol'],
      [String.raw`(\$)(\()`, bygroups('Literal.String.Interpol', 'Punctuation'), 'in-intp'],
    ],
    'in-intp': [
      [String.raw`\(`, 'Punctuation', '#push'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('root'),
    ],
    string: [
      [String.raw`(")(${VAR}|\d+)?`, bygroups('Literal.String', 'Literal.String.Affix'), '#pop'],
      [ESCAPE, 'Literal.String.Escape'],
      include('interp'),
      // @printf and @sprintf formats
      [String.raw`%[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]`, 'Literal.String.Interpol'],
      [String.raw`[^"$%\\]+`, 'Literal.String'],
      ['.', 'Literal.String'],
    ],
    tqstring: [
      [String.raw`(""")(${VAR}|\d+)?`, bygroups('Literal.String', 'Literal.String.Affix'), '#pop'],
      [ESCAPE, 'Literal.String.Escape'],
      include('interp'),
      [String.raw`[^"$%\\]+`, 'Literal.String'],
      ['.', 'Literal.String'],
    ],
    regex: [
      ['(")([imsxa]*)?', bygroups('Literal.String.Regex', 'Literal.String.Affix'), '#pop'],
      [String.raw`\\"`, 'Literal.String.Regex'],
      [String.raw`[^\\"]+`, 'Literal.String.Regex'],
    ],
    tqregex: [
      ['(""")([imsxa]*)?', bygroups('Literal.String.Regex', 'Literal.String.Affix'), '#pop'],
      ['[^"]+', 'Literal.String.Regex'],
    ],
    command: [
      [String.raw`(\`)(${VAR}|\d+)?`, bygroups('Literal.String.Backtick', 'Literal.String.Affix'), '#pop'],
      [String.raw`\\[\`$]`, 'Literal.String.Escape'],
      include('interp'),
      [String.raw`[^\\\`$]+`, 'Literal.String.Backtick'],
      ['.', 'Literal.String.Backtick'],
    ],
    tqcommand: [
      [String.raw`(\`\`\`)(${VAR}|\d+)?`, bygroups('Literal.String.Backtick', 'Literal.String.Affix'), '#pop'],
      [String.raw`\\\$`, 'Literal.String.Escape'],
      include('interp'),
      [String.raw`[^\\\`$]+`, 'Literal.String.Backtick'],
      ['.', 'Literal.String.Backtick'],
    ],
  },
};
