/**
 * Pygments' TableGenLexer (pygments/lexers/tablegen.py, Pygments 2.20.0), rule for rule: LLVM's
 * TableGen records (classes, defs, multiclasses, bang operators, code blocks).
 *
 *     def ADD : Inst<"add">;   ->   <k>def</k><w> </w><n>ADD</n><w> </w><p>:</p><w> </w><n>Inst</n><p>&lt;</p>...
 */
import { using } from '../delegation.ts';
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

export const tablegenLexer: LexerDefinition = {
  name: 'TableGen',
  aliases: ['tablegen', 'td'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      ['//.*?$', 'Comment.Single'],
      ['#(define|ifdef|ifndef|else|endif)', 'Comment.Preproc'],
      ['0b[10]+', 'Literal.Number.Bin'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [
        words([
          'assert', 'class', 'code', 'def', 'dump', 'else', 'foreach', 'defm', 'defset', 'defvar', 'field',
          'if', 'in', 'include', 'let', 'multiclass', 'then',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      [words(['false', 'true'], '', String.raw`\b`), 'Keyword.Constant'],
      [words(['bit', 'bits', 'dag', 'int', 'list', 'string'], '', String.raw`\b`), 'Keyword.Type'],
      [
        words([
          'add', 'and', 'cast', 'con', 'cond', 'dag', 'div', 'empty', 'eq', 'exists', 'filter', 'find',
          'foldl', 'foreach', 'ge', 'getdagarg', 'getdagname', 'getdagop', 'gt', 'head', 'if', 'interleave',
          'isa', 'le', 'listconcat', 'listremove', 'listsplat', 'logtwo', 'lt', 'mul', 'ne', 'not', 'or',
          'range', 'repr', 'setdagarg', 'setdagname', 'setdagop', 'shl', 'size', 'sra', 'srl', 'strconcat',
          'sub', 'subst', 'substr', 'tail', 'tolower', 'toupper', 'xor',
        ], String.raw`\!`, String.raw`\b`),
        'Operator',
      ],
      ['![a-zA-Z]+', 'Error'],
      ['[0-9]*[a-zA-Z_][a-zA-Z_0-9]*', 'Name'],
      [String.raw`\$[a-zA-Z_][a-zA-Z_0-9]*`, 'Name.Variable'],
      [String.raw`[-\+]?[0-9]+`, 'Literal.Number.Integer'],
      ['"', 'Literal.String', 'dqs'],
      [String.raw`\[\{`, 'Punctuation', 'codeblock'],
      [String.raw`[-+\[\]{}()<>\.,;:=?#]+`, 'Punctuation'],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    strings: [
      [String.raw`\\[\\\'"tn]`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      include('strings'),
    ],
    codeblock: [
      [String.raw`\}\]`, 'Text', '#pop'],
      [String.raw`([^}]+|\}[^]])*`, using('cpp'), '#pop'],
    ],
  },
};
