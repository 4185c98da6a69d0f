/**
 * Pygments' Lean4Lexer (pygments/lexers/lean.py, Pygments 2.20.0), rule for rule: Lean 4's
 * commands, terms, `@[attributes]`, nesting `/- -/` comments and `/-- -/` docstrings.
 *
 *     theorem t : 1 = 1 := rfl   ->   <kn>theorem</kn><w> </w><n>t</n><w> </w><o>:</o><w> </w><mi>1</mi>...
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

/** A name segment: Lean 3's letters (Greek, letter-like, script capitals), with `!` and `?` allowed. */
const NAME_SEGMENT = "(?![λΠΣ])[_a-zA-Zα-ωΑ-Ωϊ-ϻἀ-῾℀-⅏𝒜-𝖟](?:(?![λΠΣ])[_a-zA-Zα-ωΑ-Ωϊ-ϻἀ-῾℀-⅏𝒜-𝖟0-9'ⁿ-₉ₐ-ₜᵢ-ᵪ!?])*";
const NAME = `${NAME_SEGMENT}(\\.${NAME_SEGMENT})*`;

const COMMANDS = [
  'import', 'unif_hint', 'renaming', 'inline', 'hiding', 'lemma', 'variable', 'theorem', 'axiom', 'inductive',
  'structure', 'universe', 'alias', '#help', 'precedence', 'postfix', 'prefix', 'infix', 'infixl', 'infixr',
  'notation', '#eval', '#check', '#reduce', '#exit', 'end', 'private', 'using', 'namespace', 'instance', 'section',
  'protected', 'export', 'set_option', 'extends', 'open', 'example', '#print', 'opaque', 'def', 'macro', 'elab',
  'syntax', 'macro_rules', '#reduce', 'where', 'abbrev', 'noncomputable', 'class', 'attribute', '#synth', 'mutual',
  'scoped', 'local',
];
const TERM_KEYWORDS = [
  'forall', 'fun', 'obtain', 'from', 'have', 'show', 'assume', 'let', 'if', 'else', 'then', 'by', 'in', 'with',
  'calc', 'match', 'nomatch', 'do', 'at',
];
const SORTS = ['Type', 'Prop', 'Sort'];
const OPERATORS = [
  '!=', '#', '&', '&&', '*', '+', '-', '/', '@', '!', '-.', '->', '.', '..', '...', '::', ':>', ';', ';;', '<', '<-',
  '=', '==', '>', '_', '|', '||', '~', '=>', '<=', '>=', '/\\', '\\/', '∀', 'Π', 'λ', '↔', '∧', '∨', '≠', '≤', '≥',
  '¬', '⁻¹', '⬝', '▸', '→', '∃', '≈', '×', '⌞', '⌟', '≡', '⟨', '⟩', '↦',
];
const PUNCTUATION = ['(', ')', ':', '{', '}', '[', ']', '⦃', '⦄', ':=', ',', "]'", ']?', ']!'];

export const lean4Lexer: LexerDefinition = {
  name: 'Lean4',
  aliases: ['lean4'],
  tokens: {
    expression: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['/--', 'Literal.String.Doc', 'docstring'],
      ['/-', 'Comment', 'comment'],
      ['--.*$', 'Comment.Single'],
      [words(SORTS, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(['sorry', 'admit'], String.raw`\b`, String.raw`\b`), 'Generic.Error'],
      [words(OPERATORS), 'Name.Builtin.Pseudo'],
      [words(PUNCTUATION), 'Operator'],
      [NAME_SEGMENT, 'Name'],
      ['``?' + NAME, 'Literal.String.Symbol'],
      [String.raw`(?<=\.)\d+`, 'Literal.Number'],
      [String.raw`(\d+\.\d*)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`[~?][a-z][\w']*:`, 'Name.Variable'],
      [String.raw`\S`, 'Name.Builtin.Pseudo'],
    ],
    root: [
      [words(COMMANDS, String.raw`\b`, String.raw`\b`), 'Keyword.Namespace'],
      [words(TERM_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [String.raw`@\[`, 'Keyword.Declaration', 'attribute'],
      include('expression'),
    ],
    attribute: [
      [String.raw`\]`, 'Keyword.Declaration', '#pop'],
      include('expression'),
    ],
    // comments nest
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
      [String.raw`\\[n"\\\n]`, 'Literal.String.Escape'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
  },
};
