/**
 * Pygments' ClayLexer (pygments/lexers/c_like.py, Pygments 2.20.0), rule for rule.
 * Clay, a generic C-like language: keywords, the `#` static identifiers and string escapes.
 *
 *     define foo(x) : Int;   ->   <k>define</k><w> </w><n>foo</n><p>(</p><n>x</n><p>)</p><w> </w><o>:</o><w> </w><n>Int...
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const clayLexer: LexerDefinition = {
  name: 'Clay',
  aliases: ['clay'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['//.*?$', 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`\b(public|private|import|as|record|variant|instance|define|overload|default|external|alias|rvalue|ref|forward|inline|noinline|forceinline|enum|var|and|or|not|if|else|goto|return|while|switch|case|break|continue|for|in|true|false|try|catch|throw|finally|onerror|staticassert|eval|when|newtype|__FILE__|__LINE__|__COLUMN__|__ARG__)\b`, 'Keyword'],
      ['[~!%^&*+=|:<>/-]', 'Operator'],
      [String.raw`[#(){}\[\],;.]`, 'Punctuation'],
      ['0x[0-9a-fA-F]+[LlUu]*', 'Literal.Number.Hex'],
      [String.raw`\d+[LlUu]*`, 'Literal.Number.Integer'],
      [String.raw`\b(true|false)\b`, 'Name.Builtin'],
      [String.raw`(?i)[a-z_?][\w?]*`, 'Name'],
      ['"""', 'Literal.String', 'tdqs'],
      ['"', 'Literal.String', 'dqs'],
    ],
    strings: [
      [String.raw`(?i)\\(x[0-9a-f]{2}|.)`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
    nl: [
      [String.raw`\n`, 'Literal.String'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      include('strings'),
    ],
    tdqs: [
      ['"""', 'Literal.String', '#pop'],
      include('strings'),
      include('nl'),
    ],
  },
};
