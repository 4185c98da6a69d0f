/**
 * Pygments' VisualPrologLexer (pygments/lexers/vip.py, Pygments 2.20.0), rule for rule: Visual Prolog.
 *
 *     clauses run() :- stdio::write("Hello").
 *     ->   <k>clauses</k> <n>run</n><p>()</p> <o>:-</o> <n>stdio</n><o>::</o><n>write</n><p>(</p><ss>"</ss><s>Hello</s><ss>"</ss><p>).</p>
 *
 * Pygments' VisualPrologGrammarLexer (pygments/lexers/vip.py, Pygments 2.20.0), rule for rule: Visual Prolog grammar files.
 *
 *     rules expr ==> term.
 *     ->   <k>rules</k> <n>expr</n> <o>==></o> <n>term</n><p>.</p>
 */
import { include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

/** VisualPrologBaseLexer's root rules, after each lexer's own keywords. */
const BASE_ROOT: readonly Rule[] = [
  [String.raw`\s+`, 'Text.Whitespace'],
  [words(['try', 'foreach', 'if'], String.raw`\bend\s+`, String.raw`\b`), 'Keyword.Minor'],
  [String.raw`end`, 'Keyword'],
  [words(['and', 'catch', 'do', 'else', 'elseif', 'erroneous', 'externally', 'failure', 'finally', 'foreach', 'if', 'or', 'orelse', 'otherwise', 'then', 'try', 'div', 'mod', 'rem', 'quot'], '', String.raw`\b`), 'Keyword.Minor'],
  [String.raw`0[xo][\da-fA-F_]+`, 'Literal.Number'],
  [String.raw`((\d[\d_]*)?\.)?\d[\d_]*([eE][\-+]?\d+)?`, 'Literal.Number'],
  [String.raw`_\w*`, 'Name.Variable.Anonymous'],
  [String.raw`[A-Z]\w*`, 'Name.Variable'],
  [String.raw`@\w+`, 'Name.Variable'],
  [String.raw`[a-z]\w*`, 'Name'],
  [String.raw`/\*`, 'Comment', 'comment'],
  [String.raw`\%`, 'Comment', 'commentline'],
  [String.raw`"`, 'Literal.String.Symbol', 'string'],
  [String.raw`\'`, 'Literal.String.Symbol', 'stringsingle'],
  [String.raw`@"`, 'Literal.String.Symbol', 'atstring'],
  [String.raw`[\-+*^/!?<>=~:]+`, 'Operator'],
  [String.raw`[$,.[\]|(){}\\]+`, 'Punctuation'],
  [String.raw`.`, 'Text'],
];

/** VisualPrologBaseLexer's other states: comments with `@short`-style doc tags, strings. */
const BASE_STATES: Readonly<Record<string, readonly Rule[]>> = {
  commentdoc: [
    [words(['short', 'detail', 'end', 'withdomain'], String.raw`@`, String.raw`\b`), 'Comment.Preproc'],
    [String.raw`@`, 'Comment'],
  ],
  commentline: [
    include('commentdoc'),
    [String.raw`[^@\n]+`, 'Comment'],
    [String.raw`$`, 'Comment', '#pop'],
  ],
  comment: [
    include('commentdoc'),
    [String.raw`[^@*/]+`, 'Comment'],
    [String.raw`/\*`, 'Comment', '#push'],
    [String.raw`\*/`, 'Comment', '#pop'],
    [String.raw`[*/]`, 'Comment'],
  ],
  stringescape: [
    [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
    [String.raw`\\[\'"ntr\\]`, 'Literal.String.Escape'],
  ],
  stringsingle: [
    include('stringescape'),
    [String.raw`\'`, 'Literal.String.Symbol', '#pop'],
    [String.raw`[^\'\\\n]+`, 'Literal.String'],
    [String.raw`\n`, 'Literal.String.Escape.Error', '#pop'],
  ],
  string: [
    include('stringescape'),
    [String.raw`"`, 'Literal.String.Symbol', '#pop'],
    [String.raw`[^"\\\n]+`, 'Literal.String'],
    [String.raw`\n`, 'Literal.String.Escape.Error', '#pop'],
  ],
  atstring: [
    [String.raw`""`, 'Literal.String.Escape'],
    [String.raw`"`, 'Literal.String.Symbol', '#pop'],
    [String.raw`[^"]+`, 'Literal.String'],
  ],
};

export const visualPrologLexer: LexerDefinition = {
  name: 'Visual Prolog',
  aliases: ['visualprolog'],
  tokens: {
    root: [
      [words(['align', 'anyflow', 'as', 'bitsize', 'determ', 'digits', 'erroneous', 'externally', 'failure', 'from', 'guard', 'multi', 'nondeterm', 'or', 'orelse', 'otherwise', 'procedure', 'resolve', 'single', 'suspending'], '', String.raw`\b`), 'Keyword.Minor'],
      [words(['goal', 'namespace', 'interface', 'class', 'implement', 'where', 'open', 'inherits', 'supports', 'resolve', 'delegate', 'monitor', 'constants', 'domains', 'predicates', 'constructors', 'properties', 'clauses', 'facts'], '', String.raw`\b`), 'Keyword'],
      [words(['bininclude', 'else', 'elseif', 'endif', 'error', 'export', 'externally', 'from', 'grammargenerate', 'grammarinclude', 'if', 'include', 'message', 'options', 'orrequires', 'requires', 'stringinclude', 'then'], String.raw`#`, String.raw`\b`), 'Keyword.Directive'],
      ...BASE_ROOT,
    ],
    ...BASE_STATES,
  },
};

export const visualPrologGrammarLexer: LexerDefinition = {
  name: 'Visual Prolog Grammar',
  aliases: ['visualprologgrammar'],
  tokens: {
    root: [
      [words(['open', 'namespace', 'grammar', 'nonterminals', 'startsymbols', 'terminals', 'rules', 'precedence'], '', String.raw`\b`), 'Keyword'],
      [words(['bininclude', 'stringinclude'], String.raw`#`, String.raw`\b`), 'Keyword.Directive'],
      ...BASE_ROOT,
    ],
    ...BASE_STATES,
  },
};
