/**
 * Pygments' OdinLexer and the AtomsLexer states it builds on (pygments/lexers/archetype.py,
 * Pygments 2.20.0), rule for rule. This is openEHR's ODIN data syntax (`*.odin`, alias `odin`),
 * not the Odin programming language, which Pygments 2.20.0 has no lexer for.
 *
 *     name = <"Jo">   ->   <nc>name</nc> <o>=</o> <p><</p><s>"Jo"</s><p>></p>
 */
import { bygroups, include, type LexerDefinition, type Rule } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const P = 'Punctuation';

/** AtomsLexer's states: values shared by ODIN, cADL and ADL. */
export const atomsTokens: Readonly<Record<string, readonly Rule[]>> = {
  // ----- pseudo-states for inclusion -----
  whitespace: [
    [String.raw`\n`, W],
    [String.raw`\s+`, W],
    ['([ \\t]*)(--.*)$', bygroups(W, 'Comment')],
  ],
  archetype_id: [
    [
      String.raw`([ \t]*)(([a-zA-Z]\w{1,100}(\.[a-zA-Z]\w{1,100})*::)?[a-zA-Z]\w{1,100}(-[a-zA-Z]\w{1,100}){2}` +
        String.raw`\.\w{1,100}[\w-]*\.v\d+(\.\d+){,2}((-[a-z]+)(\.\d+)?)?)`,
      bygroups(W, 'Name.Decorator'),
    ],
  ],
  date_constraints: [
    // ISO 8601-based date/time constraints
    [String.raw`[Xx?YyMmDdHhSs\d]{2,4}([:-][Xx?YyMmDdHhSs\d]{2}){2}`, 'Literal.Date'],
    // ISO 8601-based duration constraints + optional trailing slash
    ['(P[YyMmWwDd]+(T[HhMmSs]+)?|PT[HhMmSs]+)/?', 'Literal.Date'],
  ],
  ordered_values: [
    // ISO 8601 date with optional 'T' ligature
    [String.raw`\d{4}-\d{2}-\d{2}T?`, 'Literal.Date'],
    // ISO 8601 time
    [String.raw`\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{4}|Z)?`, 'Literal.Date'],
    // ISO 8601 duration
    [String.raw`P((\d*(\.\d+)?[YyMmWwDd]){1,3}(T(\d*(\.\d+)?[HhMmSs]){,3})?|` + String.raw`T(\d*(\.\d+)?[HhMmSs]){,3})`, 'Literal.Date'],
    [String.raw`[+-]?(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+`, 'Literal.Number.Float'],
    [String.raw`[+-]?\d*\.\d+%?`, 'Literal.Number.Float'],
    ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
    [String.raw`[+-]?\d+%?`, 'Literal.Number.Integer'],
  ],
  values: [
    include('ordered_values'),
    ['([Tt]rue|[Ff]alse)', 'Literal'],
    ['"', 'Literal.String', 'string'],
    [String.raw`'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
    ['[a-z][a-z0-9+.-]*:', 'Literal', 'uri'],
    // term code
    [String.raw`(\[)(\w[\w-]*(?:\([^)\n]+\))?)(::)(\w[\w-]*)(\])`, bygroups(P, 'Name.Decorator', P, 'Name.Decorator', P)],
    [String.raw`\|`, P, 'interval'],
    // list continuation
    [String.raw`\.\.\.`, P],
  ],
  constraint_values: [
    [String.raw`(\[)(\w[\w-]*(?:\([^)\n]+\))?)(::)`, bygroups(P, 'Name.Decorator', P), 'adl14_code_constraint'],
    // ADL 1.4 ordinal constraint
    [String.raw`(\d*)(\|)(\[\w[\w-]*::\w[\w-]*\])((?:[,;])?)`, bygroups('Literal.Number', P, 'Name.Decorator', P)],
    include('date_constraints'),
    include('values'),
  ],
  // ----- real states -----
  string: [
    ['"', 'Literal.String', '#pop'],
    [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|` + String.raw`u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})`, 'Literal.String.Escape'],
    // all other characters
    [String.raw`[^\\"]+`, 'Literal.String'],
    // stray backslash
    [String.raw`\\`, 'Literal.String'],
  ],
  uri: [
    // effective URI terminators
    [String.raw`[,>\s]`, P, '#pop'],
    [String.raw`[^>\s,]+`, 'Literal'],
  ],
  interval: [
    [String.raw`\|`, P, '#pop'],
    include('ordered_values'),
    [String.raw`\.\.`, P],
    ['[<>=] *', P],
    // handle +/-
    [String.raw`\+/-`, P],
    [String.raw`\s+`, W],
  ],
  any_code: [
    include('archetype_id'),
    // if it is a code
    [String.raw`[a-z_]\w*[0-9.]+(@[^\]]+)?`, 'Name.Decorator'],
    // if it is tuple with attribute names
    [String.raw`[a-z_]\w*`, 'Name.Class'],
    // if it is an integer, i.e. Xpath child index
    ['[0-9]+', 'Text'],
    [String.raw`\|`, P, 'code_rubric'],
    [String.raw`\]`, P, '#pop'],
    // handle use_archetype statement
    [String.raw`(\s*)(,)(\s*)`, bygroups(W, P, W)],
  ],
  code_rubric: [
    [String.raw`\|`, P, '#pop'],
    ['[^|]+', 'Literal.String'],
  ],
  adl14_code_constraint: [
    [String.raw`\]`, P, '#pop'],
    [String.raw`\|`, P, 'code_rubric'],
    [String.raw`(\w[\w-]*)([;,]?)`, bygroups('Name.Decorator', P)],
    include('whitespace'),
  ],
};

export const odinLexer: LexerDefinition = {
  name: 'ODIN',
  aliases: ['odin'],
  tokens: {
    ...atomsTokens,
    path: [
      ['>', P, '#pop'],
      // attribute name
      [String.raw`[a-z_]\w*`, 'Name.Class'],
      ['/', P],
      [String.raw`\[`, P, 'key'],
      [String.raw`(\s*)(,)(\s*)`, bygroups(W, P, W), '#pop'],
      [String.raw`\s+`, W, '#pop'],
    ],
    key: [
      include('values'),
      [String.raw`\]`, P, '#pop'],
    ],
    type_cast: [
      [String.raw`\)`, P, '#pop'],
      ['[^)]+', 'Name.Class'],
    ],
    root: [
      include('whitespace'),
      ['([Tt]rue|[Ff]alse)', 'Literal'],
      include('values'),
      // x-ref path
      ['/', P, 'path'],
      // x-ref path starting with key
      [String.raw`\[`, P, 'key'],
      // attribute name
      [String.raw`[a-z_]\w*`, 'Name.Class'],
      ['=', 'Operator'],
      [String.raw`\(`, P, 'type_cast'],
      [',', P],
      ['<', P],
      ['>', P],
      [';', P],
    ],
  },
};
