/**
 * Pygments' AppleScriptLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule
 * (re.MULTILINE | re.DOTALL). Its word lists are joined with `|` in their written order
 * (applescript-words.ts); the StudioEvents list is tried backwards, as Pygments does.
 *
 *     set x to 5   ->   <k>set</k> <nv>x</nv> <k>to</k> <mi>5</mi>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';
import {
  APPLESCRIPT_BUILT_IN, APPLESCRIPT_CLASSES, APPLESCRIPT_COMMANDS, APPLESCRIPT_CONTROL, APPLESCRIPT_DECLARATIONS,
  APPLESCRIPT_HANDLER_PARAMS, APPLESCRIPT_LITERALS, APPLESCRIPT_OPERATORS, APPLESCRIPT_REFERENCES, APPLESCRIPT_RESERVED,
  APPLESCRIPT_STUDIO_CLASSES, APPLESCRIPT_STUDIO_COMMANDS, APPLESCRIPT_STUDIO_EVENTS, APPLESCRIPT_STUDIO_PROPERTIES,
} from './applescript-words.ts';

const IDENTIFIERS = String.raw`[a-zA-Z]\w*`;
/** `'|'.join(list)`: the items are patterns, tried in order. */
const any = (list: readonly string[]): string => list.join('|');

export const applescriptLexer: LexerDefinition = {
  name: 'AppleScript',
  aliases: ['applescript'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      ['¬\n', 'Literal.String.Escape'],
      [String.raw`'s\s+`, 'Text'], // a possessive
      ['(--|#).*?$', 'Comment'],
      [String.raw`\(\*`, 'Comment.Multiline', 'comment'],
      ['[(){}!,.:]', 'Punctuation'],
      ['(«)([^»]+)(»)', bygroups('Text', 'Name.Builtin', 'Text')],
      [
        String.raw`\b((?:considering|ignoring)\s*)(application responses|case|diacriticals|hyphens|numeric strings|punctuation|white space)`,
        bygroups('Keyword', 'Name.Builtin'),
      ],
      [String.raw`(-|\*|\+|&|≠|>=?|<=?|=|≥|≤|/|÷|\^)`, 'Operator'],
      [String.raw`\b(${any(APPLESCRIPT_OPERATORS)})\b`, 'Operator.Word'],
      [String.raw`^(\s*(?:on|end)\s+)(${any([...APPLESCRIPT_STUDIO_EVENTS].reverse())})`, bygroups('Keyword', 'Name.Function')],
      [String.raw`^(\s*)(in|on|script|to)(\s+)`, bygroups('Text', 'Keyword', 'Text')],
      [String.raw`\b(as )(${any(APPLESCRIPT_CLASSES)})\b`, bygroups('Keyword', 'Name.Class')],
      [String.raw`\b(${any(APPLESCRIPT_LITERALS)})\b`, 'Name.Constant'],
      [String.raw`\b(${any(APPLESCRIPT_COMMANDS)})\b`, 'Name.Builtin'],
      [String.raw`\b(${any(APPLESCRIPT_CONTROL)})\b`, 'Keyword'],
      [String.raw`\b(${any(APPLESCRIPT_DECLARATIONS)})\b`, 'Keyword'],
      [String.raw`\b(${any(APPLESCRIPT_RESERVED)})\b`, 'Name.Builtin'],
      [String.raw`\b(${any(APPLESCRIPT_BUILT_IN)})s?\b`, 'Name.Builtin'],
      [String.raw`\b(${any(APPLESCRIPT_HANDLER_PARAMS)})\b`, 'Name.Builtin'],
      [String.raw`\b(${any(APPLESCRIPT_STUDIO_PROPERTIES)})\b`, 'Name.Attribute'],
      [String.raw`\b(${any(APPLESCRIPT_STUDIO_CLASSES)})s?\b`, 'Name.Builtin'],
      [String.raw`\b(${any(APPLESCRIPT_STUDIO_COMMANDS)})\b`, 'Name.Builtin'],
      [String.raw`\b(${any(APPLESCRIPT_REFERENCES)})\b`, 'Name.Builtin'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`\b(${IDENTIFIERS})\b`, 'Name.Variable'],
      [String.raw`[-+]?(\d+\.\d*|\d*\.\d+)(E[-+][0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`[-+]?\d+`, 'Literal.Number.Integer'],
    ],
    comment: [
      [String.raw`\(\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*\)`, 'Comment.Multiline', '#pop'],
      ['[^*(]+', 'Comment.Multiline'],
      ['[*(]', 'Comment.Multiline'],
    ],
  },
};
