/**
 * Pygments' ChapelLexer (pygments/lexers/chapel.py, Pygments 2.20.0), rule for rule.
 *
 *     proc f(x: int) { }   ->   <k>proc</k><w> </w><nf>f</nf><p>(</p><no>x</no><p>:</p>...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const DECLARATIONS = [
  'config', 'const', 'in', 'inout', 'out', 'param', 'ref', 'type', 'var',
];

const CONSTANTS = [
  'false', 'nil', 'none', 'true',
];

const KNOWN_TYPES = [
  'bool', 'bytes', 'complex', 'imag', 'int', 'locale', 'nothing', 'opaque', 'range', 'real', 'string', 'uint',
  'void',
];

const KEYWORDS = [
  'atomic', 'single', 'sync', 'borrowed', 'owned', 'shared', 'unmanaged', 'align', 'as', 'begin', 'break', 'by',
  'catch', 'cobegin', 'coforall', 'continue', 'defer', 'delete', 'dmapped', 'do', 'domain', 'else', 'enum', 'except',
  'export', 'extern', 'for', 'forall', 'foreach', 'forwarding', 'if', 'implements', 'import', 'index', 'init',
  'inline', 'label', 'lambda', 'let', 'lifetime', 'local', 'new', 'noinit', 'on', 'only', 'otherwise', 'override',
  'pragma', 'primitive', 'private', 'prototype', 'public', 'reduce', 'require', 'return', 'scan', 'select', 'serial',
  'sparse', 'subdomain', 'then', 'this', 'throw', 'throws', 'try', 'use', 'when', 'where', 'while', 'with', 'yield',
  'zip',
];

const TYPE_MODIFIERS = [
  'atomic', 'single', 'sync', 'borrowed', 'owned', 'shared', 'unmanaged',
];

export const chapelLexer: LexerDefinition = {
  name: 'Chapel',
  aliases: ['chapel', 'chpl'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`//(.*?)\n`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [words(DECLARATIONS, '', String.raw`\b`), 'Keyword.Declaration'],
      [words(CONSTANTS, '', String.raw`\b`), 'Keyword.Constant'],
      [words(KNOWN_TYPES, '', String.raw`\b`), 'Keyword.Type'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      ['@', 'Keyword', 'attributename'],
      [String.raw`(iter)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'procname'],
      [String.raw`(proc)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'procname'],
      [String.raw`(operator)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'procname'],
      [String.raw`(class|interface|module|record|union)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [String.raw`\d+i`, 'Literal.Number'],
      [String.raw`\d+\.\d*([Ee][-+]\d+)?i`, 'Literal.Number'],
      [String.raw`\.\d+([Ee][-+]\d+)?i`, 'Literal.Number'],
      [String.raw`\d+[Ee][-+]\d+i`, 'Literal.Number'],
      [String.raw`(\d*\.\d+)([eE][+-]?[0-9]+)?i?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+i?`, 'Literal.Number.Float'],
      ['0[bB][01]+', 'Literal.Number.Bin'],
      ['0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['0[oO][0-7]+', 'Literal.Number.Oct'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\"|[^"])*"`, 'Literal.String'],
      [String.raw`'(\\\\|\\'|[^'])*'`, 'Literal.String'],
      [String.raw`(=|\+=|-=|\*=|/=|\*\*=|%=|&=|\|=|\^=|&&=|\|\|=|<<=|>>=|<=>|<~>|\.\.|by|` +
        String.raw`#|\.\.\.|&&|\|\||!|&|\||\^|~|<<|>>|==|!=|<=|>=|<|>|[+\-*/%]|\*\*)`, 'Operator'],
      [String.raw`[:;,.?()\[\]{}]`, 'Punctuation'],
      [String.raw`[a-zA-Z_][\w$]*`, 'Name.Other'],
    ],
    classname: [
      [String.raw`[a-zA-Z_][\w$]*`, 'Name.Class', '#pop'],
    ],
    procname: [
      [String.raw`([a-zA-Z_][.\w$]*|\~[a-zA-Z_][.\w$]*|[+*/!~%<>=&^|\-:]{1,2})`, 'Name.Function', '#pop'],
      [String.raw`\(`, 'Punctuation', 'receivertype'],
      [String.raw`\)+\.`, 'Punctuation'],
    ],
    receivertype: [
      [words(TYPE_MODIFIERS, '', String.raw`\b`), 'Keyword'],
      [words(KNOWN_TYPES, '', String.raw`\b`), 'Keyword.Type'],
      ['[^()]*', 'Name.Other', '#pop'],
    ],
    attributename: [
      [String.raw`[a-zA-Z_][.\w$]*`, 'Name.Decorator', '#pop'],
    ],
  },
};
