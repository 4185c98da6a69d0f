/**
 * Pygments' DartLexer (pygments/lexers/javascript.py, Pygments 2.20.0), rule for rule: raw and
 * triple-quoted strings, `$name` and `${expr}` interpolation (the expression lexed as Dart),
 * `@annotations`, `name:` labels and named arguments.
 *
 *     print('Hi $name');   ->   <n>print</n><p>(</p><s1>'Hi </s1><si>$</si><n>name</n><s1>'</s1><p>);</p>
 */
import { bygroups, include, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const dartLexer: LexerDefinition = {
  name: 'Dart',
  aliases: ['dart'],
  flags: 'ms',
  tokens: {
    root: [
      include('string_literal'),
      ['#!(.*?)$', 'Comment.Preproc'],
      [String.raw`\b(import|export)\b`, 'Keyword', 'import_decl'],
      [String.raw`\b(library|source|part of|part)\b`, 'Keyword'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`\b(class|extension|mixin)\b(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'class'],
      [
        String.raw`\b(as|assert|break|case|catch|const|continue|default|do|else|finally|` +
          String.raw`for|if|in|is|new|rethrow|return|super|switch|this|throw|try|while)\b`,
        'Keyword',
      ],
      [
        String.raw`\b(abstract|async|await|const|covariant|extends|external|factory|final|` +
          String.raw`get|implements|late|native|on|operator|required|set|static|sync|typedef|var|with|yield)\b`,
        'Keyword.Declaration',
      ],
      [String.raw`\b(bool|double|dynamic|int|num|Function|Never|Null|Object|String|void)\b`, 'Keyword.Type'],
      [String.raw`\b(false|null|true)\b`, 'Keyword.Constant'],
      [String.raw`[~!%^&*+=|?:<>/-]|as\b`, 'Operator'],
      [String.raw`@[a-zA-Z_$]\w*`, 'Name.Decorator'],
      [String.raw`[a-zA-Z_$]\w*:`, 'Name.Label'],
      [String.raw`[a-zA-Z_$]\w*`, 'Name'],
      [String.raw`[(){}\[\],.;]`, 'Punctuation'],
      ['0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      // DIGIT+ ('.' DIGIT*)? EXPONENT?
      [String.raw`\d+(\.\d*)?([eE][+-]?\d+)?`, 'Literal.Number'],
      [String.raw`\.\d+([eE][+-]?\d+)?`, 'Literal.Number'], // '.' DIGIT+ EXPONENT?
      [String.raw`\n`, 'Text.Whitespace'],
      // pseudo-keyword negate intentionally left out
    ],
    class: [[String.raw`[a-zA-Z_$]\w*`, 'Name.Class', '#pop']],
    import_decl: [
      include('string_literal'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\b(as|deferred|show|hide)\b`, 'Keyword'],
      [String.raw`[a-zA-Z_$]\w*`, 'Name'],
      [String.raw`\,`, 'Punctuation'],
      [String.raw`\;`, 'Punctuation', '#pop'],
    ],
    string_literal: [
      // Raw strings.
      [String.raw`r"""([\w\W]*?)"""`, 'Literal.String.Double'],
      [String.raw`r'''([\w\W]*?)'''`, 'Literal.String.Single'],
      ['r"(.*?)"', 'Literal.String.Double'],
      ["r'(.*?)'", 'Literal.String.Single'],
      // Normal Strings.
      ['"""', 'Literal.String.Double', 'string_double_multiline'],
      ["'''", 'Literal.String.Single', 'string_single_multiline'],
      ['"', 'Literal.String.Double', 'string_double'],
      ["'", 'Literal.String.Single', 'string_single'],
    ],
    string_common: [
      [String.raw`\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]*\}|[a-z'"$\\])`, 'Literal.String.Escape'],
      [String.raw`(\$)([a-zA-Z_]\w*)`, bygroups('Literal.String.Interpol', 'Name')],
      [String.raw`(\$\{)(.*?)(\})`, bygroups('Literal.String.Interpol', usingThis(), 'Literal.String.Interpol')],
    ],
    string_double: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`[^"$\\\n]+`, 'Literal.String.Double'],
      include('string_common'),
      [String.raw`\$+`, 'Literal.String.Double'],
    ],
    string_double_multiline: [
      ['"""', 'Literal.String.Double', '#pop'],
      [String.raw`[^"$\\]+`, 'Literal.String.Double'],
      include('string_common'),
      [String.raw`(\$|\")+`, 'Literal.String.Double'],
    ],
    string_single: [
      ["'", 'Literal.String.Single', '#pop'],
      [String.raw`[^'$\\\n]+`, 'Literal.String.Single'],
      include('string_common'),
      [String.raw`\$+`, 'Literal.String.Single'],
    ],
    string_single_multiline: [
      ["'''", 'Literal.String.Single', '#pop'],
      [String.raw`[^'$\\]+`, 'Literal.String.Single'],
      include('string_common'),
      [String.raw`(\$|\')+`, 'Literal.String.Single'],
    ],
  },
};
