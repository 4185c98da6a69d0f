/**
 * common_sass_tokens (pygments/lexers/css.py, Pygments 2.20): the value, selector, string and
 * interpolation states SassLexer and ScssLexer share; each lexer then appends its own line-end
 * rules to `value` and `selector`.
 */
import { bygroups, defaultState, include, words, type Rule } from '../regex-lexer.ts';
import { COLOR_KEYWORDS, CSS_PROPERTIES, SASS_VALUE_KEYWORDS } from './sass-words.ts';

/** `#{...}` inside names, strings and comments. */
const INTERPOLATION: Rule = [String.raw`#\{`, 'Literal.String.Interpol', 'interpolation'];

export const commonSassTokens: Readonly<Record<string, readonly Rule[]>> = {
  value: [
    [String.raw`[ \t]+`, 'Text.Whitespace'],
    [String.raw`[!$][\w-]+`, 'Name.Variable'],
    [String.raw`url\(`, 'Literal.String.Other', 'string-url'],
    [String.raw`[a-z_-][\w-]*(?=\()`, 'Name.Function'],
    [words([...CSS_PROPERTIES, ...SASS_VALUE_KEYWORDS], '', String.raw`\b`), 'Name.Constant'],
    [words(COLOR_KEYWORDS, '', String.raw`\b`), 'Name.Entity'],
    [
      words(['black', 'silver', 'gray', 'white', 'maroon', 'red', 'purple', 'fuchsia', 'green', 'lime', 'olive',
        'yellow', 'navy', 'blue', 'teal', 'aqua'], '', String.raw`\b`),
      'Name.Builtin',
    ],
    [String.raw`\!(important|default)`, 'Name.Exception'],
    ['(true|false)', 'Name.Pseudo'],
    ['(and|or|not)', 'Operator.Word'],
    [String.raw`/\*`, 'Comment.Multiline', 'inline-comment'],
    [String.raw`//[^\n]*`, 'Comment.Single'],
    [String.raw`\#[a-z0-9]{1,6}`, 'Literal.Number.Hex'],
    [String.raw`(-?\d+)(\%|[a-z]+)?`, bygroups('Literal.Number.Integer', 'Keyword.Type')],
    [String.raw`(-?\d*\.\d+)(\%|[a-z]+)?`, bygroups('Literal.Number.Float', 'Keyword.Type')],
    INTERPOLATION,
    [String.raw`[~^*!&%<>|+=@:,./?-]+`, 'Operator'],
    [String.raw`[\[\]()]+`, 'Punctuation'],
    ['"', 'Literal.String.Double', 'string-double'],
    ["'", 'Literal.String.Single', 'string-single'],
    [String.raw`[a-z_-][\w-]*`, 'Name'],
  ],
  interpolation: [
    [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
    include('value'),
  ],
  selector: [
    [String.raw`[ \t]+`, 'Text.Whitespace'],
    [String.raw`\:`, 'Name.Decorator', 'pseudo-class'],
    [String.raw`\.`, 'Name.Class', 'class'],
    [String.raw`\#`, 'Name.Namespace', 'id'],
    [String.raw`[\w-]+`, 'Name.Tag'],
    INTERPOLATION,
    ['&', 'Keyword'],
    [String.raw`[~^*!&\[\]()<>|+=@:;,./?-]`, 'Operator'],
    ['"', 'Literal.String.Double', 'string-double'],
    ["'", 'Literal.String.Single', 'string-single'],
  ],
  'string-double': [
    [String.raw`(\\.|#(?=[^\n{])|[^\n"#])+`, 'Literal.String.Double'],
    INTERPOLATION,
    ['"', 'Literal.String.Double', '#pop'],
  ],
  'string-single': [
    [String.raw`(\\.|#(?=[^\n{])|[^\n'#])+`, 'Literal.String.Single'],
    INTERPOLATION,
    ["'", 'Literal.String.Single', '#pop'],
  ],
  'string-url': [
    [String.raw`(\\#|#(?=[^\n{])|[^\n#)])+`, 'Literal.String.Other'],
    INTERPOLATION,
    [String.raw`\)`, 'Literal.String.Other', '#pop'],
  ],
  'pseudo-class': [[String.raw`[\w-]+`, 'Name.Decorator'], INTERPOLATION, defaultState('#pop')],
  class: [[String.raw`[\w-]+`, 'Name.Class'], INTERPOLATION, defaultState('#pop')],
  id: [[String.raw`[\w-]+`, 'Name.Namespace'], INTERPOLATION, defaultState('#pop')],
  for: [['(from|to|through)', 'Operator.Word'], include('value')],
};
