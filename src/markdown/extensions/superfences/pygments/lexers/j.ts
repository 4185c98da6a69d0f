/**
 * Pygments' JLexer (pygments/lexers/j.py, Pygments 2.20.0), rule for rule: `NB.` comments, `0 : 0`
 * definitions read as multi-line strings, and J's primitives by their spelling (`+/`, `i.`, `@:`).
 *
 *     +/ % #   ->   <o>+/</o><w> </w><o>%</o><w> </w><o>#</o>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const jLexer: LexerDefinition = {
  name: 'J',
  aliases: ['j'],
  tokens: {
    root: [
      ['#!.*$', 'Comment.Preproc'],
      [String.raw`NB\..*`, 'Comment.Single'],
      [String.raw`(\n+\s*)(Note)`, bygroups('Text.Whitespace', 'Comment.Multiline'), 'comment'],
      [String.raw`(\s*)(Note.*)`, bygroups('Text.Whitespace', 'Comment.Single')],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`'`, 'Literal.String', 'singlequote'],
      [String.raw`0\s+:\s*0`, 'Name.Entity', 'nounDefinition'],
      [String.raw`(noun)(\s+)(define)(\s*)$`, bygroups('Name.Entity', 'Text.Whitespace', 'Name.Entity', 'Text.Whitespace'), 'nounDefinition'],
      [String.raw`([1-4]|13)\s+:\s*0\b`, 'Name.Function', 'explicitDefinition'],
      [String.raw`(adverb|conjunction|dyad|monad|verb)(\s+)(define)\b`, bygroups('Name.Function', 'Text.Whitespace', 'Name.Function'), 'explicitDefinition'],
      [words(['for_', 'goto_', 'label_'], '', String.raw`\b[a-zA-Z]\w*\.`), 'Name.Label'],
      [
        words([
          'assert', 'break', 'case', 'catch', 'catchd', 'catcht', 'continue', 'do', 'else', 'elseif', 'end',
          'fcase', 'for', 'if', 'return', 'select', 'throw', 'try', 'while', 'whilst',
        ], '', String.raw`\.`),
        'Name.Label',
      ],
      [String.raw`\b[a-zA-Z]\w*`, 'Name.Variable'],
      [
        words([
          'ARGV', 'CR', 'CRLF', 'DEL', 'Debug', 'EAV', 'EMPTY', 'FF', 'JVERSION', 'LF', 'LF2', 'Note', 'TAB',
          'alpha17', 'alpha27', 'apply', 'bind', 'boxopen', 'boxxopen', 'bx', 'clear', 'cutLF', 'cutopen',
          'datatype', 'def', 'dfh', 'drop', 'each', 'echo', 'empty', 'erase', 'every', 'evtloop', 'exit',
          'expand', 'fetch', 'file2url', 'fixdotdot', 'fliprgb', 'getargs', 'getenv', 'hfd', 'inv',
          'inverse', 'iospath', 'isatty', 'isutf8', 'items', 'leaf', 'list', 'nameclass', 'namelist',
          'names', 'nc', 'nl', 'on', 'pick', 'rows', 'script', 'scriptd', 'sign', 'sminfo', 'smoutput',
          'sort', 'split', 'stderr', 'stdin', 'stdout', 'table', 'take', 'timespacex', 'timex', 'tmoutput',
          'toCRLF', 'toHOST', 'toJ', 'tolower', 'toupper', 'type', 'ucp', 'ucpcount', 'usleep', 'utf8',
          'uucp',
        ]),
        'Name.Function',
      ],
      ['=[.:]', 'Operator'],
      ["[-=+*#$%@!~`^&\";:.,<>{}\\[\\]\\\\|/?]", 'Operator'],
      [String.raw`[abCdDeEfHiIjLMoprtT]\.`, 'Keyword.Reserved'],
      [String.raw`[aDiLpqsStux]\:`, 'Keyword.Reserved'],
      [String.raw`(_[0-9])\:`, 'Keyword.Constant'],
      [String.raw`\(`, 'Punctuation', 'parentheses'],
      include('numbers'),
    ],
    comment: [
      ['[^)]', 'Comment.Multiline'],
      [String.raw`^\)`, 'Comment.Multiline', '#pop'],
      ['[)]', 'Comment.Multiline'],
    ],
    explicitDefinition: [
      [String.raw`\b[nmuvxy]\b`, 'Name.Decorator'],
      include('root'),
      ['[^)]', 'Name'],
      [String.raw`^\)`, 'Name.Label', '#pop'],
      ['[)]', 'Name'],
    ],
    numbers: [
      [String.raw`\b_{1,2}\b`, 'Literal.Number'],
      [String.raw`_?\d+(\.\d+)?(\s*[ejr]\s*)_?\d+(\.?=\d+)?`, 'Literal.Number'],
      [String.raw`_?\d+\.(?=\d+)`, 'Literal.Number.Float'],
      [String.raw`_?\d+x`, 'Literal.Number.Integer.Long'],
      [String.raw`_?\d+`, 'Literal.Number.Integer'],
    ],
    nounDefinition: [
      ['[^)]+', 'Literal.String'],
      [String.raw`^\)`, 'Name.Label', '#pop'],
      ['[)]', 'Literal.String'],
    ],
    parentheses: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('explicitDefinition'),
      include('root'),
    ],
    singlequote: [
      [String.raw`[^']+`, 'Literal.String'],
      [String.raw`''`, 'Literal.String'],
      [String.raw`'`, 'Literal.String', '#pop'],
    ],
  },
};
