/**
 * Pygments' NemerleLexer (pygments/lexers/dotnet.py, Pygments 2.20), rule for rule: C#-like
 * declarations, `$"..."` splice strings, `<# #>` recursive strings, `<[ ]>` quasi-quotations; the
 * `unicodelevel` option (`none`, `basic`, `full`) picks the identifiers, as for C#. re.DOTALL.
 *
 *     def x = $"a $b";   ->   <k>def</k><w> </w><n>x</n><w> </w><p>=</p><w> </w><s>$"a </s><n>$b</n><s>"</s><p>;</p>
 */
import { bygroups, compileLexer, usingThis, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { LEVEL_NAMES, LEVELS } from './csharp.ts';
import { choiceOption } from './options.ts';

function definition(ident: string): LexerDefinition {
  return {
    name: 'Nemerle',
    aliases: ['nemerle'],
    flags: 'ms',
    tokens: {
      root: [
        // method names: return type, method name, signature start
        [
          String.raw`^([ \t]*)((?:` + ident + String.raw`(?:\[\])?\s+)+?)(` + ident + String.raw`)(\s*)(\()`,
          bygroups('Text.Whitespace', usingThis(), 'Name.Function', 'Text.Whitespace', 'Punctuation'),
        ],
        [String.raw`^(\s*)(\[.*?\])`, bygroups('Text.Whitespace', 'Name.Attribute')],
        [String.raw`[^\S\n]+`, 'Text.Whitespace'],
        [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')], // line continuation
        [String.raw`//.*?\n`, 'Comment.Single'],
        ['/[*].*?[*]/', 'Comment.Multiline'],
        [String.raw`\n`, 'Text.Whitespace'],
        [String.raw`(\$)(\s*)(")`, bygroups('Literal.String', 'Text.Whitespace', 'Literal.String'), 'splice-string'],
        [String.raw`(\$)(\s*)(<#)`, bygroups('Literal.String', 'Text.Whitespace', 'Literal.String'), 'splice-string2'],
        ['<#', 'Literal.String', 'recursive-string'],
        [String.raw`(<\[)(\s*)(` + ident + ':)?', bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
        [String.raw`\]\>`, 'Keyword'],
        // quasiquotation only
        [String.raw`\$` + ident, 'Name'],
        [String.raw`(\$)(\()`, bygroups('Name', 'Punctuation'), 'splice-string-content'],
        [String.raw`[~!%^&*()+=|\[\]:;,.<>/?-]`, 'Punctuation'],
        ['[{}]', 'Punctuation'],
        ['@"(""|[^"])*"', 'Literal.String'],
        [String.raw`"(\\\\|\\[^\\]|[^"\\\n])*["\n]`, 'Literal.String'],
        [String.raw`'\\.'|'[^\\]'`, 'Literal.String.Char'],
        ['0[xX][0-9a-fA-F]+[Ll]?', 'Literal.Number'],
        ['[0-9](\\.[0-9]*)?([eE][+-][0-9]+)?[flFLdD]?', 'Literal.Number'],
        [
          String.raw`(#)([ \t]*)(if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma)\b`,
          bygroups('Comment.Preproc', 'Text.Whitespace', 'Comment.Preproc'),
          'preproc',
        ],
        [String.raw`\b(extern)(\s+)(alias)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
        [
          '(abstract|and|as|base|catch|def|delegate|enum|event|extern|false|finally|fun|implements|interface|internal|' +
            'is|macro|match|matches|module|mutable|new|null|out|override|params|partial|private|protected|public|ref|' +
            'sealed|static|syntax|this|throw|true|try|type|typeof|virtual|volatile|when|where|with|assert|assert2|async|' +
            'break|checked|continue|do|else|ensures|for|foreach|if|late|lock|new|nolate|otherwise|regexp|repeat|' +
            String.raw`requires|return|surroundwith|unchecked|unless|using|while|yield)\b`,
          'Keyword',
        ],
        ['(global)(::)', bygroups('Keyword', 'Punctuation')],
        [String.raw`(bool|byte|char|decimal|double|float|int|long|object|sbyte|short|string|uint|ulong|ushort|void|array|list)\b\??`, 'Keyword.Type'],
        [String.raw`(:>?)(\s*)(` + ident + String.raw`\??)`, bygroups('Punctuation', 'Text.Whitespace', 'Keyword.Type')],
        [String.raw`(class|struct|variant|module)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'class'],
        [String.raw`(namespace|using)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'namespace'],
        [ident, 'Name'],
      ],
      class: [[ident, 'Name.Class', '#pop']],
      preproc: [
        [String.raw`\w+`, 'Comment.Preproc'],
        [String.raw`[ \t]+`, 'Text.Whitespace'],
        [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ],
      namespace: [
        [String.raw`(?=\()`, 'Text', '#pop'], // using (resource)
        ['(' + ident + String.raw`|\.)+`, 'Name.Namespace', '#pop'],
      ],
      'splice-string': [
        ['[^"$]', 'Literal.String'],
        [String.raw`\$` + ident, 'Name'],
        [String.raw`(\$)(\()`, bygroups('Name', 'Punctuation'), 'splice-string-content'],
        [String.raw`\\"`, 'Literal.String'],
        ['"', 'Literal.String', '#pop'],
      ],
      'splice-string2': [
        ['[^#<>$]', 'Literal.String'],
        [String.raw`\$` + ident, 'Name'],
        [String.raw`(\$)(\()`, bygroups('Name', 'Punctuation'), 'splice-string-content'],
        ['<#', 'Literal.String', '#push'],
        ['#>', 'Literal.String', '#pop'],
      ],
      'recursive-string': [
        ['[^#<>]', 'Literal.String'],
        ['<#', 'Literal.String', '#push'],
        ['#>', 'Literal.String', '#pop'],
      ],
      'splice-string-content': [
        ['if|match', 'Keyword'],
        // `?-\\` is a range in Pygments' class (`?` to `\`, the capitals among them)
        [String.raw`[~!%^&*+=|\[\]:;,.<>/?-\\"$ ]`, 'Punctuation'],
        [ident, 'Name'],
        [String.raw`\d+`, 'Literal.Number'],
        [String.raw`\(`, 'Punctuation', '#push'],
        [String.raw`\)`, 'Punctuation', '#pop'],
      ],
    },
  };
}

/** NemerleLexer with its `unicodelevel` option, as CSharpLexer reads it. */
function createNemerleLexer(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const level = choiceOption(options['unicodelevel'], LEVEL_NAMES, 'basic');
  return { ...compileLexer(definition(LEVELS[level]), byName), withOptions: (given) => createNemerleLexer(byName, given) };
}

export const nemerleLexer: LexerFactory = {
  name: 'Nemerle',
  aliases: ['nemerle'],
  create: (byName) => createNemerleLexer(byName, {}),
};
