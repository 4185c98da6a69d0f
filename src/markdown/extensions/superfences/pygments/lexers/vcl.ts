/**
 * Pygments' VCLLexer (pygments/lexers/varnish.py, Pygments 2.20.0), rule for rule: Varnish
 * configuration (subroutines, backends, `req.` variables, durations).
 *
 *     sub vcl_recv { return (pass); }   ->   <k>sub </k><nf>vcl_recv</nf><p> {</p><w> </w><k>return</k><w> </w><p>(</p>...
 */
import { bygroups, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

export const vclLexer: LexerDefinition = {
  name: 'VCL',
  aliases: ['vcl'],
  tokens: {
    probe: [
      include('whitespace'),
      include('comments'),
      [String.raw`(\.\w+)(\s*=\s*)([^;]*)(;)`, bygroups('Name.Attribute', 'Operator', usingThis(), 'Punctuation')],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    acl: [
      include('whitespace'),
      include('comments'),
      ['[!/]+', 'Operator'],
      [';', 'Punctuation'],
      [String.raw`\d+`, 'Literal.Number'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    backend: [
      include('whitespace'),
      [String.raw`(\.probe)(\s*=\s*)(\w+)(;)`, bygroups('Name.Attribute', 'Operator', 'Name.Variable.Global', 'Punctuation')],
      [String.raw`(\.probe)(\s*=\s*)(\{)`, bygroups('Name.Attribute', 'Operator', 'Punctuation'), 'probe'],
      [String.raw`(\.\w+\b)(\s*=\s*)([^;\s]*)(\s*;)`, bygroups('Name.Attribute', 'Operator', usingThis(), 'Punctuation')],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    statements: [
      [String.raw`(\d\.)?\d+[sdwhmy]`, 'Literal.Date'],
      [String.raw`(\d\.)?\d+ms`, 'Literal.Date'],
      [String.raw`(vcl_pass|vcl_hash|vcl_hit|vcl_init|vcl_backend_fetch|vcl_pipe|vcl_backend_response|vcl_synth|vcl_deliver|vcl_backend_error|vcl_fini|vcl_recv|vcl_purge|vcl_miss)\b`, 'Name.Function'],
      [String.raw`(pipe|retry|hash|synth|deliver|purge|abandon|lookup|pass|fail|ok|miss|fetch|restart)\b`, 'Name.Constant'],
      [String.raw`(beresp|obj|resp|req|req_top|bereq)\.http\.[a-zA-Z_-]+\b`, 'Name.Variable'],
      [
        words([
          'obj.status', 'req.hash_always_miss', 'beresp.backend', 'req.esi_level', 'req.can_gzip',
          'beresp.ttl', 'obj.uncacheable', 'req.ttl', 'obj.hits', 'client.identity', 'req.hash_ignore_busy',
          'obj.reason', 'req.xid', 'req_top.proto', 'beresp.age', 'obj.proto', 'obj.age', 'local.ip',
          'beresp.uncacheable', 'req.method', 'beresp.backend.ip', 'now', 'obj.grace', 'req.restarts',
          'beresp.keep', 'req.proto', 'resp.proto', 'bereq.xid', 'bereq.between_bytes_timeout', 'req.esi',
          'bereq.first_byte_timeout', 'bereq.method', 'bereq.connect_timeout', 'beresp.do_gzip',
          'resp.status', 'beresp.do_gunzip', 'beresp.storage_hint', 'resp.is_streaming', 'beresp.do_stream',
          'req_top.method', 'bereq.backend', 'beresp.backend.name', 'beresp.status', 'req.url', 'obj.keep',
          'obj.ttl', 'beresp.reason', 'bereq.retries', 'resp.reason', 'bereq.url', 'beresp.do_esi',
          'beresp.proto', 'client.ip', 'bereq.proto', 'server.hostname', 'remote.ip', 'req.backend_hint',
          'server.identity', 'req_top.url', 'beresp.grace', 'beresp.was_304', 'server.ip',
          'bereq.uncacheable',
        ], '', String.raw`\b`),
        'Name.Variable',
      ],
      [String.raw`[!%&+*\-,/<.}{>=|~]+`, 'Operator'],
      ['[();]', 'Punctuation'],
      ['[,]+', 'Punctuation'],
      [
        words([
          'hash_data', 'regsub', 'regsuball', 'if', 'else', 'elsif', 'elif', 'synth', 'synthetic', 'ban',
          'return', 'set', 'unset', 'import', 'include', 'new', 'rollback', 'call',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      [String.raw`storage\.\w+\.\w+\b`, 'Name.Variable'],
      [words(['true', 'false']), 'Name.Builtin'],
      [String.raw`\d+\b`, 'Literal.Number'],
      [String.raw`(backend)(\s+\w+)(\s*\{)`, bygroups('Keyword', 'Name.Variable.Global', 'Punctuation'), 'backend'],
      [String.raw`(probe\s)(\s*\w+\s)(\{)`, bygroups('Keyword', 'Name.Variable.Global', 'Punctuation'), 'probe'],
      [String.raw`(acl\s)(\s*\w+\s)(\{)`, bygroups('Keyword', 'Name.Variable.Global', 'Punctuation'), 'acl'],
      ['(vcl )(4.0)(;)$', bygroups('Keyword.Reserved', 'Name.Constant', 'Punctuation')],
      [String.raw`(sub\s+)([a-zA-Z]\w*)(\s*\{)`, bygroups('Keyword', 'Name.Function', 'Punctuation')],
      [String.raw`([a-zA-Z_]\w*)(\.)([a-zA-Z_]\w*)(\s*\(.*\))`, bygroups('Name.Function', 'Punctuation', 'Name.Function', usingThis())],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    comments: [
      ['#.*$', 'Comment'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      ['//.*$', 'Comment'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`[^"\n]+`, 'Literal.String'],
    ],
    multistring: [
      ['[^"}]', 'Literal.String'],
      [String.raw`"\}`, 'Literal.String', '#pop'],
      ['["}]', 'Literal.String'],
    ],
    whitespace: [
      ['L?"', 'Literal.String', 'string'],
      [String.raw`\{"`, 'Literal.String', 'multistring'],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\\\n`, 'Text'],
    ],
    root: [
      include('whitespace'),
      include('comments'),
      include('statements'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
