/**
 * Pygments' RegoLexer (pygments/lexers/rego.py, Pygments 2.20.0): Open Policy Agent policies,
 * rule for rule.
 *
 *     allow if input.user == "admin"   ->   <n>allow</n><w> </w><k>if</k><w> </w><nb>input</nb><p>.</p><n>user</n>...
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const RESERVED = ['as', 'contains', 'data', 'default', 'else', 'every', 'false', 'if', 'in', 'import', 'package', 'not', 'null', 'some', 'true', 'with'];
/** The documents every policy sees (`data` is reserved first, so it stays a keyword). */
const BUILTINS = ['data', 'input'];

export const regoLexer: LexerDefinition = {
  name: 'Rego',
  aliases: ['rego'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['#.*?$', 'Comment.Single'],
      [words(RESERVED, '', String.raw`\b`), 'Keyword'],
      [words(BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      ['[a-zA-Z_][a-zA-Z0-9_]*', 'Name'],
      [String.raw`"(\\\\|\\"|[^"])*"`, 'Literal.String.Double'],
      ['`[^`]*`', 'Literal.String.Backtick'],
      [String.raw`-?\d+(\.\d+)?`, 'Literal.Number'],
      ['(==|!=|<=|>=|:=)', 'Operator'], // compound operators
      [String.raw`[=<>+\-*/%&|]`, 'Operator'],
      [String.raw`[\[\]{}(),.:;]`, 'Punctuation'],
    ],
  },
};
