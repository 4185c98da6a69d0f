/**
 * Pygments' YaraLexer (pygments/lexers/yara.py, Pygments 2.20.0): YARA rules, rule for rule.
 *
 *     rule Demo {   ->   <kd>rule</kd><w> </w><n>Demo</n><w> </w><p>{</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const BUILTINS = `ascii at base64 base64wide condition contains endswith entrypoint filesize for fullword
icontains iendswith iequals in include int16 int16be int32 int32be int8 int8be istartswith matches meta
nocase none of startswith strings them uint16 uint16be uint32 uint32be uint8 uint8be wide xor defined`.split(/\s+/);

export const yaraLexer: LexerDefinition = {
  name: 'YARA',
  aliases: ['yara', 'yar'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['//.*?$', 'Comment.Single'],
      [String.raw`\#.*?$`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [words(['rule', 'private', 'global', 'import', 'include'], String.raw`\b`, String.raw`\b`), 'Keyword.Declaration'],
      [words(['strings', 'condition', 'meta'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(BUILTINS, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`(and|or|not|any|all)\b`, 'Operator.Word'],
      [String.raw`(\$\w+)`, 'Name.Variable'],
      ['"[^"]*"', 'Literal.String.Double'],
      ["'[^']*'", 'Literal.String.Single'],
      [String.raw`\{.*?\}$`, 'Literal.Number.Hex'],
      ['(/.*?/)', 'Literal.String.Regex'],
      [String.raw`[a-z_]\w*`, 'Name'],
      [String.raw`[$(){}[\].?+*|]`, 'Punctuation'],
      ['[:=,;]', 'Punctuation'],
      ['.', 'Text'],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};
