/**
 * Pygments' Lean3Lexer (pygments/lexers/lean.py, Pygments 2.20.0; display name `Lean`, aliases
 * `lean` and `lean3`), rule for rule. Lean 4 is lean.ts.
 *
 *     theorem t : 1 = 1 := rfl   ->   <kd>theorem</kd><w> </w><n>t</n><w> </w><o>:</o>...
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const EXPRESSION_KEYWORDS = [
  'forall', 'fun', 'Pi', 'from', 'have', 'show', 'assume', 'suffices', 'let', 'if', 'else', 'then', 'in', 'with',
  'calc', 'match', 'do',
];

const ERRORS = [
  'sorry', 'admit',
];

const SORTS = [
  'Sort', 'Prop', 'Type',
];

const OPERATORS = [
  '(', ')', ':', '{', '}', '[', ']', '⟨', '⟩', '‹', '›', '⦃', '⦄', ':=', ',',
];

const NAMESPACE_KEYWORDS = [
  'import', 'renaming', 'hiding', 'namespace', 'local', 'private', 'protected', 'section', 'include', 'omit',
  'section', 'protected', 'export', 'open', 'attribute',
];

const DECLARATIONS = [
  'lemma', 'theorem', 'def', 'definition', 'example', 'axiom', 'axioms', 'constant', 'constants', 'universe',
  'universes', 'inductive', 'coinductive', 'structure', 'extends', 'class', 'instance', 'abbreviation',
  'noncomputable theory', 'noncomputable', 'mutual', 'meta', 'attribute', 'parameter', 'parameters', 'variable',
  'variables', 'reserve', 'precedence', 'postfix', 'prefix', 'notation', 'infix', 'infixl', 'infixr', 'begin', 'by',
  'end', 'set_option', 'run_cmd',
];

const COMMANDS = [
  '#eval', '#check', '#reduce', '#exit', '#print', '#help',
];

/** One part of a dotted name: Lean's letters (not λ, Π, Σ), then digits, primes and subscripts. */
const NAME_SEGMENT = "(?![λΠΣ])[_a-zA-Zα-ωΑ-Ωϊ-ϻἀ-῾℀-⅏𝒜-𝖟](?:(?![λΠΣ])[_a-zA-Zα-ωΑ-Ωϊ-ϻἀ-῾℀-⅏𝒜-𝖟0-9'ⁿ-₉ₐ-ₜᵢ-ᵪ])*";
const NAME = String.raw`${NAME_SEGMENT}(\.${NAME_SEGMENT})*`;

export const lean3Lexer: LexerDefinition = {
  name: 'Lean',
  aliases: ['lean', 'lean3'],
  tokens: {
    expression: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['/--', 'Literal.String.Doc', 'docstring'],
      ['/-', 'Comment', 'comment'],
      ['--.*?$', 'Comment.Single'],
      [words(EXPRESSION_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(ERRORS, String.raw`\b`, String.raw`\b`), 'Generic.Error'],
      [words(SORTS, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(OPERATORS), 'Operator'],
      [NAME, 'Name'],
      [`\`\`?${NAME}`, 'Literal.String.Symbol'],
      ['0x[A-Za-z0-9]+', 'Literal.Number.Integer'],
      ['0b[01]+', 'Literal.Number.Integer'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`'(?:(\\[\\\"'nt])|(\\x[0-9a-fA-F]{2})|(\\u[0-9a-fA-F]{4})|.)'`, 'Literal.String.Char'],
      [String.raw`[~?][a-z][\w\']*:`, 'Name.Variable'],
      [String.raw`\S`, 'Name.Builtin.Pseudo'],
    ],
    root: [
      [words(NAMESPACE_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword.Namespace'],
      [words(DECLARATIONS, String.raw`\b`, String.raw`\b`), 'Keyword.Declaration'],
      [String.raw`@\[`, 'Keyword.Declaration', 'attribute'],
      [words(COMMANDS, '', String.raw`\b`), 'Keyword'],
      include('expression'),
    ],
    attribute: [
      [String.raw`\]`, 'Keyword.Declaration', '#pop'],
      include('expression'),
    ],
    comment: [
      ['[^/-]+', 'Comment.Multiline'],
      ['/-', 'Comment.Multiline', '#push'],
      ['-/', 'Comment.Multiline', '#pop'],
      ['[/-]', 'Comment.Multiline'],
    ],
    docstring: [
      ['[^/-]+', 'Literal.String.Doc'],
      ['-/', 'Literal.String.Doc', '#pop'],
      ['[/-]', 'Literal.String.Doc'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
      [String.raw`(?:(\\[\\\"'nt])|(\\x[0-9a-fA-F]{2})|(\\u[0-9a-fA-F]{4}))`, 'Literal.String.Escape'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
  },
};
