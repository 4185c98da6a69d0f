/**
 * Pygments' TerraformLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: an
 * ExtendedRegexLexer only for its heredoc callback, which reads lines up to the closing name.
 *
 *     resource "aws_instance" "web" {   ->   <kr>resource</kr><w> </w><nc>"aws_instance"</nc><w> </w><nv>"web"</nv><w> </w><p>{</p>
 */
import { baseContext, bygroupsInContext, type ContextCallback, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { include, words } from '../regex-lexer.ts';

const CLASSES = ['backend', 'data', 'module', 'output', 'provider', 'provisioner', 'resource', 'variable'];
const TYPES = ['string', 'number', 'bool', 'list', 'tuple', 'map', 'set', 'object', 'null'];
const BUILTINS = [
  // numeric
  'abs', 'ceil', 'floor', 'log', 'max', 'mix', 'parseint', 'pow', 'signum',
  // string
  'chomp', 'format', 'formatlist', 'indent', 'join', 'lower', 'regex', 'regexall', 'replace', 'split', 'strrev', 'substr',
  'title', 'trim', 'trimprefix', 'trimsuffix', 'trimspace', 'upper',
  // collection
  'alltrue', 'anytrue', 'chunklist', 'coalesce', 'coalescelist', 'compact', 'concat', 'contains', 'distinct', 'element',
  'flatten', 'index', 'keys', 'length', 'list', 'lookup', 'map', 'matchkeys', 'merge', 'range', 'reverse',
  'setintersection', 'setproduct', 'setsubtract', 'setunion', 'slice', 'sort', 'sum', 'transpose', 'values', 'zipmap',
  // encoding
  'base64decode', 'base64encode', 'base64gzip', 'csvdecode', 'jsondecode', 'jsonencode', 'textdecodebase64',
  'textencodebase64', 'urlencode', 'yamldecode', 'yamlencode',
  // filesystem
  'abspath', 'dirname', 'pathexpand', 'basename', 'file', 'fileexists', 'fileset', 'filebase64', 'templatefile',
  // date and time
  'formatdate', 'timeadd', 'timestamp',
  // hash and crypto
  'base64sha256', 'base64sha512', 'bcrypt', 'filebase64sha256', 'filebase64sha512', 'filemd5', 'filesha1', 'filesha256',
  'filesha512', 'md5', 'rsadecrypt', 'sha1', 'sha256', 'sha512', 'uuid', 'uuidv5',
  // IP network
  'cidrhost', 'cidrnetmask', 'cidrsubnet', 'cidrsubnets',
  // type conversion
  'can', 'defaults', 'tobool', 'tolist', 'tomap', 'tonumber', 'toset', 'tostring', 'try',
];
const W = 'Text.Whitespace';

/**
 * `<<EOF ... EOF`: groups 1 `<<` or `<<-`, 2 the name, 3 the rest of the line. The lines up to
 * one that is the name (surrounding whitespace allowed) are the heredoc; without such a line
 * they are errors and lexing goes on after the opening line.
 */
const heredoc: ContextCallback<LexerContext> = function* (_lexer, match, context) {
  yield [match.groupStart(1), 'Operator', match.group(1) ?? ''];
  yield [match.groupStart(2), 'Literal.String.Delimiter', match.group(2) ?? ''];
  yield [match.groupStart(3), 'Literal.String.Heredoc', match.group(3) ?? ''];
  context.pos = match.start + match.text.length;
  const name = match.group(2) ?? '';
  const lines: Array<readonly [number, string]> = [];
  // line_re: each line with its `\n`, from here on.
  const line = /[^\n]*\n/g;
  line.lastIndex = context.pos;
  for (let found = line.exec(context.text); found !== null; found = line.exec(context.text)) {
    if (found[0].trim() === name) {
      for (const [start, text] of lines) yield [start, 'Literal.String.Heredoc', text];
      yield [found.index, 'Literal.String.Delimiter', found[0]];
      context.pos = found.index + found[0].length;
      return;
    }
    lines.push([found.index, found[0]]);
  }
  // end of heredoc not found
  for (const [start, text] of lines) yield [start, 'Error', text];
};

export const terraformLexer: ExtendedLexerDefinition<LexerContext> = {
  name: 'Terraform',
  aliases: ['terraform', 'tf', 'hcl'],
  context: baseContext,
  tokens: {
    root: [
      include('basic'),
      include('whitespace'),
      ['(".*")', bygroupsInContext('Literal.String.Double')], // strings
      [words(['true', 'false'], String.raw`\b`, String.raw`\b`), 'Name.Constant'], // constants
      [words(TYPES, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      include('identifier'),
      include('punctuation'),
      ['[0-9]+', 'Literal.Number'],
    ],
    basic: [
      [String.raw`\s*/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`\s*(#|//).*\n`, 'Comment.Single'],
      include('whitespace'),
      // e.g. terraform {, egress {
      [String.raw`(\s*)([0-9a-zA-Z-_]+)(\s*)(=?)(\s*)(\{)`, bygroupsInContext(W, 'Name.Builtin', W, 'Operator', W, 'Punctuation')],
      // assignment with attributes, e.g. something = ...
      [String.raw`(\s*)([0-9a-zA-Z-_]+)(\s*)(=)(\s*)`, bygroupsInContext(W, 'Name.Attribute', W, 'Operator', W)],
      // "something" = ... or "SlotName" : ...
      [String.raw`(\s*)("\S+")(\s*)([=:])(\s*)`, bygroupsInContext(W, 'Literal.String.Double', W, 'Operator', W)],
      // functions, e.g. jsonencode(element("value"))
      [`(${BUILTINS.join('|')})` + String.raw`(\()`, bygroupsInContext('Name.Function', 'Punctuation')],
      // list of attributes, e.g. ignore_changes = [last_modified, filename]
      [String.raw`(\[)([a-z_,\s]+)(\])`, bygroupsInContext('Punctuation', 'Name.Builtin', 'Punctuation')],
      // resource "aws_security_group" "allow_tls" {, backend "consul" {
      [
        `(${CLASSES.join('|')})` + String.raw`(\s+)("[0-9a-zA-Z-_]+")?(\s*)("[0-9a-zA-Z-_]+")(\s+)(\{)`,
        bygroupsInContext('Keyword.Reserved', W, 'Name.Class', W, 'Name.Variable', W, 'Punctuation'),
      ],
      // here-doc style delimited strings
      [String.raw`(<<-?)\s*([a-zA-Z_]\w*)(.*?\n)`, heredoc],
    ],
    identifier: [
      [String.raw`\b(var\.[0-9a-zA-Z-_\.\[\]]+)\b`, bygroupsInContext('Name.Variable')],
      [String.raw`\b([0-9a-zA-Z-_\[\]]+\.[0-9a-zA-Z-_\.\[\]]+)\b`, bygroupsInContext('Name.Variable')],
    ],
    punctuation: [[String.raw`[\[\]()\{\},.?:!=]`, 'Punctuation']],
    comment: [
      ['[^*/]', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    whitespace: [
      [String.raw`\n`, W],
      [String.raw`\s+`, W],
      [String.raw`(\\)(\n)`, bygroupsInContext('Text', W)],
    ],
  },
};
