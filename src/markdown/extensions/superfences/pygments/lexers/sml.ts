/**
 * Pygments' SMLLexer (pygments/lexers/ml.py, Pygments 2.20.0), rule for rule: scopes opened by
 * brackets and `let`/`local`/`struct` decide whether `|` and `and` start a function clause or a
 * case; identifiers are told from reserved words by callbacks, as in Pygments.
 *
 *     fun fact 0 = 1   ->   <kr>fun</kr><w> </w><nf>fact</nf><w> </w><mi>0</mi><w> </w><p>=</p>...
 */
import { bygroups, defaultState, include, type Callback, type LexerDefinition } from '../regex-lexer.ts';

const ALPHANUMID_RESERVED: ReadonlySet<string> = new Set([
  // core
  'abstype', 'and', 'andalso', 'as', 'case', 'datatype', 'do', 'else', 'end', 'exception', 'fn', 'fun', 'handle', 'if',
  'in', 'infix', 'infixr', 'let', 'local', 'nonfix', 'of', 'op', 'open', 'orelse', 'raise', 'rec', 'then', 'type', 'val',
  'with', 'withtype', 'while',
  // modules
  'eqtype', 'functor', 'include', 'sharing', 'sig', 'signature', 'struct', 'structure', 'where',
]);

// Pygments writes `|` here as the regex `\|`, and compares matched text with these strings: a
// matched `|` is not found, so it stays a Name, as in Pygments.
const SYMBOLICID_RESERVED: ReadonlySet<string> = new Set([':', String.raw`\|`, '=', '=>', '->', '#', ':>']);

const NONID_RESERVED = ['(', ')', '[', ']', '{', '}', ',', ';', '...', '_'];

const ALPHANUMID = String.raw`[a-zA-Z][\w']*`;
const SYMBOLICID = String.raw`[!%&$#+\-/:<=>?@\\~\x60^|*]+`;

/** `Foo.` in a long identifier: a structure name (a reserved word there is an error) and its dot. */
const longIdCallback: Callback = function* (_lexer, match) {
  const name = match.group(1) ?? '';
  yield [match.groupStart(1), ALPHANUMID_RESERVED.has(name) ? 'Error' : 'Name.Namespace', name];
  yield [match.groupStart(2), 'Punctuation', match.group(2) ?? ''];
};

/** The last part of a long identifier: any reserved word is an error there. */
const endIdCallback: Callback = function* (_lexer, match) {
  const name = match.group(1) ?? '';
  yield [match.groupStart(1), ALPHANUMID_RESERVED.has(name) || SYMBOLICID_RESERVED.has(name) ? 'Error' : 'Name', name];
};

/** A plain identifier: a reserved word is a keyword (alphanumeric) or punctuation (symbolic). */
const idCallback: Callback = function* (_lexer, match) {
  const name = match.group(1) ?? '';
  const type = ALPHANUMID_RESERVED.has(name) ? 'Keyword.Reserved' : SYMBOLICID_RESERVED.has(name) ? 'Punctuation' : 'Name';
  yield [match.groupStart(1), type, name];
};

export const smlLexer: LexerDefinition = {
  name: 'Standard ML',
  aliases: ['sml'],
  tokens: {
    whitespace: [
      [String.raw`\s+`, 'Text'],
      [String.raw`\(\*`, 'Comment.Multiline', 'comment'],
    ],
    delimiters: [
      [String.raw`\(|\[|\{`, 'Punctuation', 'main'],
      [String.raw`\)|\]|\}`, 'Punctuation', '#pop'],
      [String.raw`\b(let|if|local)\b(?!\')`, 'Keyword.Reserved', ['main', 'main']],
      [String.raw`\b(struct|sig|while)\b(?!\')`, 'Keyword.Reserved', 'main'],
      [String.raw`\b(do|else|end|in|then)\b(?!\')`, 'Keyword.Reserved', '#pop'],
    ],
    core: [
      [`(${NONID_RESERVED.map((word) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')})`, 'Punctuation'],
      ['#"', 'Literal.String.Char', 'char'],
      ['"', 'Literal.String.Double', 'string'],
      ['~?0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['0wx[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`0w\d+`, 'Literal.Number.Integer'],
      [String.raw`~?\d+\.\d+[eE]~?\d+`, 'Literal.Number.Float'],
      [String.raw`~?\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`~?\d+[eE]~?\d+`, 'Literal.Number.Float'],
      [String.raw`~?\d+`, 'Literal.Number.Integer'],
      [String.raw`#\s*[1-9][0-9]*`, 'Name.Label'],
      [String.raw`#\s*(${ALPHANUMID})`, 'Name.Label'],
      [String.raw`#\s+(${SYMBOLICID})`, 'Name.Label'],
      [String.raw`\b(datatype|abstype)\b(?!\')`, 'Keyword.Reserved', 'dname'],
      [String.raw`\b(exception)\b(?!\')`, 'Keyword.Reserved', 'ename'],
      [String.raw`\b(functor|include|open|signature|structure)\b(?!\')`, 'Keyword.Reserved', 'sname'],
      [String.raw`\b(type|eqtype)\b(?!\')`, 'Keyword.Reserved', 'tname'],
      [String.raw`\'[\w\']*`, 'Name.Decorator'],
      [String.raw`(${ALPHANUMID})(\.)`, longIdCallback, 'dotted'],
      [String.raw`(${ALPHANUMID})`, idCallback],
      [String.raw`(${SYMBOLICID})`, idCallback],
    ],
    dotted: [
      [String.raw`(${ALPHANUMID})(\.)`, longIdCallback],
      [String.raw`(${ALPHANUMID})`, endIdCallback, '#pop'],
      [String.raw`(${SYMBOLICID})`, endIdCallback, '#pop'],
      [String.raw`\s+`, 'Error'],
      [String.raw`\S+`, 'Error'],
    ],
    root: [
      defaultState('main'),
    ],
    main: [
      include('whitespace'),
      [String.raw`\b(val|and)\b(?!\')`, 'Keyword.Reserved', 'vname'],
      [String.raw`\b(fun)\b(?!\')`, 'Keyword.Reserved', ['#pop', 'main-fun', 'fname']],
      include('delimiters'),
      include('core'),
      [String.raw`\S+`, 'Error'],
    ],
    'main-fun': [
      include('whitespace'),
      [String.raw`\s`, 'Text'],
      [String.raw`\(\*`, 'Comment.Multiline', 'comment'],
      [String.raw`\b(fun|and)\b(?!\')`, 'Keyword.Reserved', 'fname'],
      [String.raw`\b(val)\b(?!\')`, 'Keyword.Reserved', ['#pop', 'main', 'vname']],
      [String.raw`\|`, 'Punctuation', 'fname'],
      [String.raw`\b(case|handle)\b(?!\')`, 'Keyword.Reserved', ['#pop', 'main']],
      include('delimiters'),
      include('core'),
      [String.raw`\S+`, 'Error'],
    ],
    char: [
      [String.raw`[^"\\]`, 'Literal.String.Char'],
      [String.raw`\\[\\"abtnvfr]`, 'Literal.String.Escape'],
      [String.raw`\\\^[\x40-\x5e]`, 'Literal.String.Escape'],
      [String.raw`\\[0-9]{3}`, 'Literal.String.Escape'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\\s+\\`, 'Literal.String.Interpol'],
      ['"', 'Literal.String.Char', '#pop'],
    ],
    string: [
      [String.raw`[^"\\]`, 'Literal.String.Double'],
      [String.raw`\\[\\"abtnvfr]`, 'Literal.String.Escape'],
      [String.raw`\\\^[\x40-\x5e]`, 'Literal.String.Escape'],
      [String.raw`\\[0-9]{3}`, 'Literal.String.Escape'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\\s+\\`, 'Literal.String.Interpol'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    breakout: [
      [String.raw`(?=\b(${[...ALPHANUMID_RESERVED].join('|')})\b(?!\'))`, 'Text', '#pop'],
    ],
    sname: [
      include('whitespace'),
      include('breakout'),
      [String.raw`(${ALPHANUMID})`, 'Name.Namespace'],
      defaultState('#pop'),
    ],
    fname: [
      include('whitespace'),
      [String.raw`\'[\w\']*`, 'Name.Decorator'],
      [String.raw`\(`, 'Punctuation', 'tyvarseq'],
      [String.raw`(${ALPHANUMID})`, 'Name.Function', '#pop'],
      [String.raw`(${SYMBOLICID})`, 'Name.Function', '#pop'],
      defaultState('#pop'),
    ],
    vname: [
      include('whitespace'),
      [String.raw`\'[\w\']*`, 'Name.Decorator'],
      [String.raw`\(`, 'Punctuation', 'tyvarseq'],
      [String.raw`(${ALPHANUMID})(\s*)(=(?!${SYMBOLICID}))`, bygroups('Name.Variable', 'Text', 'Punctuation'), '#pop'],
      [String.raw`(${SYMBOLICID})(\s*)(=(?!${SYMBOLICID}))`, bygroups('Name.Variable', 'Text', 'Punctuation'), '#pop'],
      [String.raw`(${ALPHANUMID})`, 'Name.Variable', '#pop'],
      [String.raw`(${SYMBOLICID})`, 'Name.Variable', '#pop'],
      defaultState('#pop'),
    ],
    tname: [
      include('whitespace'),
      include('breakout'),
      [String.raw`\'[\w\']*`, 'Name.Decorator'],
      [String.raw`\(`, 'Punctuation', 'tyvarseq'],
      [String.raw`=(?!${SYMBOLICID})`, 'Punctuation', ['#pop', 'typbind']],
      [String.raw`(${ALPHANUMID})`, 'Keyword.Type'],
      [String.raw`(${SYMBOLICID})`, 'Keyword.Type'],
      [String.raw`\S+`, 'Error', '#pop'],
    ],
    typbind: [
      include('whitespace'),
      [String.raw`\b(and)\b(?!\')`, 'Keyword.Reserved', ['#pop', 'tname']],
      include('breakout'),
      include('core'),
      [String.raw`\S+`, 'Error', '#pop'],
    ],
    dname: [
      include('whitespace'),
      include('breakout'),
      [String.raw`\'[\w\']*`, 'Name.Decorator'],
      [String.raw`\(`, 'Punctuation', 'tyvarseq'],
      [String.raw`(=)(\s*)(datatype)`, bygroups('Punctuation', 'Text', 'Keyword.Reserved'), '#pop'],
      [String.raw`=(?!${SYMBOLICID})`, 'Punctuation', ['#pop', 'datbind', 'datcon']],
      [String.raw`(${ALPHANUMID})`, 'Keyword.Type'],
      [String.raw`(${SYMBOLICID})`, 'Keyword.Type'],
      [String.raw`\S+`, 'Error', '#pop'],
    ],
    datbind: [
      include('whitespace'),
      [String.raw`\b(and)\b(?!\')`, 'Keyword.Reserved', ['#pop', 'dname']],
      [String.raw`\b(withtype)\b(?!\')`, 'Keyword.Reserved', ['#pop', 'tname']],
      [String.raw`\b(of)\b(?!\')`, 'Keyword.Reserved'],
      [String.raw`(\|)(\s*)(${ALPHANUMID})`, bygroups('Punctuation', 'Text', 'Name.Class')],
      [String.raw`(\|)(\s+)(${SYMBOLICID})`, bygroups('Punctuation', 'Text', 'Name.Class')],
      include('breakout'),
      include('core'),
      [String.raw`\S+`, 'Error'],
    ],
    ename: [
      include('whitespace'),
      [String.raw`(and\b)(\s+)(${ALPHANUMID})`, bygroups('Keyword.Reserved', 'Text', 'Name.Class')],
      [String.raw`(and\b)(\s*)(${SYMBOLICID})`, bygroups('Keyword.Reserved', 'Text', 'Name.Class')],
      [String.raw`\b(of)\b(?!\')`, 'Keyword.Reserved'],
      [String.raw`(${ALPHANUMID})|(${SYMBOLICID})`, 'Name.Class'],
      defaultState('#pop'),
    ],
    datcon: [
      include('whitespace'),
      [String.raw`(${ALPHANUMID})`, 'Name.Class', '#pop'],
      [String.raw`(${SYMBOLICID})`, 'Name.Class', '#pop'],
      [String.raw`\S+`, 'Error', '#pop'],
    ],
    tyvarseq: [
      [String.raw`\s`, 'Text'],
      [String.raw`\(\*`, 'Comment.Multiline', 'comment'],
      [String.raw`\'[\w\']*`, 'Name.Decorator'],
      [ALPHANUMID, 'Name'],
      [',', 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [SYMBOLICID, 'Name'],
    ],
    comment: [
      ['[^(*)]', 'Comment.Multiline'],
      [String.raw`\(\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*\)`, 'Comment.Multiline', '#pop'],
      ['[(*)]', 'Comment.Multiline'],
    ],
  },
};
