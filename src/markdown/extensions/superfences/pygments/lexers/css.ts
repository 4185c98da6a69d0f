/**
 * Pygments' CssLexer (pygments/lexers/css.py, Pygments 2.20.0), rule for rule; the word lists are
 * in css-words.ts.
 *
 *     a { color: #fff; }   ->   <nt>a</nt><w> </w><p>{</p><k>color</k><p>:</p><w> </w><mh>#fff</mh><p>;</p><w> </w><p>}</p>
 */
import { bygroups, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';
import {
  ALL_UNITS, COLOR_KEYWORDS, CSS_PROPERTIES, FUNCTIONAL_NOTATION_KEYWORD_VALUES, KEYWORD_VALUES,
  OTHER_KEYWORD_VALUES, VENDOR_PREFIXES,
} from './css-words.ts';

const W = 'Text.Whitespace';
const COMMENT = String.raw`/\*(?:.|\n)*?\*/`;
const DOUBLE = String.raw`"(\\\\|\\[^\\]|[^"\\])*"`;
const SINGLE = String.raw`'(\\\\|\\[^\\]|[^'\\])*'`;

export const cssLexer: LexerDefinition = {
  name: 'CSS',
  aliases: ['css'],
  tokens: {
    root: [include('basics')],
    basics: [
      [String.raw`\s+`, W],
      [COMMENT, 'Comment'],
      [String.raw`\{`, 'Punctuation', 'content'],
      [String.raw`(\:{1,2})([\w-]+)`, bygroups('Punctuation', 'Name.Decorator')],
      [String.raw`(\.)([\w-]+)`, bygroups('Punctuation', 'Name.Class')],
      [String.raw`(\#)([\w-]+)`, bygroups('Punctuation', 'Name.Namespace')],
      [String.raw`(@)([\w-]+)`, bygroups('Punctuation', 'Keyword'), 'atrule'],
      [String.raw`[\w-]+`, 'Name.Tag'],
      [String.raw`[~^*!%&$\[\]()<>|+=@:;,./?-]`, 'Operator'],
      [DOUBLE, 'Literal.String.Double'],
      [SINGLE, 'Literal.String.Single'],
    ],
    atrule: [
      [String.raw`\{`, 'Punctuation', 'atcontent'],
      [';', 'Punctuation', '#pop'],
      include('basics'),
    ],
    atcontent: [
      include('basics'),
      [String.raw`\}`, 'Punctuation', '#pop:2'],
    ],
    content: [
      [String.raw`\s+`, W],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [';', 'Punctuation'],
      ['^@.*?$', 'Comment.Preproc'],
      [words(VENDOR_PREFIXES), 'Keyword.Pseudo'],
      [`(${CSS_PROPERTIES.join('|')})` + String.raw`(\s*)(\:)`, bygroups('Keyword', W, 'Punctuation'), 'value-start'],
      [String.raw`([-]+[a-zA-Z_][\w-]*)(\s*)(\:)`, bygroups('Name.Variable', W, 'Punctuation'), 'value-start'],
      [String.raw`([a-zA-Z_][\w-]*)(\s*)(\:)`, bygroups('Name', W, 'Punctuation'), 'value-start'],
      [COMMENT, 'Comment'],
    ],
    'value-start': [
      [String.raw`\s+`, W],
      [words(VENDOR_PREFIXES), 'Name.Builtin.Pseudo'],
      include('urls'),
      [`(${FUNCTIONAL_NOTATION_KEYWORD_VALUES.join('|')})` + String.raw`(\()`, bygroups('Name.Builtin', 'Punctuation'), 'function-start'],
      [String.raw`([a-zA-Z_][\w-]+)(\()`, bygroups('Name.Function', 'Punctuation'), 'function-start'],
      [words(KEYWORD_VALUES, '', String.raw`\b`), 'Keyword.Constant'],
      [words(OTHER_KEYWORD_VALUES, '', String.raw`\b`), 'Keyword.Constant'],
      [words(COLOR_KEYWORDS, '', String.raw`\b`), 'Keyword.Constant'],
      [words(CSS_PROPERTIES, '', String.raw`\b`), 'Keyword'], // for transition-property etc.
      [String.raw`\!important`, 'Comment.Preproc'],
      [COMMENT, 'Comment'],
      include('numeric-values'),
      [String.raw`[~^*!%&<>|+=@:./?-]+`, 'Operator'],
      [String.raw`[\[\](),]+`, 'Punctuation'],
      [DOUBLE, 'Literal.String.Double'],
      [SINGLE, 'Literal.String.Single'],
      [String.raw`[a-zA-Z_][\w-]*`, 'Name'],
      [';', 'Punctuation', '#pop'],
      [String.raw`\}`, 'Punctuation', '#pop:2'],
    ],
    'function-start': [
      [String.raw`\s+`, W],
      [String.raw`[-]+([A-Za-z][\w+]*[-]*)+`, 'Name.Variable'],
      include('urls'),
      [words(VENDOR_PREFIXES), 'Keyword.Pseudo'],
      [words(KEYWORD_VALUES, '', String.raw`\b`), 'Keyword.Constant'],
      [words(OTHER_KEYWORD_VALUES, '', String.raw`\b`), 'Keyword.Constant'],
      [words(COLOR_KEYWORDS, '', String.raw`\b`), 'Keyword.Constant'],
      // function-start may be entered recursively
      [`(${FUNCTIONAL_NOTATION_KEYWORD_VALUES.join('|')})` + String.raw`(\()`, bygroups('Name.Builtin', 'Punctuation'), 'function-start'],
      [String.raw`([a-zA-Z_][\w-]+)(\()`, bygroups('Name.Function', 'Punctuation'), 'function-start'],
      [COMMENT, 'Comment'],
      include('numeric-values'),
      ['[*+/-]', 'Operator'],
      [',', 'Punctuation'],
      [DOUBLE, 'Literal.String.Double'],
      [SINGLE, 'Literal.String.Single'],
      [String.raw`[a-zA-Z_-]\w*`, 'Name'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    urls: [
      [String.raw`(url)(\()(".*?")(\))`, bygroups('Name.Builtin', 'Punctuation', 'Literal.String.Double', 'Punctuation')],
      [String.raw`(url)(\()('.*?')(\))`, bygroups('Name.Builtin', 'Punctuation', 'Literal.String.Single', 'Punctuation')],
      [String.raw`(url)(\()(.*?)(\))`, bygroups('Name.Builtin', 'Punctuation', 'Literal.String.Other', 'Punctuation')],
    ],
    'numeric-values': [
      [String.raw`\#[a-zA-Z0-9]{1,6}`, 'Literal.Number.Hex'],
      [String.raw`[+\-]?[0-9]*[.][0-9]+`, 'Literal.Number.Float', 'numeric-end'],
      [String.raw`[+\-]?[0-9]+`, 'Literal.Number.Integer', 'numeric-end'],
    ],
    'numeric-end': [
      [words(ALL_UNITS, '', String.raw`\b`), 'Keyword.Type'],
      ['%', 'Keyword.Type'],
      defaultState('#pop'),
    ],
  },
};
