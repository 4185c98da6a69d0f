/**
 * Pygments' RexxLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule, case-insensitive
 * (re.IGNORECASE alone: no re.MULTILINE). A string ends at its quote or, stray, at the line end.
 *
 *     say "Hi" length(x)   ->   <k>say</k><w> </w><s>"Hi"</s><w> </w><nb>length</nb><o>(</o>x<o>)</o>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const FUNCTIONS = [
  'abbrev', 'abs', 'address', 'arg', 'b2x', 'bitand', 'bitor', 'bitxor', 'c2d', 'c2x', 'center', 'charin', 'charout', 'chars',
  'compare', 'condition', 'copies', 'd2c', 'd2x', 'datatype', 'date', 'delstr', 'delword', 'digits', 'errortext', 'form',
  'format', 'fuzz', 'insert', 'lastpos', 'left', 'length', 'linein', 'lineout', 'lines', 'max', 'min', 'overlay', 'pos',
  'queued', 'random', 'reverse', 'right', 'sign', 'sourceline', 'space', 'stream', 'strip', 'substr', 'subword', 'symbol',
  'time', 'trace', 'translate', 'trunc', 'value', 'verify', 'word', 'wordindex', 'wordlength', 'wordpos', 'words', 'x2b',
  'x2c', 'x2d', 'xrange',
];

export const rexxLexer: LexerDefinition = {
  name: 'Rexx',
  aliases: ['rexx', 'arexx'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      ['"', 'Literal.String', 'string_double'],
      ["'", 'Literal.String', 'string_single'],
      [String.raw`[0-9]+(\.[0-9]+)?(e[+-]?[0-9])?`, 'Literal.Number'],
      [String.raw`([a-z_]\w*)(\s*)(:)(\s*)(procedure)\b`, bygroups('Name.Function', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Keyword.Declaration')],
      [String.raw`([a-z_]\w*)(\s*)(:)`, bygroups('Name.Label', 'Text.Whitespace', 'Operator')],
      include('function'),
      include('keyword'),
      include('operator'),
      [String.raw`[a-z_]\w*`, 'Text'],
    ],
    function: [[words(FUNCTIONS, '', String.raw`(\s*)(\()`), bygroups('Name.Builtin', 'Text.Whitespace', 'Operator')]],
    keyword: [
      [
        '(address|arg|by|call|do|drop|else|end|exit|for|forever|if|' +
          'interpret|iterate|leave|nop|numeric|off|on|options|parse|' +
          'pull|push|queue|return|say|select|signal|to|then|trace|until|' +
          String.raw`while)\b`,
        'Keyword.Reserved',
      ],
    ],
    operator: [
      [
        String.raw`(-|//|/|\(|\)|\*\*|\*|\\<<|\\<|\\==|\\=|\\>>|\\>|\\|\|\||\||` +
          String.raw`&&|&|%|\+|<<=|<<|<=|<>|<|==|=|><|>=|>>=|>>|>|¬<<|¬<|¬==|¬=|` +
          String.raw`¬>>|¬>|¬|\.|,)`,
        'Operator',
      ],
    ],
    string_double: [
      [String.raw`[^"\n]+`, 'Literal.String'],
      ['""', 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`\n`, 'Text', '#pop'], // a stray line feed also ends a string
    ],
    string_single: [
      [String.raw`[^'\n]+`, 'Literal.String'],
      ["''", 'Literal.String'],
      ["'", 'Literal.String', '#pop'],
      [String.raw`\n`, 'Text', '#pop'],
    ],
    comment: [
      ['[^*]+', 'Comment.Multiline'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`\*`, 'Comment.Multiline'],
    ],
  },
};
