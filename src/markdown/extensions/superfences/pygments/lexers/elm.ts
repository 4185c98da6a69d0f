/**
 * Pygments' ElmLexer (pygments/lexers/elm.py, Pygments 2.20), rule for rule: capitalised names
 * are `Keyword.Type`, operators (also in parentheses) `Name.Function`, `[glsl| ... |]` shaders
 * one `Name.Entity` run.
 *
 *     x |> f   ->   <nv>x</nv> <nf>|&gt;</nf> <nv>f</nv>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const BUILTIN_OPS = [
  '~', '||', '|>', '|', '`', '^', '\\', "'", '>>', '>=', '>', '==', '=', '<~', '<|', '<=', '<<', '<-', '<', '::', ':', '/=',
  '//', '/', '..', '.', '->', '-', '++', '+', '*', '&&', '%',
];

export const elmLexer: LexerDefinition = {
  name: 'Elm',
  aliases: ['elm'],
  tokens: {
    root: [
      // comments
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      ['--.*', 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['"', 'Literal.String', 'doublequote'],
      // module and import lines
      [String.raw`^(\s*)(module)(\s*)`, bygroups('Text.Whitespace', 'Keyword.Namespace', 'Text.Whitespace'), 'imports'],
      [String.raw`^(\s*)(import)(\s*)`, bygroups('Text.Whitespace', 'Keyword.Namespace', 'Text.Whitespace'), 'imports'],
      // shaders
      [String.raw`\[glsl\|.*`, 'Name.Entity', 'shader'],
      [words(['alias', 'as', 'case', 'else', 'if', 'import', 'in', 'let', 'module', 'of', 'port', 'then', 'type', 'where'], '',
        String.raw`\b`), 'Keyword.Reserved'],
      // types
      ['[A-Z][a-zA-Z0-9_]*', 'Keyword.Type'],
      // main
      ['^main ', 'Keyword.Reserved'],
      // prefix, then infix operators
      [words(BUILTIN_OPS, String.raw`\(`, String.raw`\)`), 'Name.Function'],
      [words(BUILTIN_OPS), 'Name.Function'],
      include('numbers'),
      // variable names
      ["[a-z_][a-zA-Z0-9_']*", 'Name.Variable'],
      [String.raw`[,()\[\]{}]`, 'Punctuation'],
    ],
    comment: [
      [String.raw`-(?!\})`, 'Comment.Multiline'],
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      ['[^-}]', 'Comment.Multiline'],
      [String.raw`-\}`, 'Comment.Multiline', '#pop'],
    ],
    doublequote: [
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\[nrfvb\\"]`, 'Literal.String.Escape'],
      ['[^"]', 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
    imports: [[String.raw`\w+(\.\w+)*`, 'Name.Class', '#pop']],
    numbers: [
      [String.raw`_?\d+\.(?=\d+)`, 'Literal.Number.Float'],
      [String.raw`_?\d+`, 'Literal.Number.Integer'],
    ],
    shader: [
      [String.raw`\|(?!\])`, 'Name.Entity'],
      [String.raw`\|\]`, 'Name.Entity', '#pop'],
      [String.raw`(.*)(\n)`, bygroups('Name.Entity', 'Text.Whitespace')],
    ],
  },
};
