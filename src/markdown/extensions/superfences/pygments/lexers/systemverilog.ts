/**
 * Pygments' SystemVerilogLexer (pygments/lexers/hdl.py, Pygments 2.20.0), rule for rule, with its
 * IEEE 1800-2009 keyword, type and system task lists. Sized literals (`8'hFF`) keep their width
 * in the number token.
 *
 *     logic [7:0] q = 8'hFF;   ->   <kt>logic</kt> <p>[</p><mi>7</mi><o>:</o><mi>0</mi><p>]</p> <n>q</n> <o>=</o> <mh>8'hFF</mh><p>;</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const OPERATOR_WORDS = [
  'inside', 'dist',
];
const KEYWORDS = [
  'accept_on', 'alias', 'always', 'always_comb', 'always_ff', 'always_latch', 'and', 'assert', 'assign', 'assume',
  'automatic', 'before', 'begin', 'bind', 'bins', 'binsof', 'break', 'buf', 'bufif0', 'bufif1', 'case', 'casex',
  'casez', 'cell', 'checker', 'clocking', 'cmos', 'config', 'constraint', 'context', 'continue', 'cover',
  'covergroup', 'coverpoint', 'cross', 'deassign', 'default', 'defparam', 'design', 'disable', 'do', 'edge', 'else',
  'end', 'endcase', 'endchecker', 'endclocking', 'endconfig', 'endfunction', 'endgenerate', 'endgroup',
  'endinterface', 'endmodule', 'endpackage', 'endprimitive', 'endprogram', 'endproperty', 'endsequence',
  'endspecify', 'endtable', 'endtask', 'enum', 'eventually', 'expect', 'export', 'extern', 'final', 'first_match',
  'for', 'force', 'foreach', 'forever', 'fork', 'forkjoin', 'function', 'generate', 'genvar', 'global', 'highz0',
  'highz1', 'if', 'iff', 'ifnone', 'ignore_bins', 'illegal_bins', 'implies', 'implements', 'import', 'incdir',
  'include', 'initial', 'inout', 'input', 'instance', 'interconnect', 'interface', 'intersect', 'join', 'join_any',
  'join_none', 'large', 'let', 'liblist', 'library', 'local', 'localparam', 'macromodule', 'matches', 'medium',
  'modport', 'module', 'nand', 'negedge', 'nettype', 'new', 'nexttime', 'nmos', 'nor', 'noshowcancelled', 'not',
  'notif0', 'notif1', 'null', 'or', 'output', 'package', 'packed', 'parameter', 'pmos', 'posedge', 'primitive',
  'priority', 'program', 'property', 'protected', 'pull0', 'pull1', 'pulldown', 'pullup', 'pulsestyle_ondetect',
  'pulsestyle_onevent', 'pure', 'rand', 'randc', 'randcase', 'randsequence', 'rcmos', 'ref', 'reject_on', 'release',
  'repeat', 'restrict', 'return', 'rnmos', 'rpmos', 'rtran', 'rtranif0', 'rtranif1', 's_always', 's_eventually',
  's_nexttime', 's_until', 's_until_with', 'scalared', 'sequence', 'showcancelled', 'small', 'soft', 'solve',
  'specify', 'specparam', 'static', 'strong', 'strong0', 'strong1', 'struct', 'super', 'sync_accept_on',
  'sync_reject_on', 'table', 'tagged', 'task', 'this', 'throughout', 'timeprecision', 'timeunit', 'tran', 'tranif0',
  'tranif1', 'typedef', 'union', 'unique', 'unique0', 'until', 'until_with', 'untyped', 'use', 'vectored',
  'virtual', 'wait', 'wait_order', 'weak', 'weak0', 'weak1', 'while', 'wildcard', 'with', 'within', 'xnor', 'xor',
];
const TYPES = [
  'bit', 'byte', 'chandle', 'const', 'event', 'int', 'integer', 'logic', 'longint', 'real', 'realtime', 'reg',
  'shortint', 'shortreal', 'signed', 'string', 'time', 'type', 'unsigned', 'var', 'void', 'supply0', 'supply1',
  'tri', 'triand', 'trior', 'trireg', 'tri0', 'tri1', 'uwire', 'wand', 'wire', 'wor',
];
const DIRECTIVES = [
  '`__FILE__', '`__LINE__', '`begin_keywords', '`celldefine', '`default_nettype', '`define', '`else', '`elsif',
  '`end_keywords', '`endcelldefine', '`endif', '`ifdef', '`ifndef', '`include', '`line', '`nounconnected_drive',
  '`pragma', '`resetall', '`timescale', '`unconnected_drive', '`undef', '`undefineall',
];
const SYSTEM_TASKS = [
  '$exit', '$finish', '$stop', '$realtime', '$stime', '$time', '$printtimescale', '$timeformat', '$bitstoreal',
  '$bitstoshortreal', '$cast', '$itor', '$realtobits', '$rtoi', '$shortrealtobits', '$signed', '$unsigned', '$bits',
  '$isunbounded', '$typename', '$dimensions', '$high', '$increment', '$left', '$low', '$right', '$size',
  '$unpacked_dimensions', '$acos', '$acosh', '$asin', '$asinh', '$atan', '$atan2', '$atanh', '$ceil', '$clog2',
  '$cos', '$cosh', '$exp', '$floor', '$hypot', '$ln', '$log10', '$pow', '$sin', '$sinh', '$sqrt', '$tan', '$tanh',
  '$countbits', '$countones', '$isunknown', '$onehot', '$onehot0', '$info', '$error', '$fatal', '$warning',
  '$assertcontrol', '$assertfailoff', '$assertfailon', '$assertkill', '$assertnonvacuouson', '$assertoff',
  '$asserton', '$assertpassoff', '$assertpasson', '$assertvacuousoff', '$changed', '$changed_gclk',
  '$changing_gclk', '$falling_gclk', '$fell', '$fell_gclk', '$future_gclk', '$past', '$past_gclk', '$rising_gclk',
  '$rose', '$rose_gclk', '$sampled', '$stable', '$stable_gclk', '$steady_gclk', '$coverage_control',
  '$coverage_get', '$coverage_get_max', '$coverage_merge', '$coverage_save', '$get_coverage', '$load_coverage_db',
  '$set_coverage_db_name', '$dist_chi_square', '$dist_erlang', '$dist_exponential', '$dist_normal', '$dist_poisson',
  '$dist_t', '$dist_uniform', '$random', '$q_add', '$q_exam', '$q_full', '$q_initialize', '$q_remove',
  '$async$and$array', '$async$and$plane', '$async$nand$array', '$async$nand$plane', '$async$nor$array',
  '$async$nor$plane', '$async$or$array', '$async$or$plane', '$sync$and$array', '$sync$and$plane',
  '$sync$nand$array', '$sync$nand$plane', '$sync$nor$array', '$sync$nor$plane', '$sync$or$array', '$sync$or$plane',
  '$system', '$display', '$displayb', '$displayh', '$displayo', '$monitor', '$monitorb', '$monitorh', '$monitoro',
  '$monitoroff', '$monitoron', '$strobe', '$strobeb', '$strobeh', '$strobeo', '$write', '$writeb', '$writeh',
  '$writeo', '$fclose', '$fdisplay', '$fdisplayb', '$fdisplayh', '$fdisplayo', '$feof', '$ferror', '$fflush',
  '$fgetc', '$fgets', '$fmonitor', '$fmonitorb', '$fmonitorh', '$fmonitoro', '$fopen', '$fread', '$fscanf',
  '$fseek', '$fstrobe', '$fstrobeb', '$fstrobeh', '$fstrobeo', '$ftell', '$fwrite', '$fwriteb', '$fwriteh',
  '$fwriteo', '$rewind', '$sformat', '$sformatf', '$sscanf', '$swrite', '$swriteb', '$swriteh', '$swriteo',
  '$ungetc', '$readmemb', '$readmemh', '$writememb', '$writememh', '$test$plusargs', '$value$plusargs', '$dumpall',
  '$dumpfile', '$dumpflush', '$dumplimit', '$dumpoff', '$dumpon', '$dumpports', '$dumpportsall', '$dumpportsflush',
  '$dumpportslimit', '$dumpportsoff', '$dumpportson', '$dumpvars',
];

export const systemverilogLexer: LexerDefinition = {
  name: 'systemverilog',
  aliases: ['systemverilog', 'sv'],
  tokens: {
    root: [
      ['^(\\s*)(`define)', bygroups('Text.Whitespace', 'Comment.Preproc'), 'macro'],
      [String.raw`^(\s*)(package)(\s+)`, bygroups('Text.Whitespace', 'Keyword.Namespace', 'Text.Whitespace')],
      [String.raw`^(\s*)(import)(\s+)`, bygroups('Text.Whitespace', 'Keyword.Namespace', 'Text.Whitespace'), 'import'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')], // line continuation
      [String.raw`/(\\\n)?/(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`[{}#@]`, 'Punctuation'],
      [String.raw`L?"`, 'Literal.String', 'string'],
      [String.raw`L?'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[lL]?`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      [String.raw`([1-9][_0-9]*)?\s*\'[sS]?[bB]\s*[xXzZ?01][_xXzZ?01]*`, 'Literal.Number.Bin'],
      [String.raw`([1-9][_0-9]*)?\s*\'[sS]?[oO]\s*[xXzZ?0-7][_xXzZ?0-7]*`, 'Literal.Number.Oct'],
      [String.raw`([1-9][_0-9]*)?\s*\'[sS]?[dD]\s*[xXzZ?0-9][_xXzZ?0-9]*`, 'Literal.Number.Integer'],
      [String.raw`([1-9][_0-9]*)?\s*\'[sS]?[hH]\s*[xXzZ?0-9a-fA-F][_xXzZ?0-9a-fA-F]*`, 'Literal.Number.Hex'],
      [String.raw`\'[01xXzZ]`, 'Literal.Number'],
      [String.raw`[0-9][_0-9]*`, 'Literal.Number.Integer'],
      [String.raw`[~!%^&*+=|?:<>/-]`, 'Operator'],
      [words(OPERATOR_WORDS, '', String.raw`\b`), 'Operator.Word'],
      [String.raw`[()\[\],.;\'$]`, 'Punctuation'],
      ['`[a-zA-Z_]\\w*', 'Name.Constant'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(class)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class')],
      [String.raw`(extends)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class')],
      [String.raw`(endclass\b)(?:(\s*)(:)(\s*)([a-zA-Z_]\w*))?`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Class')],
      [words(TYPES, '', String.raw`\b`), 'Keyword.Type'],
      [words(DIRECTIVES, '', String.raw`\b`), 'Comment.Preproc'],
      [words(SYSTEM_TASKS, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`[a-zA-Z_]\w*:(?!:)`, 'Name.Label'],
      [String.raw`\$?[a-zA-Z_]\w*`, 'Name'],
      [String.raw`\\(\S+)`, 'Name'],
    ],
    string: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'], // all other characters
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')],
      [String.raw`\\`, 'Literal.String'], // stray backslash
    ],
    macro: [
      [String.raw`[^/\n]+`, 'Comment.Preproc'],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
      [String.raw`//.*?$`, 'Comment.Single', '#pop'],
      [String.raw`/`, 'Comment.Preproc'],
      [String.raw`(?<=\\)\n`, 'Comment.Preproc'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    import: [
      [String.raw`[\w:]+\*?`, 'Name.Namespace', '#pop'],
    ],
  },
};
