/**
 * Pygments' PrologLexer (pygments/lexers/prolog.py, Pygments 2.20), rule for rule: atoms are
 * `String.Atom` (`s s-Atom`), a name before `(` or `:-` is a function, variables start upper-case.
 *
 *     app([], L, L).   ->   <nf>app</nf><p>(</p><p>[],</p> <nv>L</nv><p>,</p> <nv>L</nv><p>).</p>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

// Letters Pygments lets an atom start with and hold (Latin-1 and up, CJK, private use).
const ATOM = String.raw`[a-z\u00c0-\u1fff\u3040-\ud7ff\ue000-\uffef]` + String.raw`[\w$\u00c0-\u1fff\u3040-\ud7ff\ue000-\uffef]*`;

export const prologLexer: LexerDefinition = {
  name: 'Prolog',
  aliases: ['prolog'],
  tokens: {
    root: [
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
    ],
    'nested-comment': [
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      ['[^*/]+', 'Comment.Multiline'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};
