/**
 * Pygments' PrologLexer (pygments/lexers/prolog.py, Pygments 2.20), rule for rule: atoms are
 * `String.Atom` (`s s-Atom`), a name before `(` or `:-` is a function, variables start upper-case.
 *
 *     app([], L, L).   ->   <nf>app</nf><p>([],</p> <nv>L</nv><p>,</p> <nv>L</nv><p>).</p>
 */
import { bygroups, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

// Letters Pygments lets an atom start with and hold (Latin-1 and up, CJK, private use).
const ATOM = String.raw`[a-z\u00c0-\u1fff\u3040-\ud7ff\ue000-\uffef]` + String.raw`[\w$\u00c0-\u1fff\u3040-\ud7ff\ue000-\uffef]*`;

const ROOT: readonly Rule[] = [
  [String.raw`/\*`, 'Comment.Multiline', 'nested-comment'],
  ['%.*', 'Comment.Single'],
  // character literal
  ["0'.", 'Literal.String.Char'],
  ['0b[01]+', 'Literal.Number.Bin'],
  ['0o[0-7]+', 'Literal.Number.Oct'],
  ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
  // a literal with its base before it
  [String.raw`\d\d?'[a-zA-Z0-9]+`, 'Literal.Number.Integer'],
  [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
  [String.raw`\d+`, 'Literal.Number.Integer'],
  [String.raw`[\[\](){}|.,;!]`, 'Punctuation'],
  [':-|-->', 'Punctuation'],
  [
    String.raw`"(?:\\x[0-9a-fA-F]+\\|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|` + String.raw`\\[0-7]+\\|\\["\\abcefnrstv]|[^\\"])*"`,
    'Literal.String.Double',
  ],
  ["'(?:''|[^'])*'", 'Literal.String.Atom'], // quoted atom
  [String.raw`is\b`, 'Operator'],
  [String.raw`(<|>|=<|>=|==|=:=|=|/|//|\*|\+|-)(?=\s|[a-zA-Z0-9\[])`, 'Operator'],
  [String.raw`(mod|div|not)\b`, 'Operator'],
  ['_', 'Keyword'], // the don't-care variable
  ['([a-z]+)(:)', bygroups('Name.Namespace', 'Punctuation')],
  [String.raw`(${ATOM})(\s*)(:-|-->)`, bygroups('Name.Function', 'Text', 'Operator')], // a rule's head
  [String.raw`(${ATOM})(\s*)(\()`, bygroups('Name.Function', 'Text', 'Punctuation')],
  [ATOM, 'Literal.String.Atom'], // atom of letters
  // atom of graphic characters (`!` too)
  [String.raw`[#&*+\-./:<=>?@\\^~\u00a1-\u00bf\u2010-\u303f]+`, 'Literal.String.Atom'],
  [String.raw`[A-Z_]\w*`, 'Name.Variable'],
  [String.raw`\s+|[\u2000-\u200f\ufff0-\ufffe\uffef]`, 'Text'],
];

const NESTED_COMMENT: readonly Rule[] = [
  [String.raw`\*/`, 'Comment.Multiline', '#pop'],
  [String.raw`/\*`, 'Comment.Multiline', '#push'],
  ['[^*/]+', 'Comment.Multiline'],
  ['[*/]', 'Comment.Multiline'],
];

export const prologLexer: LexerDefinition = {
  name: 'Prolog',
  aliases: ['prolog'],
  tokens: { root: ROOT, 'nested-comment': NESTED_COMMENT },
};

/**
 * Pygments' CplintLexer (pygments/lexers/cplint.py, Pygments 2.20): Prolog with probabilistic
 * annotations first (`0.5::heads(C)`, distributions, `map_query`), then all of Prolog's rules
 * (`inherit`). guess_lexer finds it before Prolog, with Prolog's score.
 *
 *     heads(C):0.5.   ->   <nf>heads</nf><p>(</p><nv>C</nv><p>)</p><o>:</o><mf>0.5</mf><p>.</p>
 */
export const cplintLexer: LexerDefinition = {
  name: 'cplint',
  aliases: ['cplint'],
  tokens: {
    root: [
      ['map_query', 'Keyword'],
      [
        words(['gaussian', 'uniform_dens', 'dirichlet', 'gamma', 'beta', 'poisson', 'binomial', 'geometric', 'exponential',
          'pascal', 'multinomial', 'user', 'val', 'uniform', 'discrete', 'finite']),
        'Name.Builtin',
      ],
      // annotations of atoms
      ['([a-z]+)(:)', bygroups('Literal.String.Atom', 'Punctuation')],
      [':(-|=)|::?|~=?|=>', 'Operator'],
      [String.raw`\?`, 'Name.Builtin'],
      ...ROOT,
    ],
    'nested-comment': NESTED_COMMENT,
  },
};
