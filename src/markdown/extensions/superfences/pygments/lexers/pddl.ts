/**
 * Pygments' PddlLexer (pygments/lexers/pddl.py, Pygments 2.20.0), rule for rule: PDDL planning domains.
 *
 *     (define (domain blocks) (:requirements :strips))
 *     ->   <p>(</p><nb>define</nb> <p>(</p><nb>domain</nb> <n>blocks</n><p>)</p> <p>(</p><k>:requirements</k> <k>:strips</k><p>)</p><p>)</p>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS_WORDS: readonly string[] = [
  ':requirements', ':types', ':constants', ':predicates', ':functions', ':action', ':agent', ':parameters',
  ':precondition', ':effect', ':durative-action', ':duration', ':condition', ':derived', ':domain', ':objects',
  ':init', ':goal', ':metric', ':length', ':serial', ':parallel', ':strips', ':typing', ':negative-preconditions',
  ':disjunctive-preconditions', ':equality', ':existential-preconditions', ':universal-preconditions',
  ':conditional-effects', ':fluents', ':numeric-fluents', ':object-fluents', ':adl', ':durative-actions',
  ':continuous-effects', ':derived-predicates', ':time-intial-literals', ':preferences', ':constraints',
  ':action-costs', ':multi-agent', ':unfactored-privacy', ':factored-privacy', ':non-deterministic',
];

const BUILTINS_WORDS: readonly string[] = [
  'define', 'domain', 'object', 'either', 'and', 'forall', 'preference', 'imply', 'or', 'exists', 'not', 'when',
  'assign', 'scale-up', 'scale-down', 'increase', 'decrease', 'at', 'over', 'start', 'end', 'all', 'problem',
  'always', 'sometime', 'within', 'at-most-once', 'sometime-after', 'sometime-before', 'always-within',
  'hold-during', 'hold-after', 'minimize', 'maximize', 'total-time', 'is-violated',
];

export const pddlLexer: LexerDefinition = {
  name: 'PDDL',
  aliases: ['pddl'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`;.*$`, 'Comment.Singleline'],
      include('keywords'),
      include('builtins'),
      [String.raw`[()]`, 'Punctuation'],
      [String.raw`[=/*+><-]`, 'Operator'],
      [String.raw`[a-zA-Z][a-zA-Z0-9_-]*`, 'Name'],
      [String.raw`\?[a-zA-Z][a-zA-Z0-9_-]*`, 'Name.Variable'],
      [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
    ],
    keywords: [
      [words(KEYWORDS_WORDS, '', String.raw`\b`), 'Keyword'],
    ],
    builtins: [
      [words(BUILTINS_WORDS, '', String.raw`\b`), 'Name.Builtin'],
    ],
  },
};
