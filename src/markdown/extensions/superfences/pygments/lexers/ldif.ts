/**
 * Pygments' LdifLexer (pygments/lexers/ldap.py, Pygments 2.20.0): RFC 2849 LDIF, rule for rule.
 *
 *     dn: cn=admin,dc=example   ->   <k>dn</k><p>:</p><w> </w><na>cn</na><o>=</o><s>admin</s><p>,</p>...
 */
import { bygroups, defaultState, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
/** An attribute: a name or a dotted OID. */
const ATTRIBUTE = String.raw`([a-zA-Z]*|[0-9][0-9\.]*[0-9])`;

export const ldifLexer: LexerDefinition = {
  name: 'LDIF',
  aliases: ['ldif'],
  tokens: {
    root: [
      [String.raw`\s*\n`, W],
      [String.raw`(-)(\n)`, bygroups('Punctuation', W)],
      [String.raw`(#.*)(\n)`, bygroups('Comment.Single', W)],
      [String.raw`(version)(:)([ \t]*)(.*)([ \t]*\n)`, bygroups('Keyword', 'Punctuation', W, 'Literal.Number.Integer', W)],
      [
        String.raw`(control)(:)([ \t]*)([\.0-9]+)([ \t]+)((?:true|false)?)([ \t]*)`,
        bygroups('Keyword', 'Punctuation', W, 'Name.Other', W, 'Keyword', W),
        'after-control',
      ],
      [String.raw`(deleteoldrdn)(:)([ \n]*)([0-1]+)([ \t]*\n)`, bygroups('Keyword', 'Punctuation', W, 'Literal.Number', W)],
      [String.raw`(add|delete|replace)(::?)(\s*)(.*)([ \t]*\n)`, bygroups('Keyword', 'Punctuation', W, 'Name.Attribute', W)],
      [String.raw`(changetype)(:)([ \t]*)([a-z]*)([ \t]*\n)`, bygroups('Keyword', 'Punctuation', W, 'Keyword', W)],
      ['(dn|newrdn)(::)', bygroups('Keyword', 'Punctuation'), 'base64-dn'],
      ['(dn|newrdn)(:)', bygroups('Keyword', 'Punctuation'), 'dn'],
      [String.raw`(objectclass)(:)([ \t]*)([^ \t\n]*)([ \t]*\n)`, bygroups('Keyword', 'Punctuation', W, 'Name.Class', W)],
      [`${ATTRIBUTE}(;)`, bygroups('Name.Attribute', 'Punctuation'), 'property'],
      [`${ATTRIBUTE}(:<)`, bygroups('Name.Attribute', 'Punctuation'), 'url'],
      [`${ATTRIBUTE}(::?)`, bygroups('Name.Attribute', 'Punctuation'), 'value'],
    ],
    'after-control': [
      [':<', 'Punctuation', ['#pop', 'url']],
      ['::?', 'Punctuation', ['#pop', 'value']],
      defaultState('#pop'),
    ],
    property: [
      ['([-a-zA-Z0-9]*)(;)', bygroups('Name.Property', 'Punctuation')],
      ['([-a-zA-Z0-9]*)(:<)', bygroups('Name.Property', 'Punctuation'), ['#pop', 'url']],
      ['([-a-zA-Z0-9]*)(::?)', bygroups('Name.Property', 'Punctuation'), ['#pop', 'value']],
    ],
    // A value continues on lines that start with a space.
    value: [
      [String.raw`(\s*)([^\n]+\S)(\n )`, bygroups(W, 'Literal.String', W)],
      [String.raw`(\s*)([^\n]+\S)(\n)`, bygroups(W, 'Literal.String', W), '#pop'],
    ],
    url: [
      [String.raw`([ \t]*)(\S*)([ \t]*\n )`, bygroups(W, 'Comment.PreprocFile', W)],
      [String.raw`([ \t]*)(\S*)([ \t]*\n)`, bygroups(W, 'Comment.PreprocFile', W), '#pop'],
    ],
    dn: [[String.raw`([ \t]*)([-a-zA-Z0-9\.]+)(=)`, bygroups(W, 'Name.Attribute', 'Operator'), ['#pop', 'dn-value']]],
    'dn-value': [
      [String.raw`\\[^\n]`, 'Escape'],
      [',', 'Punctuation', ['#pop', 'dn']],
      [String.raw`\+`, 'Operator', ['#pop', 'dn']],
      [String.raw`[^,\+\n]+`, 'Literal.String'],
      [String.raw`\n `, W],
      [String.raw`\n`, W, '#pop'],
    ],
    'base64-dn': [
      [String.raw`([ \t]*)([^ \t\n][^ \t\n]*[^\n])([ \t]*\n )`, bygroups(W, 'Name', W)],
      [String.raw`([ \t]*)([^ \t\n][^ \t\n]*[^\n])([ \t]*\n)`, bygroups(W, 'Name', W), '#pop'],
    ],
  },
};
