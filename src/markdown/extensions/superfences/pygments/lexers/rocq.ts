/**
 * Pygments' RocqLexer (pygments/lexers/theorem.py, Pygments 2.20.0), rule for rule: the Rocq
 * Prover (Coq) vernacular, Gallina terms and tactics, nesting `(* *)` comments.
 *
 *     Proof. intros. Qed.   ->   <kn>Proof</kn><o>.</o><w> </w><k>intros</k><o>.</o><w> </w><kn>Qed</kn><o>.</o>
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

/** Vernacular commands. */
const VERNACULAR = [
  'Section', 'Module', 'End', 'Require', 'Import', 'Export', 'Include', 'Variable', 'Variables', 'Parameter',
  'Parameters', 'Axiom', 'Axioms', 'Hypothesis', 'Hypotheses', 'Notation', 'Local', 'Tactic', 'Reserved',
  'Scope', 'Open', 'Close', 'Bind', 'Declare', 'Delimit', 'Definition', 'Example', 'Let', 'Ltac', 'Ltac2',
  'Fixpoint', 'CoFixpoint', 'Morphism', 'Relation', 'Implicit', 'Arguments', 'Types', 'Contextual', 'Strict',
  'Prenex', 'Implicits', 'Inductive', 'CoInductive', 'Record', 'Structure', 'Variant', 'Canonical', 'Coercion',
  'Theorem', 'Lemma', 'Fact', 'Remark', 'Corollary', 'Proposition', 'Property', 'Goal', 'Proof', 'Restart',
  'Save', 'Qed', 'Defined', 'Abort', 'Admitted', 'Hint', 'Resolve', 'Rewrite', 'View', 'Search', 'Compute',
  'Eval', 'Show', 'Print', 'Printing', 'All', 'Graph', 'Projections', 'inside', 'outside', 'Check', 'Global',
  'Instance', 'Class', 'Existing', 'Universe', 'Polymorphic', 'Monomorphic', 'Context', 'Scheme', 'From',
  'Undo', 'Fail', 'Function', 'Program', 'Elpi', 'Extract', 'Opaque', 'Transparent', 'Unshelve',
  'Next Obligation',
];

/** Gallina. */
const GALLINA = [
  'forall', 'exists', 'exists2', 'fun', 'fix', 'cofix', 'struct', 'match', 'end', 'in', 'return', 'let', 'if',
  'is', 'then', 'else', 'for', 'of', 'nosimpl', 'with', 'as',
];

/** Sorts. */
const SORTS = [
  'Type', 'Prop', 'SProp', 'Set',
];

/** Tactics. */
const TACTICS = [
  'pose', 'set', 'move', 'case', 'elim', 'apply', 'clear', 'hnf', 'intro', 'intros', 'generalize', 'rename',
  'pattern', 'after', 'destruct', 'induction', 'using', 'refine', 'inversion', 'injection', 'rewrite', 'congr',
  'unlock', 'compute', 'ring', 'field', 'replace', 'fold', 'unfold', 'change', 'cutrewrite', 'simpl', 'have',
  'suff', 'wlog', 'suffices', 'without', 'loss', 'nat_norm', 'assert', 'cut', 'trivial', 'revert', 'bool_congr',
  'nat_congr', 'symmetry', 'transitivity', 'auto', 'split', 'left', 'right', 'autorewrite', 'tauto',
  'setoid_rewrite', 'intuition', 'eauto', 'eapply', 'econstructor', 'etransitivity', 'constructor', 'erewrite',
  'red', 'cbv', 'lazy', 'vm_compute', 'native_compute', 'subst',
];

/** Terminators. */
const TERMINATORS = [
  'by', 'now', 'done', 'exact', 'reflexivity', 'tauto', 'romega', 'omega', 'lia', 'nia', 'lra', 'nra', 'psatz',
  'assumption', 'solve', 'contradiction', 'discriminate', 'congruence', 'admit',
];

/** Control. */
const CONTROL = [
  'do', 'last', 'first', 'try', 'idtac', 'repeat',
];

/** Operator patterns, joined in reverse order (first match wins). */
const KEYOPTS = [
  '!=', '#', '&', '&&', '\\(', '\\)', '\\*', '\\+', ',', '-', '-\\.', '->', '\\.', '\\.\\.', ':', '::', ':=',
  ':>', ';', ';;', '<', '<-', '<->', '=', '>', '>]', '>\\}', '\\?', '\\?\\?', '\\[', '\\[<', '\\[>', '\\[\\|',
  ']', '_', '`', '\\{', '\\{<', 'lp:\\{\\{', '\\|', '\\|]', '\\}', '~', '=>', '/\\\\', '\\\\/', '\\{\\|',
  '\\|\\}', 'λ', '¬', '∧', '∨', '∀', '∃', '→', '↔', '≠', '≤', '≥',
];

const OPERATORS = '[!$%&*+\\./:<=>?@^|~-]';
const PREFIX_SYMS = '[!?~]';
const INFIX_SYMS = String.raw`[=<>@^|&+\*/$%-]`;

export const rocqLexer: LexerDefinition = {
  name: 'Rocq Prover',
  aliases: ['coq', 'rocq', 'rocq-prover'],
  // no re.MULTILINE
  flags: '',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`false|true|\(\)|\[\]`, 'Name.Builtin.Pseudo'],
      [String.raw`\(\*`, 'Comment', 'comment'],
      [String.raw`\b(?:[^\W\d][\w']*\.)+[^\W\d][\w']*\b`, 'Name'],
      [String.raw`\bEquations\b\??`, 'Keyword.Namespace'],
      [String.raw`\b(Elpi)(\s+)(Program|Query|Accumulate|Command|Typecheck|Db|Export|Tactic)?\b`, bygroups('Keyword.Namespace', 'Text', 'Keyword.Namespace')],
      // a weak guess that tells the Set command from the Set sort
      [String.raw`\bUnset\b|\bSet(?=[ \t]+[A-Z][a-z][^\n]*?\.)`, 'Keyword.Namespace', 'set-options'],
      [String.raw`\b(?:String|Number)\s+Notation`, 'Keyword.Namespace', 'sn-notation'],
      [words(VERNACULAR, String.raw`\b`, String.raw`\b`), 'Keyword.Namespace'],
      [words(GALLINA, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(SORTS, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(TACTICS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(TERMINATORS, String.raw`\b`, String.raw`\b`), 'Keyword.Pseudo'],
      [words(CONTROL, String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`\b([A-Z][\w']*)`, 'Name'],
      [`(${[...KEYOPTS].reverse().join('|')})`, 'Operator'],
      [`(${INFIX_SYMS}|${PREFIX_SYMS})?${OPERATORS}`, 'Operator'],
      [String.raw`[^\W\d][\w']*`, 'Name'],
      [String.raw`\d[\d_]*`, 'Literal.Number.Integer'],
      [String.raw`0[xX][\da-fA-F][\da-fA-F_]*`, 'Literal.Number.Hex'],
      ['0[oO][0-7][0-7_]*', 'Literal.Number.Oct'],
      ['0[bB][01][01_]*', 'Literal.Number.Bin'],
      [String.raw`-?\d[\d_]*(.[\d_]*)?([eE][+\-]?\d[\d_]*)`, 'Literal.Number.Float'],
      [String.raw`'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'`, 'Literal.String.Char'],
      ["'.'", 'Literal.String.Char'],
      ["'", 'Keyword'], // a stray quote is another syntax element
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`[~?][a-z][\w']*:`, 'Name'],
      [String.raw`\S`, 'Name.Builtin.Pseudo'],
    ],
    'set-options': [
      [String.raw`\s+`, 'Text'],
      [String.raw`[A-Z]\w*`, 'Keyword.Namespace'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`\.`, 'Punctuation', '#pop'],
    ],
    'sn-notation': [
      [String.raw`\s+`, 'Text'],
      // words that are keywords only here
      [String.raw`\b(?:via|mapping|abstract|warning|after)\b`, 'Keyword'],
      [String.raw`=>|[()\[\]:,]`, 'Operator'],
      [String.raw`\b[^\W\d][\w']*(?:\.[^\W\d][\w']*)*\b`, 'Name'],
      [String.raw`\d[\d_]*`, 'Literal.Number.Integer'],
      [String.raw`0[xX][\da-fA-F][\da-fA-F_]*`, 'Literal.Number.Hex'],
      [String.raw`\(\*`, 'Comment', 'comment'],
      [String.raw`\.`, 'Punctuation', '#pop'],
    ],
    comment: [
      // a run like `*****` is one token
      [String.raw`([^(*)]+|\*+(?!\)))+`, 'Comment'],
      [String.raw`\(\*`, 'Comment', '#push'],
      [String.raw`\*\)`, 'Comment', '#pop'],
      ['[(*)]', 'Comment'],
    ],
    string: [
      ['[^"]+', 'Literal.String.Double'],
      ['""', 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    // unused by the rules (Pygments keeps it, commented out in root)
    dotted: [
      [String.raw`\s+`, 'Text'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`[A-Z][\w']*(?=\s*\.)`, 'Name.Namespace'],
      [String.raw`[A-Z][\w']*`, 'Name.Class', '#pop'],
      [String.raw`[a-z][a-z0-9_']*`, 'Name', '#pop'],
      defaultState('#pop'),
    ],
  },
};
