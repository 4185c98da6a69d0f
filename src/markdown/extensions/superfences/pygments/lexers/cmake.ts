/**
 * Pygments' CMakeLexer (pygments/lexers/make.py, Pygments 2.20), rule for rule: any `name(` is a
 * command (`Name.Builtin`) whose arguments are strings, variables and bracket arguments.
 *
 *     set(X ${Y})   ->   <nb>set</nb><p>(</p><s>X</s><w> </w><o>${</o><nv>Y</nv><o>}</o><p>)</p>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const cmakeLexer: LexerDefinition = {
  name: 'CMake',
  aliases: ['cmake'],
  tokens: {
    root: [
      [String.raw`\b(\w+)([ \t]*)(\()`, bygroups('Name.Builtin', 'Text.Whitespace', 'Punctuation'), 'args'],
      include('keywords'),
      include('ws'),
    ],
    args: [
      [String.raw`\(`, 'Punctuation', '#push'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`(\$\{)(.+?)(\})`, bygroups('Operator', 'Name.Variable', 'Operator')],
      [String.raw`(\$ENV\{)(.+?)(\})`, bygroups('Operator', 'Name.Variable', 'Operator')],
      [String.raw`(\$<)(.+?)(>)`, bygroups('Operator', 'Name.Variable', 'Operator')],
      ['(?s)".*?"', 'Literal.String.Double'],
      [String.raw`\\\S+`, 'Literal.String'],
      // A bracket argument, `[[...]]` or `[==[...]==]` with as many `=` on both sides.
      [String.raw`\[(?P<level>=*)\[[\w\W]*?\](?P=level)\]`, 'Literal.String.Multiline'],
      [String.raw`[^)$"# \t\n]+`, 'Literal.String'],
      [String.raw`\n`, 'Text.Whitespace'], // explicitly legal
      include('keywords'),
      include('ws'),
    ],
    keywords: [
      [
        String.raw`\b(WIN32|UNIX|APPLE|CYGWIN|BORLAND|MINGW|MSVC|MSVC_IDE|MSVC60|` +
          String.raw`MSVC70|MSVC71|MSVC80|MSVC90)\b`,
        'Keyword',
      ],
    ],
    ws: [
      ['[ \\t]+', 'Text.Whitespace'],
      [String.raw`#\[(?P<level>=*)\[[\w\W]*?\](?P=level)\]`, 'Comment'],
      [String.raw`#.*\n`, 'Comment'],
    ],
  },
};
