/**
 * Pygments' YangLexer (pygments/lexers/yang.py, Pygments 2.20), rule for rule: YANG data models (RFC
 * 7950): statements, built-in types, dates and prefixed names.
 *
 *     leaf mtu { type uint16; }   ->   <k>leaf</k><w> </w><nv>mtu</nv><w> </w><p>{</p><w> </w><k>type</k><w> </w><nc>uint16</nc><p>;</p><w> </w><p>}</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

export const yangLexer: LexerDefinition = {
  name: 'YANG',
  aliases: ['yang'],
  tokens: {
    comments: [
      ['[^*/]', 'Comment'],
      [String.raw`/\*`, 'Comment', '#push'],
      [String.raw`\*/`, 'Comment', '#pop'],
      ['[*/]', 'Comment'],
    ],
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['[{};]+', 'Punctuation'],
      [String.raw`(?<![\-\w])(and|or|not|\+|\.)(?![\-\w])`, 'Operator'],
      [String.raw`"(?:\\"|[^"])*?"`, 'Literal.String.Double'],
      [String.raw`'(?:\\'|[^'])*?'`, 'Literal.String.Single'],
      [String.raw`/\*`, 'Comment', 'comments'],
      ['//.*?$', 'Comment'],
      [String.raw`(?:^|(?<=[\s{};]))([\w.-]+)(:)([\w.-]+)(?=[\s{};])`, bygroups('Name.Namespace', 'Punctuation', 'Name.Variable')],
      [String.raw`([0-9]{4}\-[0-9]{2}\-[0-9]{2})(?=[\s{};])`, 'Name.Label'],
      [String.raw`([0-9]+\.[0-9]+)(?=[\s{};])`, 'Literal.Number.Float'],
      [String.raw`([0-9]+)(?=[\s{};])`, 'Literal.Number.Integer'],
      [words(['module', 'submodule'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['belongs-to', 'namespace', 'prefix', 'yang-version'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['contact', 'description', 'organization', 'reference', 'revision'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['import', 'include', 'revision-date'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['action', 'argument', 'augment', 'deviation', 'extension', 'feature', 'grouping', 'identity', 'if-feature', 'input', 'notification', 'output', 'rpc', 'typedef'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['anydata', 'anyxml', 'case', 'choice', 'config', 'container', 'deviate', 'leaf', 'leaf-list', 'list', 'must', 'presence', 'refine', 'uses', 'when'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['base', 'bit', 'default', 'enum', 'error-app-tag', 'error-message', 'fraction-digits', 'length', 'max-elements', 'min-elements', 'modifier', 'ordered-by', 'path', 'pattern', 'position', 'range', 'require-instance', 'status', 'type', 'units', 'value', 'yin-element'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['key', 'mandatory', 'unique'], '', String.raw`(?=[^\w\-:])`), 'Keyword'],
      [words(['binary', 'bits', 'boolean', 'decimal64', 'empty', 'enumeration', 'identityref', 'instance-identifier', 'int16', 'int32', 'int64', 'int8', 'leafref', 'string', 'uint16', 'uint32', 'uint64', 'uint8', 'union'], '', String.raw`(?=[^\w\-:])`), 'Name.Class'],
      [words(['add', 'current', 'delete', 'deprecated', 'false', 'invert-match', 'max', 'min', 'not-supported', 'obsolete', 'replace', 'true', 'unbounded', 'user'], '', String.raw`(?=[^\w\-:])`), 'Name.Class'],
      [String.raw`[^;{}\s\'"]+`, 'Name.Variable'],
    ],
  },
};
