/**
 * Pygments' ErlangLexer and ErlangShellLexer (pygments/lexers/erlang.py, Pygments 2.20), rule for
 * rule. The shell lexer splits an `erl` session into prompt lines, whose code the Erlang lexer
 * lexes as one text, and output lines (`*` lines are tracebacks).
 *
 *     -module(shop).   ->   <p>-</p><ne>module</ne><p>(</p><n>shop</n><p>).</p>
 *     1> X = 2.             <gp>1&gt;</gp><w> </w><nv>X</nv><w> </w><o>=</o><w> </w><mi>2</mi><p>.</p>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import { bygroups, include, words, type LexerDefinition, type LexerFactory, type Token } from '../regex-lexer.ts';

const KEYWORDS = ['after', 'begin', 'case', 'catch', 'cond', 'end', 'fun', 'if', 'let', 'of', 'query', 'receive', 'try', 'when'];

// See the erlang(3) man page.
const BUILTINS = [
  'abs', 'append_element', 'apply', 'atom_to_list', 'binary_to_list', 'bitstring_to_list', 'binary_to_term', 'bit_size',
  'bump_reductions', 'byte_size', 'cancel_timer', 'check_process_code', 'delete_module', 'demonitor', 'disconnect_node',
  'display', 'element', 'erase', 'exit', 'float', 'float_to_list', 'fun_info', 'fun_to_list', 'function_exported',
  'garbage_collect', 'get', 'get_keys', 'group_leader', 'hash', 'hd', 'integer_to_list', 'iolist_to_binary',
  'iolist_size', 'is_atom', 'is_binary', 'is_bitstring', 'is_boolean', 'is_builtin', 'is_float', 'is_function',
  'is_integer', 'is_list', 'is_number', 'is_pid', 'is_port', 'is_process_alive', 'is_record', 'is_reference',
  'is_tuple', 'length', 'link', 'list_to_atom', 'list_to_binary', 'list_to_bitstring', 'list_to_existing_atom',
  'list_to_float', 'list_to_integer', 'list_to_pid', 'list_to_tuple', 'load_module', 'localtime_to_universaltime',
  'make_tuple', 'md5', 'md5_final', 'md5_update', 'memory', 'module_loaded', 'monitor', 'monitor_node', 'node', 'nodes',
  'open_port', 'phash', 'phash2', 'pid_to_list', 'port_close', 'port_command', 'port_connect', 'port_control',
  'port_call', 'port_info', 'port_to_list', 'process_display', 'process_flag', 'process_info', 'purge_module', 'put',
  'read_timer', 'ref_to_list', 'register', 'resume_process', 'round', 'send', 'send_after', 'send_nosuspend',
  'set_cookie', 'setelement', 'size', 'spawn', 'spawn_link', 'spawn_monitor', 'spawn_opt', 'split_binary',
  'start_timer', 'statistics', 'suspend_process', 'system_flag', 'system_info', 'system_monitor', 'system_profile',
  'term_to_binary', 'tl', 'trace', 'trace_delivered', 'trace_info', 'trace_pattern', 'trunc', 'tuple_size',
  'tuple_to_list', 'universaltime_to_localtime', 'unlink', 'unregister', 'whereis',
];

const OPERATORS = String.raw`(\+\+?|--?|\*|/|<|>|/=|=:=|=/=|=<|>=|==?|<-|!|\?)`;
const WORD_OPERATORS = ['and', 'andalso', 'band', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'div', 'not', 'or', 'orelse', 'rem', 'xor'];

const ATOM = String.raw`(?:[a-z]\w*|'[^\n']*[^\\]')`;
const VARIABLE = String.raw`(?:[A-Z_]\w*)`;
const ESCAPE = String.raw`(?:\\(?:[bdefnrstv\'"\\]|[0-7][0-7]?[0-7]?|(?:x[0-9a-fA-F]{2}|x\{[0-9a-fA-F]+\})|\^[a-zA-Z]))`;
const MACRO = `(?:${VARIABLE}|${ATOM})`;
/** The bases of `Base#Digits` integers: 2 to 36. */
const BASE = '(?:[2-9]|[12][0-9]|3[0-6])';

export const erlangLexer: LexerDefinition = {
  name: 'Erlang',
  aliases: ['erlang'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(%.*)(\n)`, bygroups('Comment', 'Text.Whitespace')],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      [words(WORD_OPERATORS, '', String.raw`\b`), 'Operator.Word'],
      ['^-', 'Punctuation', 'directive'],
      [OPERATORS, 'Operator'],
      ['"', 'Literal.String', 'string'],
      ['<<', 'Name.Label'],
      ['>>', 'Name.Label'],
      [`(${ATOM})(:)`, bygroups('Name.Namespace', 'Punctuation')],
      [String.raw`(?:^|(?<=:))(${ATOM})(\s*)(\()`, bygroups('Name.Function', 'Text.Whitespace', 'Punctuation')],
      [`[+-]?${BASE}#[0-9a-zA-Z]+`, 'Literal.Number.Integer'],
      [String.raw`[+-]?\d+`, 'Literal.Number.Integer'],
      [String.raw`[+-]?\d+.\d+`, 'Literal.Number.Float'],
      [String.raw`[]\[:_@\".{}()|;,]`, 'Punctuation'],
      [VARIABLE, 'Name.Variable'],
      [ATOM, 'Name'],
      [String.raw`\?${MACRO}`, 'Name.Constant'],
      [String.raw`\$(?:${ESCAPE}|\\[ %]|[^\\])`, 'Literal.String.Char'],
      [String.raw`#${ATOM}(:?\.${ATOM})?`, 'Name.Label'],
      // an escript's shebang
      [String.raw`\A#!.+\n`, 'Comment.Hashbang'],
      // EEP 43: maps
      [String.raw`#\{`, 'Punctuation', 'map_key'],
    ],
    string: [
      [ESCAPE, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      ['~[0-9.*]*[~#+BPWXb-ginpswx]', 'Literal.String.Interpol'],
      [String.raw`[^"\\~]+`, 'Literal.String'],
      ['~', 'Literal.String'],
    ],
    directive: [
      [String.raw`(define)(\s*)(\()(${MACRO})`, bygroups('Name.Entity', 'Text.Whitespace', 'Punctuation', 'Name.Constant'), '#pop'],
      [String.raw`(record)(\s*)(\()(${MACRO})`, bygroups('Name.Entity', 'Text.Whitespace', 'Punctuation', 'Name.Label'), '#pop'],
      [ATOM, 'Name.Entity', '#pop'],
    ],
    map_key: [
      include('root'),
      ['=>', 'Punctuation', 'map_val'],
      [':=', 'Punctuation', 'map_val'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    map_val: [
      include('root'),
      [',', 'Punctuation', '#pop'],
      [String.raw`(?=\})`, 'Punctuation', '#pop'],
    ],
  },
};

/** An `erl` prompt: an optional `(node@host)`, the expression number and `>`. */
const PROMPT = pythonRegExp(String.raw`(?:\([\w@_.]+\))?\d+>(?=\s|\Z)`, '', false);

export const erlangShellLexer: LexerFactory = {
  name: 'Erlang erl session',
  aliases: ['erl'],
  create(byName) {
    return {
      name: 'Erlang erl session',
      byName,
      *tokensUnprocessed(text) {
        const erlang = byName('erlang');
        const lexErlang = (code: string): Iterable<Token> => erlang?.tokensUnprocessed(code) ?? [[0, 'Text', code]];
        let code = '';
        let insertions: Insertion[] = [];
        // line_re: each line with its `\n` (a last line without one is not a line).
        for (const match of text.matchAll(/[^\n]*\n/g)) {
          const line = match[0];
          PROMPT.lastIndex = 0;
          const prompt = PROMPT.exec(line);
          if (prompt !== null) {
            const end = prompt[0].length;
            insertions.push([code.length, [[0, 'Generic.Prompt', line.slice(0, end)]]]);
            code += line.slice(end);
            continue;
          }
          if (code !== '') {
            yield* doInsertions(insertions, lexErlang(code));
            code = '';
            insertions = [];
          }
          yield [match.index, line.startsWith('*') ? 'Generic.Traceback' : 'Generic.Output', line];
        }
        if (code !== '') yield* doInsertions(insertions, lexErlang(code));
      },
    };
  },
};
