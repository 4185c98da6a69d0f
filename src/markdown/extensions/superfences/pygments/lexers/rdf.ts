/**
 * Pygments' SparqlLexer and TurtleLexer (pygments/lexers/rdf.py, Pygments 2.20.0), rule for rule,
 * their name patterns composed from the same grammar pieces (the W3C productions) as in Pygments.
 *
 *     ?s a foaf:Person .   ->   <nv>?s</nv><w> </w><k>a</k><w> </w><nn>foaf</nn><p>:</p><nt>Person</nt><w> </w><p>.</p>
 */
import { bygroups, defaultState, type LexerDefinition } from '../regex-lexer.ts';

// character groups (class bodies), shared by both grammars
const PN_CHARS_BASE_GRP = 'a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd';
const PN_CHARS_U_GRP = `${PN_CHARS_BASE_GRP}_`;
const PN_CHARS_GRP = `${PN_CHARS_U_GRP}\\-0-9\u00b7\u0300-\u036f\u203f-\u2040`;
const HEX_GRP = '0-9A-Fa-f';
const PN_LOCAL_ESC_CHARS_GRP = String.raw` _~.\-!$&"()*+,;=/?#@%`;

// terminal productions
const PN_CHARS_BASE = `[${PN_CHARS_BASE_GRP}]`;
const PN_CHARS = `[${PN_CHARS_GRP}]`;
const HEX = `[${HEX_GRP}]`;
const PN_LOCAL_ESC_CHARS = `[${PN_LOCAL_ESC_CHARS_GRP}]`;
const IRIREF = String.raw`<(?:[^<>"{}|^` + '`' + String.raw`\\\x00-\x20])*>`;
const BLANK_NODE_LABEL = `_:[0-9${PN_CHARS_U_GRP}](?:[${PN_CHARS_GRP}.]*${PN_CHARS})?`;
const PN_PREFIX = `${PN_CHARS_BASE}(?:[${PN_CHARS_GRP}.]*${PN_CHARS})?`;
const VARNAME = `[0-9${PN_CHARS_U_GRP}][${PN_CHARS_U_GRP}0-9\u00b7\u0300-\u036f\u203f-\u2040]*`;
const PERCENT = `%${HEX}${HEX}`;
const PN_LOCAL_ESC = String.raw`\\` + PN_LOCAL_ESC_CHARS;
const PLX = `(?:${PERCENT})|(?:${PN_LOCAL_ESC})`;
const PN_LOCAL = `(?:[${PN_CHARS_U_GRP}:0-9]|${PLX})(?:(?:[${PN_CHARS_GRP}.:]|${PLX})*(?:[${PN_CHARS_GRP}:]|${PLX}))?`;
const EXPONENT = String.raw`[eE][+-]?\d+`;

export const sparqlLexer: LexerDefinition = {
  name: 'SPARQL',
  aliases: ['sparql'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      // keywords
      [String.raw`(?i)(select|construct|describe|ask|where|filter|group\s+by|minus|` +
        String.raw`distinct|reduced|from\s+named|from|order\s+by|desc|asc|limit|` +
        String.raw`offset|values|bindings|load|into|clear|drop|create|add|move|copy|` +
        String.raw`insert\s+data|delete\s+data|delete\s+where|with|delete|insert|` +
        String.raw`using\s+named|using|graph|default|named|all|optional|service|` +
        String.raw`silent|bind|undef|union|not\s+in|in|as|having|to|prefix|base)\b`, 'Keyword'],
      [String.raw`(a)\b`, 'Keyword'],
      [`(${IRIREF})`, 'Name.Label'],
      [`(${BLANK_NODE_LABEL})`, 'Name.Label'],
      [`[?$]${VARNAME}`, 'Name.Variable'],
      // prefixed names
      [`(${PN_PREFIX})?(\\:)(${PN_LOCAL})?`, bygroups('Name.Namespace', 'Punctuation', 'Name.Tag')],
      [String.raw`(?i)(str|lang|langmatches|datatype|bound|iri|uri|bnode|rand|abs|` +
        String.raw`ceil|floor|round|concat|strlen|ucase|lcase|encode_for_uri|` +
        String.raw`contains|strstarts|strends|strbefore|strafter|year|month|day|` +
        String.raw`hours|minutes|seconds|timezone|tz|now|uuid|struuid|md5|sha1|sha256|sha384|` +
        String.raw`sha512|coalesce|if|strlang|strdt|sameterm|isiri|isuri|isblank|` +
        String.raw`isliteral|isnumeric|regex|substr|replace|exists|not\s+exists|` +
        String.raw`count|sum|min|max|avg|sample|group_concat|separator)\b`, 'Name.Function'],
      ['(true|false)', 'Keyword.Constant'],
      [String.raw`[+\-]?(\d+\.\d*${EXPONENT}|\.?\d+${EXPONENT})`, 'Literal.Number.Float'],
      [String.raw`[+\-]?(\d+\.\d*|\.\d+)`, 'Literal.Number.Float'],
      [String.raw`[+\-]?\d+`, 'Literal.Number.Integer'],
      [String.raw`(\|\||&&|=|\*|\-|\+|/|!=|<=|>=|!|<|>)`, 'Operator'],
      [String.raw`[(){}.;,:^\[\]]`, 'Punctuation'],
      ['#[^\\n]*', 'Comment'],
      ['"""', 'Literal.String', 'triple-double-quoted-string'],
      ['"', 'Literal.String', 'single-double-quoted-string'],
      ["'''", 'Literal.String', 'triple-single-quoted-string'],
      ["'", 'Literal.String', 'single-single-quoted-string'],
    ],
    'triple-double-quoted-string': [
      ['"""', 'Literal.String', 'end-of-string'],
      [String.raw`[^\\]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String', 'string-escape'],
    ],
    'single-double-quoted-string': [
      ['"', 'Literal.String', 'end-of-string'],
      [String.raw`[^"\\\n]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String', 'string-escape'],
    ],
    'triple-single-quoted-string': [
      ["'''", 'Literal.String', 'end-of-string'],
      [String.raw`[^\\]+`, 'Literal.String'],
      // String.Escape here only, as in Pygments
      [String.raw`\\`, 'Literal.String.Escape', 'string-escape'],
    ],
    'single-single-quoted-string': [
      ["'", 'Literal.String', 'end-of-string'],
      [String.raw`[^'\\\n]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String', 'string-escape'],
    ],
    'string-escape': [
      [`u${HEX}{4}`, 'Literal.String.Escape', '#pop'],
      [`U${HEX}{8}`, 'Literal.String.Escape', '#pop'],
      ['.', 'Literal.String.Escape', '#pop'],
    ],
    // a language tag or datatype right after the closing quote, then out of the string
    'end-of-string': [
      ['(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)', bygroups('Operator', 'Name.Function'), '#pop:2'],
      [String.raw`\^\^`, 'Operator', '#pop:2'],
      defaultState('#pop:2'),
    ],
  },
};

/** Turtle's simplified prefix name and its IRI (TurtleLexer's `patterns`). */
const PNAME_NS = String.raw`((?:[a-zA-Z][\w-]*)?\:)`;
const TURTLE_IRIREF = String.raw`(<[^<>"{}|^` + '`' + String.raw`\\\x00-\x20]*>)`;

export const turtleLexer: LexerDefinition = {
  name: 'Turtle',
  aliases: ['turtle'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(@base|BASE)(\s+)${TURTLE_IRIREF}(\s*)(\.?)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation')],
      [String.raw`(@prefix|PREFIX)(\s+)${PNAME_NS}(\s+)${TURTLE_IRIREF}(\s*)(\.?)`,
        bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation')],
      // the shorthand predicate `a`
      [String.raw`(?<=\s)a(?=\s)`, 'Keyword.Type'],
      [TURTLE_IRIREF, 'Name.Variable'],
      [`(${PN_PREFIX})?(\\:)(${PN_LOCAL})?`, bygroups('Name.Namespace', 'Punctuation', 'Name.Tag')],
      // blank node label
      [`(_)(:)([${PN_CHARS_U_GRP}0-9]([${PN_CHARS_GRP}.]*${PN_CHARS})?)`, bygroups('Name.Namespace', 'Punctuation', 'Name.Tag')],
      ['#([^\\n]+|$)', 'Comment'],
      [String.raw`\b(true|false)\b`, 'Literal'],
      [String.raw`[+\-]?\d*\.\d+`, 'Literal.Number.Float'],
      [String.raw`[+\-]?\d*(:?\.\d+)?E[+\-]?\d+`, 'Literal.Number.Float'],
      [String.raw`[+\-]?\d+`, 'Literal.Number.Integer'],
      [String.raw`[\[\](){}.;,:^]`, 'Punctuation'],
      ['"""', 'Literal.String', 'triple-double-quoted-string'],
      ['"', 'Literal.String', 'single-double-quoted-string'],
      ["'''", 'Literal.String', 'triple-single-quoted-string'],
      ["'", 'Literal.String', 'single-single-quoted-string'],
    ],
    'triple-double-quoted-string': [
      ['"""', 'Literal.String', 'end-of-string'],
      [String.raw`[^\\]+(?=""")`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String', 'string-escape'],
    ],
    'single-double-quoted-string': [
      ['"', 'Literal.String', 'end-of-string'],
      [String.raw`[^"\\\n]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String', 'string-escape'],
    ],
    'triple-single-quoted-string': [
      ["'''", 'Literal.String', 'end-of-string'],
      [String.raw`[^\\]+(?=''')`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String', 'string-escape'],
    ],
    'single-single-quoted-string': [
      ["'", 'Literal.String', 'end-of-string'],
      [String.raw`[^'\\\n]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String', 'string-escape'],
    ],
    'string-escape': [
      ['.', 'Literal.String', '#pop'],
    ],
    'end-of-string': [
      ['(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)', bygroups('Operator', 'Generic.Emph'), '#pop:2'],
      [String.raw`(\^\^)${TURTLE_IRIREF}`, bygroups('Operator', 'Generic.Emph'), '#pop:2'],
      defaultState('#pop:2'),
    ],
  },
};
