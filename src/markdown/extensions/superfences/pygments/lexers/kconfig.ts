/**
 * Pygments' KconfigLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: Linux
 * Kconfig files. A `help` text runs while lines stay indented at least as deep as its first line
 * (a tab counts as 8 spaces, up to 7 levels), as String.Doc. No re.MULTILINE.
 *
 *     config FOO   ->   <k>config</k> FOO
 */
import { defaultState, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

/** `_rx_indent`: a line indented `level` tab stops or more (tab width 8). */
function indent(level: number): string {
  return String.raw`(?:\t| {1,7}\t| {8})${level === 1 ? '' : `{${level}}`}.*\n`;
}

/** `call_indent`: a first help line this deep enters `indent<level>`. */
const callIndent = (level: number): Rule => [indent(level), 'Literal.String.Doc', `indent${level}`];

/** `do_indent`: lines this deep are help text, blank lines skipped; anything else ends the help. */
const doIndent = (level: number): readonly Rule[] => [
  [indent(level), 'Literal.String.Doc'],
  [String.raw`\s*\n`, 'Text'],
  defaultState('#pop:2'),
];

const LEVELS = [7, 6, 5, 4, 3, 2, 1];

export const kconfigLexer: LexerDefinition = {
  name: 'Kconfig',
  aliases: ['kconfig', 'menuconfig', 'linux-config', 'kernel-config'],
  flags: '',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`#.*?\n`, 'Comment.Single'],
      [
        words(['mainmenu', 'config', 'menuconfig', 'choice', 'endchoice', 'comment', 'menu', 'endmenu', 'visible if', 'if',
          'endif', 'source', 'prompt', 'select', 'depends on', 'default', 'range', 'option'], '', String.raw`\b`),
        'Keyword',
      ],
      [String.raw`(---help---|help)[\t ]*\n`, 'Keyword', 'help'],
      [String.raw`(bool|tristate|string|hex|int|defconfig_list|modules|env)\b`, 'Name.Builtin'],
      ['[!=&|]', 'Operator'],
      ['[()]', 'Punctuation'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ["'(''|[^'])*'", 'Literal.String.Single'],
      ['"(""|[^"])*"', 'Literal.String.Double'],
      [String.raw`\S+`, 'Text'],
    ],
    // The first help line's indentation picks the level (a heuristic, as in Pygments).
    help: [
      [String.raw`\s*\n`, 'Text'],
      ...LEVELS.map(callIndent),
      defaultState('#pop'), // a help section without text
    ],
    ...Object.fromEntries(LEVELS.map((level) => [`indent${level}`, doIndent(level)])),
  },
};
