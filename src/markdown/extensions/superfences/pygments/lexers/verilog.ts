/**
 * Pygments' VerilogLexer (pygments/lexers/hdl.py, Pygments 2.20), rule for rule, including its
 * number rules, whose `([0-9]+)|...` alternatives make a plain digit run `Number.Hex`.
 *
 *     assign y = a & b;   ->   <k>assign</k> <n>y</n> <o>=</o> <n>a</n> <o>&amp;</o> <n>b</n><p>;</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

export const verilogLexer: LexerDefinition = {
  name: 'verilog',
  aliases: ['verilog', 'v'],
  tokens: {
    root: [
      [String.raw`^\s*` + '`define', 'Comment.Preproc', 'macro'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')], // line continuation
      [String.raw`/(\\\n)?/(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      ['[{}#@]', 'Punctuation'],
      ['L?"', 'Literal.String', 'string'],
      [String.raw`L?'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\'\n])'`, 'Literal.String.Char'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[lL]?`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      ["([0-9]+)|('h)[0-9a-fA-F]+", 'Literal.Number.Hex'],
      ["([0-9]+)|('b)[01]+", 'Literal.Number.Bin'],
      ["([0-9]+)|('d)[0-9]+", 'Literal.Number.Integer'],
      ["([0-9]+)|('o)[0-7]+", 'Literal.Number.Oct'],
      ["'[01xz]", 'Literal.Number'],
      [String.raw`\d+[Ll]?`, 'Literal.Number.Integer'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`[()\[\],.;']`, 'Punctuation'],
      ['`[a-zA-Z_]\\w*', 'Name.Constant'],
      [String.raw`^(\s*)(package)(\s+)`, bygroups('Text.Whitespace', 'Keyword.Namespace', 'Text')],
      [String.raw`^(\s*)(import)(\s+)`, bygroups('Text.Whitespace', 'Keyword.Namespace', 'Text'), 'import'],
      [
        words(['always', 'always_comb', 'always_ff', 'always_latch', 'and', 'assign', 'automatic', 'begin', 'break', 'buf',
          'bufif0', 'bufif1', 'case', 'casex', 'casez', 'cmos', 'const', 'continue', 'deassign', 'default', 'defparam',
          'disable', 'do', 'edge', 'else', 'end', 'endcase', 'endfunction', 'endgenerate', 'endmodule', 'endpackage',
          'endprimitive', 'endspecify', 'endtable', 'endtask', 'enum', 'event', 'final', 'for', 'force', 'forever', 'fork',
          'function', 'generate', 'genvar', 'highz0', 'highz1', 'if', 'initial', 'inout', 'input', 'integer', 'join', 'large',
          'localparam', 'macromodule', 'medium', 'module', 'nand', 'negedge', 'nmos', 'nor', 'not', 'notif0', 'notif1', 'or',
          'output', 'packed', 'parameter', 'pmos', 'posedge', 'primitive', 'pull0', 'pull1', 'pulldown', 'pullup', 'rcmos',
          'ref', 'release', 'repeat', 'return', 'rnmos', 'rpmos', 'rtran', 'rtranif0', 'rtranif1', 'scalared', 'signed',
          'small', 'specify', 'specparam', 'strength', 'string', 'strong0', 'strong1', 'struct', 'table', 'task', 'tran',
          'tranif0', 'tranif1', 'type', 'typedef', 'unsigned', 'var', 'vectored', 'void', 'wait', 'weak0', 'weak1', 'while',
          'xnor', 'xor'], '', String.raw`\b`),
        'Keyword',
      ],
      [
        words(['accelerate', 'autoexpand_vectornets', 'celldefine', 'default_nettype', 'else', 'elsif', 'endcelldefine',
          'endif', 'endprotect', 'endprotected', 'expand_vectornets', 'ifdef', 'ifndef', 'include', 'noaccelerate',
          'noexpand_vectornets', 'noremove_gatenames', 'noremove_netnames', 'nounconnected_drive', 'protect', 'protected',
          'remove_gatenames', 'remove_netnames', 'resetall', 'timescale', 'unconnected_drive', 'undef'], '`', String.raw`\b`),
        'Comment.Preproc',
      ],
      [
        words(['bits', 'bitstoreal', 'bitstoshortreal', 'countdrivers', 'display', 'fclose', 'fdisplay', 'finish', 'floor',
          'fmonitor', 'fopen', 'fstrobe', 'fwrite', 'getpattern', 'history', 'incsave', 'input', 'itor', 'key', 'list', 'log',
          'monitor', 'monitoroff', 'monitoron', 'nokey', 'nolog', 'printtimescale', 'random', 'readmemb', 'readmemh',
          'realtime', 'realtobits', 'reset', 'reset_count', 'reset_value', 'restart', 'rtoi', 'save', 'scale', 'scope',
          'shortrealtobits', 'showscopes', 'showvariables', 'showvars', 'sreadmemb', 'sreadmemh', 'stime', 'stop', 'strobe',
          'time', 'timeformat', 'write'], String.raw`\$`, String.raw`\b`),
        'Name.Builtin',
      ],
      // Pygments' list lacks a comma after 'wor': it has `worshortreal`, and neither `wor` nor `shortreal`.
      [
        words(['byte', 'shortint', 'int', 'longint', 'integer', 'time', 'bit', 'logic', 'reg', 'supply0', 'supply1', 'tri',
          'triand', 'trior', 'tri0', 'tri1', 'trireg', 'uwire', 'wire', 'wand', 'worshortreal', 'real', 'realtime'], '',
        String.raw`\b`),
        'Keyword.Type',
      ],
      [String.raw`[a-zA-Z_]\w*:(?!:)`, 'Name.Label'],
      [String.raw`\$?[a-zA-Z_]\w*`, 'Name'],
      [String.raw`\\(\S+)`, 'Name'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'], // all other characters
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')], // line continuation
      [String.raw`\\`, 'Literal.String'], // a stray backslash
    ],
    macro: [
      [String.raw`[^/\n]+`, 'Comment.Preproc'],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
      [String.raw`//.*?\n`, 'Comment.Single', '#pop'],
      ['/', 'Comment.Preproc'],
      [String.raw`(?<=\\)\n`, 'Comment.Preproc'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    import: [[String.raw`[\w:]+\*?`, 'Name.Namespace', '#pop']],
  },
};
