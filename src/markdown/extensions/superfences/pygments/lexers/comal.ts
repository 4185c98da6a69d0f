/**
 * Pygments' Comal80Lexer (pygments/lexers/comal.py, Pygments 2.20.0), rule for rule.
 * COMAL-80: BASIC-like statements, names ending in `$` or `#`.
 *
 *     PRINT "Hello"   ->   <kr>PRINT</kr><w> </w><s>"</s><s>Hello</s><s>"</s>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORD = [
  'and', 'bitand', 'bitor', 'bitxor', 'div', 'in', 'mod', 'not', 'or',
];
const ROOT_RESERVED = [
  'append', 'at', 'case', 'chain', 'close', 'copy', 'create', 'cursor', 'data', 'delete', 'dir', 'do', 'elif',
  'else', 'end', 'endcase', 'endif', 'endfor', 'endloop', 'endtrap', 'endwhile', 'exec', 'exit', 'file', 'for',
  'goto', 'handler', 'if', 'input', 'let', 'loop', 'mount', 'null', 'of', 'open', 'otherwise', 'output', 'page',
  'pass', 'poke', 'print', 'random', 'read', 'repeat', 'report', 'return', 'rename', 'restore', 'select', 'step',
  'stop', 'sys', 'then', 'to', 'trap', 'unit', 'unit$', 'until', 'using', 'when', 'while', 'write', 'zone',
];
const ROOT_DECLARATION = [
  'closed', 'dim', 'endfunc', 'endproc', 'external', 'func', 'import', 'proc', 'ref', 'use',
];
const ROOT_BUILTIN = [
  'abs', 'atn', 'chr$', 'cos', 'eod', 'eof', 'err', 'errfile', 'errtext', 'esc', 'exp', 'int', 'key$', 'len', 'log',
  'ord', 'peek', 'randomize', 'rnd', 'sgn', 'sin', 'spc$', 'sqr', 'status$', 'str$', 'tab', 'tan', 'time', 'val',
];
const ROOT_CONSTANT = [
  'false', 'pi', 'true',
];

export const comal80Lexer: LexerDefinition = {
  name: 'COMAL-80',
  aliases: ['comal', 'comal80'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`//.*\n`, 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`:[=+-]|\<\>|[-+*/^↑<>=]`, 'Operator'],
      [String.raw`(and +then|or +else)\b(?!['\[\]←£\\])`, 'Operator.Word'],
      [words(ROOT_WORD, '', String.raw`\b(?!['\[\]←£\\])`), 'Operator.Word'],
      [words(ROOT_RESERVED, '', String.raw`\b(?!['\[\]←£\\])`), 'Keyword.Reserved'],
      [words(ROOT_DECLARATION, '', String.raw`\b(?!['\[\]←£\\])`), 'Keyword.Declaration'],
      [words(ROOT_BUILTIN, '', String.raw`\b(?!['\[\]←£\\])`), 'Name.Builtin'],
      [words(ROOT_CONSTANT, '', String.raw`\b(?!['\[\]←£\\])`), 'Keyword.Constant'],
      ['"', 'Literal.String', 'string'],
      [String.raw`[a-z]['\[\]←£\\\w]*:(?=[ \n/])`, 'Name.Label'],
      [String.raw`[a-z]['\[\]←£\\\w]*[$#]?`, 'Name'],
      ['%[01]+', 'Literal.Number.Bin'],
      [String.raw`\$[0-9a-f]+`, 'Literal.Number.Hex'],
      [String.raw`\d*\.\d*(e[-+]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ['[(),:;]', 'Punctuation'],
    ],
    string: [
      ['[^"]+', 'Literal.String'],
      ['"[0-9]*"', 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
    ],
  },
};
