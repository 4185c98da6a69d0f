/**
 * Pygments' LdaprcLexer (pygments/lexers/ldap.py, Pygments 2.20.0), rule for rule: OpenLDAP's ldap.conf.
 *
 *     BASE dc=example,dc=com
 *     ->   <k>BASE</k> <l>dc=example,dc=com</l>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const ldaprcLexer: LexerDefinition = {
  name: 'LDAP configuration file',
  aliases: ['ldapconf', 'ldaprc'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`#.*`, 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(GSSAPI_(?:ALLOW_REMOTE_PRINCIPAL|ENCRYPT|SIGN)|REFERRALS|SASL_NOCANON)(\s+)(on|true|yes|off|false|no)$`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Constant')],
      [String.raw`(KEEPALIVE_(?:IDLE|PROBES|INTERVAL)|NETWORK_TIMEOUT|PORT|SIZELIMIT|TIMELIMIT|TIMEOUT)(\s+)(\d+)`, bygroups('Keyword', 'Text.Whitespace', 'Literal.Number.Integer')],
      [String.raw`(VERSION)(\s+)(2|3)`, bygroups('Keyword', 'Text.Whitespace', 'Literal.Number.Integer')],
      [String.raw`(DEREF)(\s+)(never|searching|finding|always)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Constant')],
      [String.raw`(SASL_SECPROPS)(\s+)((?:none|noanonymous|noplain|noactive|nodict|forwardsec|passcred|(?:minssf|maxssf|maxbufsize)=\d+)(?:,none|noanonymous|noplain|noactive|nodict|forwardsec|passcred|(?:minssf|maxssf|maxbufsize)=\d+)*)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Constant')],
      [String.raw`(SASL_CBINDING)(\s+)(none|tls-unique|tls-endpoint)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Constant')],
      [String.raw`(TLS_REQ(?:CERT|SAN))(\s+)(allow|demand|hard|never|try)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Constant')],
      [String.raw`(TLS_CRLCHECK)(\s+)(none|peer|all)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Constant')],
      [String.raw`(BASE|BINDDN)(\s+)(\S+)$`, bygroups('Keyword', 'Text.Whitespace', 'Literal')],
      [String.raw`(HOST)(\s+)([a-z0-9]+)((?::(\d+))?)`, bygroups('Keyword', 'Text.Whitespace', 'Literal', 'Literal.Number.Integer')],
      [String.raw`((?:URI|SOCKET_BIND_ADDRESSES|SASL_(?:MECH|REALM|AUTHCID|AUTHZID|CBINDING)|TLS_(?:CACERT|CACERTDIR|CERT|ECNAME|KEY|CIPHER_SUITE|PROTOCOL_MIN|RANDFILE|CRLFILE)))(\s+)(\S+)$`, bygroups('Keyword', 'Text.Whitespace', 'Literal')],
    ],
  },
};
