/**
 * Pygments' DnsZoneLexer (pygments/lexers/dns.py, Pygments 2.20.0): RFC 1035 zone files, rule
 * for rule.
 *
 *     www 3600 IN A 192.0.2.1   ->   <n>www</n><w> </w><mi>3600</mi><w> </w><nc>IN</nc><w> </w><kt>A</kt><w> </w><l>192.0.2.1</l>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const CLASSES = '(IN|CS|CH|HS)';
const TTL = '(?:([0-9]+[smhdw]?)([ \\t]+))?';
const CLASS = `(?:${CLASSES}([ \\t]+))?`;
const TYPE = '([A-Z]+)([ \\t]+)';
const RECORD = bygroups('Name', W, 'Literal.Number.Integer', W, 'Name.Class', W, 'Keyword.Type', W);

export const dnsZoneLexer: LexerDefinition = {
  name: 'Zone',
  aliases: ['zone'],
  tokens: {
    root: [
      // Empty/comment line:
      [String.raw`([ \t]*)(;.*)(\n)`, bygroups(W, 'Comment.Single', W)],
      // Special directives:
      [String.raw`^\$ORIGIN\b`, 'Keyword', 'values'],
      [String.raw`^\$TTL\b`, 'Keyword', 'values'],
      [String.raw`^\$INCLUDE\b`, 'Comment.Preproc', 'include'],
      [String.raw`^\$[A-Z]+\b`, 'Keyword', 'values'],
      // <domain-name> [<TTL>] [<class>] <type> <RDATA> [<comment>]
      [`^(@)([ \\t]+)${TTL}${CLASS}${TYPE}`, bygroups('Operator', W, 'Literal.Number.Integer', W, 'Name.Class', W, 'Keyword.Type', W), 'values'],
      [`^([^ \\t\\n]*)([ \\t]+)${TTL}${CLASS}${TYPE}`, RECORD, 'values'],
      // <domain-name> [<class>] [<TTL>] <type> <RDATA> [<comment>]: the groups keep the first
      // order's token types, as in Pygments (so a class here is Literal.Number.Integer).
      [`^(Operator)([ \\t]+)${CLASS}${TTL}${TYPE}`, RECORD, 'values'],
      [`^([^ \\t\\n]*)([ \\t]+)${CLASS}${TTL}${TYPE}`, RECORD, 'values'],
    ],
    values: [
      [String.raw`\n`, W, '#pop'],
      [String.raw`\(`, 'Punctuation', 'nested'],
      include('simple-value'),
    ],
    nested: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('multiple-simple-values'),
    ],
    'simple-value': [
      ['(;.*)', bygroups('Comment.Single')],
      [String.raw`[ \t]+`, W],
      [String.raw`@\b`, 'Operator'],
      ['"', 'Literal.String', 'string'],
      ['[0-9]+[smhdw]?$', 'Literal.Number.Integer'],
      [String.raw`([0-9]+[smhdw]?)([ \t]+)`, bygroups('Literal.Number.Integer', W)],
      [String.raw`\S+`, 'Literal'],
    ],
    'multiple-simple-values': [
      include('simple-value'),
      [String.raw`[\n]+`, W],
    ],
    include: [
      [String.raw`([ \t]+)([^ \t\n]+)([ \t]+)([-\._a-zA-Z]+)([ \t]+)(;.*)?$`, bygroups(W, 'Comment.PreprocFile', W, 'Name', W, 'Comment.Single'), '#pop'],
      [String.raw`([ \t]+)([^ \t\n]+)([ \t\n]+)$`, bygroups(W, 'Comment.PreprocFile', W), '#pop'],
    ],
    string: [
      [String.raw`\\"`, 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
      ['[^"]+', 'Literal.String'],
    ],
  },
};
