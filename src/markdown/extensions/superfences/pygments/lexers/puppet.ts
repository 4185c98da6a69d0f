/**
 * Pygments' PuppetLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule. Bare words
 * are Name.Attribute, resource types and functions in its list Keyword (case-insensitive).
 *
 *     package { 'nginx': ensure => installed }   ->   <k>package</k> <p>{</p> <s>'nginx'</s><p>:</p> <na>ensure</na> <o>=&gt;</o> <k>installed</k> <p>}</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

/** Puppet's resource types, functions and values (Pygments leaves out `group` and `require`, often attributes). */
const KEYWORDS = [
  'absent', 'alert', 'alias', 'audit', 'augeas', 'before', 'case', 'check', 'class', 'computer', 'configured',
  'contained', 'create_resources', 'crit', 'cron', 'debug', 'default', 'define', 'defined', 'directory', 'else',
  'elsif', 'emerg', 'err', 'exec', 'extlookup', 'fail', 'false', 'file', 'filebucket', 'fqdn_rand', 'generate',
  'host', 'if', 'import', 'include', 'info', 'inherits', 'inline_template', 'installed', 'interface', 'k5login',
  'latest', 'link', 'loglevel', 'macauthorization', 'mailalias', 'maillist', 'mcx', 'md5', 'mount', 'mounted',
  'nagios_command', 'nagios_contact', 'nagios_contactgroup', 'nagios_host', 'nagios_hostdependency',
  'nagios_hostescalation', 'nagios_hostextinfo', 'nagios_hostgroup', 'nagios_service', 'nagios_servicedependency',
  'nagios_serviceescalation', 'nagios_serviceextinfo', 'nagios_servicegroup', 'nagios_timeperiod', 'node', 'noop',
  'notice', 'notify', 'package', 'present', 'purged', 'realize', 'regsubst', 'resources', 'role', 'router',
  'running', 'schedule', 'scheduled_task', 'search', 'selboolean', 'selmodule', 'service', 'sha1', 'shellquote',
  'split', 'sprintf', 'ssh_authorized_key', 'sshkey', 'stage', 'stopped', 'subscribe', 'tag', 'tagged', 'template',
  'tidy', 'true', 'undef', 'unmounted', 'user', 'versioncmp', 'vlan', 'warning', 'yumrepo', 'zfs', 'zone', 'zpool',
];

export const puppetLexer: LexerDefinition = {
  name: 'Puppet',
  aliases: ['puppet'],
  tokens: {
    root: [
      include('comments'),
      include('keywords'),
      include('names'),
      include('numbers'),
      include('operators'),
      include('strings'),
      [String.raw`[]{}:(),;[]`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comments: [
      [String.raw`(\s*)(#.*)$`, bygroups('Text.Whitespace', 'Comment')],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
    ],
    operators: [
      [String.raw`(=>|\?|<|>|=|\+|-|/|\*|~|!|\|)`, 'Operator'],
      [String.raw`(in|and|or|not)\b`, 'Operator.Word'],
    ],
    names: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Attribute'],
      [String.raw`(\$\S+)(\[)(\S+)(\])`, bygroups('Name.Variable', 'Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`\$\S+`, 'Name.Variable'],
    ],
    numbers: [
      // copied from the Python lexer, as in Pygments
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+j?`, 'Literal.Number.Float'],
      [String.raw`0[0-7]+j?`, 'Literal.Number.Oct'],
      [String.raw`0[xX][a-fA-F0-9]+`, 'Literal.Number.Hex'],
      [String.raw`\d+L`, 'Literal.Number.Integer.Long'],
      [String.raw`\d+j?`, 'Literal.Number.Integer'],
    ],
    keywords: [
      [words(KEYWORDS, String.raw`(?i)`, String.raw`\b`), 'Keyword'],
    ],
    strings: [
      [String.raw`"([^"])*"`, 'Literal.String'],
      [String.raw`'(\\'|[^'])*'`, 'Literal.String'],
    ],
  },
};
