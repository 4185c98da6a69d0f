/**
 * Pygments' IsabelleLexer (pygments/lexers/theorem.py, Pygments 2.20), rule for rule: Isabelle
 * theories: outer-syntax keyword groups, cartouches and nested comments.
 *
 *     lemma foo: "x = x" by simp   ->   <kn>lemma</kn><w> </w><n>foo</n><o>:</o><w> </w><s>"</s><s>x = x</s><s>"</s><w> </w><k>by</k><w> </w><n>simp</n>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { ISABELLE_KEYWORD_TYPE, ISABELLE_KEYWORD } from './isabelle-words.ts';

export const isabelleLexer: LexerDefinition = {
  name: 'Isabelle',
  aliases: ['isabelle'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\(\*`, 'Comment', 'comment'],
      [String.raw`\\<open>`, 'Literal.String.Symbol', 'cartouche'],
      [String.raw`\{\*|‹`, 'Literal.String', 'cartouche'],
      [words(['::', ':', '(', ')', '[', ']', '_', '=', ',', '|', '+', '-', '!', '?']), 'Operator'],
      [words(['{', '}', '.', '..']), 'Operator.Word'],
      [words(['and', 'assumes', 'attach', 'avoids', 'binder', 'checking', 'class_instance', 'class_relation', 'code_module', 'congs', 'constant', 'constrains', 'datatypes', 'defines', 'file', 'fixes', 'for', 'functions', 'hints', 'identifier', 'if', 'imports', 'in', 'includes', 'infix', 'infixl', 'infixr', 'is', 'keywords', 'lazy', 'module_name', 'monos', 'morphisms', 'no_discs_sels', 'notes', 'obtains', 'open', 'output', 'overloaded', 'parametric', 'permissive', 'pervasive', 'rep_compat', 'shows', 'structure', 'type_class', 'type_constructor', 'unchecked', 'unsafe', 'where'], String.raw`\b`, String.raw`\b`), 'Keyword.Pseudo'],
      [words(ISABELLE_KEYWORD_TYPE, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(['theory', 'begin', 'end'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(ISABELLE_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['header', 'chapter'], String.raw`\b`, String.raw`\b`), 'Generic.Heading'],
      [words(['section', 'subsection', 'subsubsection', 'sect', 'subsect', 'subsubsect'], String.raw`\b`, String.raw`\b`), 'Generic.Subheading'],
      [words(['ax_specification', 'bnf', 'code_pred', 'corollary', 'cpodef', 'crunch', 'crunch_ignore', 'enriched_type', 'function', 'instance', 'interpretation', 'lemma', 'lift_definition', 'nominal_inductive', 'nominal_inductive2', 'nominal_primrec', 'pcpodef', 'primcorecursive', 'quotient_definition', 'quotient_type', 'recdef_tc', 'rep_datatype', 'schematic_corollary', 'schematic_lemma', 'schematic_theorem', 'spark_vc', 'specification', 'subclass', 'sublocale', 'termination', 'theorem', 'typedef', 'wrap_free_constructors'], String.raw`\b`, String.raw`\b`), 'Keyword.Namespace'],
      [words(['inductive_cases', 'inductive_simps'], String.raw`\b`, String.raw`\b`), 'Keyword.Namespace'],
      [words(['sorry', 'oops'], String.raw`\b`, String.raw`\b`), 'Generic.Error'],
      [words(['by', 'done', 'qed'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['have', 'hence', 'interpret'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['next', 'proof'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['ML_prf', 'also', 'include', 'including', 'let', 'moreover', 'note', 'txt', 'txt_raw', 'unfolding', 'using', 'write'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['finally', 'from', 'then', 'ultimately', 'with'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['assume', 'case', 'def', 'fix', 'presume'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['guess', 'obtain', 'show', 'thus'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['apply', 'apply_end', 'apply_trace', 'back', 'defer', 'prefer'], String.raw`\b`, String.raw`\b`), 'Keyword.Pseudo'],
      [String.raw`\\<(\w|\^)*>`, 'Text.Symbol'],
      [String.raw`'[^\W\d][.\w']*`, 'Name.Type'],
      [String.raw`0[xX][\da-fA-F][\da-fA-F_]*`, 'Literal.Number.Hex'],
      ['0[oO][0-7][0-7_]*', 'Literal.Number.Oct'],
      ['0[bB][01][01_]*', 'Literal.Number.Bin'],
      ['"', 'Literal.String', 'string'],
      ['`', 'Literal.String.Other', 'fact'],
      [String.raw`[^\s:|\[\]\-()=,+!?{}._][^\s:|\[\]\-()=,+!?{}]*`, 'Name'],
    ],
    comment: [
      ['[^(*)]+', 'Comment'],
      [String.raw`\(\*`, 'Comment', '#push'],
      [String.raw`\*\)`, 'Comment', '#pop'],
      ['[(*)]', 'Comment'],
    ],
    cartouche: [
      [String.raw`[^{*}\\‹›]+`, 'Literal.String'],
      [String.raw`\\<open>`, 'Literal.String.Symbol', '#push'],
      [String.raw`\{\*|‹`, 'Literal.String', '#push'],
      [String.raw`\\<close>`, 'Literal.String.Symbol', '#pop'],
      [String.raw`\*\}|›`, 'Literal.String', '#pop'],
      [String.raw`\\<(\w|\^)*>`, 'Literal.String.Symbol'],
      [String.raw`[{*}\\]`, 'Literal.String'],
    ],
    string: [
      [String.raw`[^"\\]+`, 'Literal.String'],
      [String.raw`\\<(\w|\^)*>`, 'Literal.String.Symbol'],
      [String.raw`\\"`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
    fact: [
      ["[^`\\\\]+", 'Literal.String.Other'],
      [String.raw`\\<(\w|\^)*>`, 'Literal.String.Symbol'],
      ["\\\\`", 'Literal.String.Other'],
      [String.raw`\\`, 'Literal.String.Other'],
      ['`', 'Literal.String.Other', '#pop'],
    ],
  },
};
