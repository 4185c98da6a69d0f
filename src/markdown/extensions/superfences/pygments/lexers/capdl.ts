/**
 * Pygments' CapDLLexer (pygments/lexers/esoteric.py, Pygments 2.20.0), rule for rule.
 * CapDL, seL4 capability distribution specs: object and cap declarations.
 *
 *     objects { ep = ep }   ->   <k>objects</k><w> </w><p>{</p><w> </w><kt>ep</kt><w> </w><p>=</p><w> </w><kt>ep</kt><w> ...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'arch', 'arm11', 'caps', 'child_of', 'ia32', 'irq', 'maps', 'objects',
];
const ROOT_TYPE = [
  'aep', 'asid_pool', 'cnode', 'ep', 'frame', 'io_device', 'io_ports', 'io_pt', 'notification', 'pd', 'pt', 'tcb',
  'ut', 'vcpu',
];
const ROOT_RESERVED = [
  'asid', 'addr', 'badge', 'cached', 'dom', 'domainID', 'elf', 'fault_ep', 'G', 'guard', 'guard_size', 'init', 'ip',
  'prio', 'sp', 'R', 'RG', 'RX', 'RW', 'RWG', 'RWX', 'W', 'WG', 'WX', 'level', 'masked', 'master_reply', 'paddr',
  'ports', 'reply', 'uncached',
];
const ROOT_NUMBER = [
  'bits',
];
const ROOT_NUMBER_2 = [
  'cspace', 'vspace', 'reply_slot', 'caller_slot', 'ipc_buffer_slot',
];

export const capdlLexer: LexerDefinition = {
  name: 'CapDL',
  aliases: ['capdl'],
  tokens: {
    root: [
      [String.raw`^(\s*)(#.*)(\n)`, bygroups('Text.Whitespace', 'Comment.Preproc', 'Text.Whitespace')],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/\*(.|\n)*?\*/`, 'Comment'],
      ['(//|--).*$', 'Comment'],
      [String.raw`[<>\[(){},:;=\]]`, 'Punctuation'],
      [String.raw`\.\.`, 'Punctuation'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [words(ROOT_TYPE, '', String.raw`\b`), 'Keyword.Type'],
      [words(ROOT_RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`0[xX][\da-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`\d+(\.\d+)?(k|M)?`, 'Literal.Number'],
      [words(ROOT_NUMBER, '', String.raw`\b`), 'Literal.Number'],
      [words(ROOT_NUMBER_2, '', String.raw`\b`), 'Literal.Number'],
      [String.raw`[a-zA-Z_][-@\.\w]*`, 'Name'],
    ],
  },
};
