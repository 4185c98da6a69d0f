/**
 * Pygments' SedLexer (pygments/lexers/textedit.py, Pygments 2.20.0): sed scripts, rule for rule.
 *
 *     s/a\/b/c/g   ->   <k>s</k><p>/</p><sr>a\/b</sr><p>/</p><s1>c</s1><p>/</p><k>g</k>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

/** The text between two delimiters, escapes and escaped line ends included. */
const INSIDE = String.raw`((?:(?:\\[^\n]|[^\\])*?\\\n)*?(?:\\.|[^\\])*?)`;

export const sedLexer: LexerDefinition = {
  name: 'Sed',
  aliases: ['sed', 'gsed', 'ssed'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['#.*$', 'Comment.Single'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`\$`, 'Operator'],
      ['[{};,!]', 'Punctuation'],
      ['[dDFgGhHlnNpPqQxz=]', 'Keyword'],
      ['([berRtTvwW:])([^;\\n]*)', bygroups('Keyword', 'Literal.String.Single')],
      [String.raw`([aci])((?:.*?\\\n)*(?:.*?[^\\]$))`, bygroups('Keyword', 'Literal.String.Double')],
      ['([qQ])([0-9]*)', bygroups('Keyword', 'Literal.Number.Integer')],
      [`(/)${INSIDE}(/)`, bygroups('Punctuation', 'Literal.String.Regex', 'Punctuation')],
      [String.raw`(\\(.))${INSIDE}(\2)`, bygroups('Punctuation', null, 'Literal.String.Regex', 'Punctuation')],
      [
        String.raw`(y)(.)${INSIDE}(\2)${INSIDE}(\2)`,
        bygroups('Keyword', 'Punctuation', 'Literal.String.Single', 'Punctuation', 'Literal.String.Single', 'Punctuation'),
      ],
      [
        String.raw`(s)(.)${INSIDE}(\2)${INSIDE}(\2)((?:[gpeIiMm]|[0-9])*)`,
        bygroups('Keyword', 'Punctuation', 'Literal.String.Regex', 'Punctuation', 'Literal.String.Single', 'Punctuation', 'Keyword'),
      ],
    ],
  },
};
