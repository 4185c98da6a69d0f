/**
 * Pygments' ShExCLexer (pygments/lexers/rdf.py, Pygments 2.20.0), rule for rule: Shape Expressions
 * compact syntax (prefixes, shapes, IRIs, cardinalities).
 *
 *     PREFIX ex: <http://ex.example/#>   ->   <k>PREFIX</k> <nn>ex</nn><p>:</p> <nl>&lt;http://ex.example/#&gt;</nl>
 */
import { bygroups, defaultState, type LexerDefinition } from '../regex-lexer.ts';

export const shexcLexer: LexerDefinition = {
  name: 'ShExC',
  aliases: ['shexc', 'shex'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(?i)(base|prefix|start|external|literal|iri|bnode|nonliteral|length|minlength|maxlength|mininclusive|minexclusive|maxinclusive|maxexclusive|totaldigits|fractiondigits|closed|extra)\b`, 'Keyword'],
      [String.raw`(a)\b`, 'Keyword'],
      ["(<(?:[^\\x00-\\x20<>\"{}|^`\\\\]|\\\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}))*>)", 'Name.Label'],
      [String.raw`(_:[0-9a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_](?:[a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_\-0-9·̀-ͯ‿-⁀.]*[a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_\-0-9·̀-ͯ‿-⁀])?)`, 'Name.Label'],
      [String.raw`([a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�](?:[a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_\-0-9·̀-ͯ‿-⁀.]*[a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_\-0-9·̀-ͯ‿-⁀])?)?(\:)((?:[a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_:0-9]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[_~.\-!$&'()*+,;=/?#@%]))(?:(?:[a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_\-0-9·̀-ͯ‿-⁀.:]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[_~.\-!$&'()*+,;=/?#@%]))*(?:[a-zA-ZÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�_\-0-9·̀-ͯ‿-⁀:]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[_~.\-!$&'()*+,;=/?#@%])))?)?`, bygroups('Name.Namespace', 'Punctuation', 'Name.Tag')],
      ['(true|false)', 'Keyword.Constant'],
      [String.raw`[+\-]?(\d+\.\d*[eE][+-]?\d+|\.?\d+[eE][+-]?\d+)`, 'Literal.Number.Float'],
      [String.raw`[+\-]?(\d+\.\d*|\.\d+)`, 'Literal.Number.Float'],
      [String.raw`[+\-]?\d+`, 'Literal.Number.Integer'],
      [String.raw`[@|$&=*+?^\-~]`, 'Operator'],
      [String.raw`(?i)(and|or|not)\b`, 'Operator.Word'],
      [String.raw`[(){}.;,:^\[\]]`, 'Punctuation'],
      [String.raw`#[^\n]*`, 'Comment'],
      ['"""', 'Literal.String', 'triple-double-quoted-string'],
      ['"', 'Literal.String', 'single-double-quoted-string'],
      [String.raw`'''`, 'Literal.String', 'triple-single-quoted-string'],
      [String.raw`'`, 'Literal.String', 'single-single-quoted-string'],
    ],
    'triple-double-quoted-string': [
      ['"""', 'Literal.String', 'end-of-string'],
      [String.raw`[^\\]+`, 'Literal.String'],
      ["\\\\", 'Literal.String', 'string-escape'],
    ],
    'single-double-quoted-string': [
      ['"', 'Literal.String', 'end-of-string'],
      [String.raw`[^"\\\n]+`, 'Literal.String'],
      ["\\\\", 'Literal.String', 'string-escape'],
    ],
    'triple-single-quoted-string': [
      [String.raw`'''`, 'Literal.String', 'end-of-string'],
      [String.raw`[^\\]+`, 'Literal.String'],
      ["\\\\", 'Literal.String.Escape', 'string-escape'],
    ],
    'single-single-quoted-string': [
      [String.raw`'`, 'Literal.String', 'end-of-string'],
      [String.raw`[^'\\\n]+`, 'Literal.String'],
      ["\\\\", 'Literal.String', 'string-escape'],
    ],
    'string-escape': [
      ['(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})', 'Literal.String.Escape', '#pop'],
      ['.', 'Literal.String.Escape', '#pop'],
    ],
    'end-of-string': [
      ['(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)', bygroups('Operator', 'Name.Function'), '#pop:2'],
      [String.raw`\^\^`, 'Operator', '#pop:2'],
      defaultState('#pop:2'),
    ],
  },
};
