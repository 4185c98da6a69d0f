/**
 * Pygments' EmailLexer and EmailHeaderLexer (pygments/lexers/email.py, Pygments 2.20.0): a raw
 * e-mail. MIMELexer lexes the message; the headers it leaves as comments (all but Content-Type
 * and Content-Transfer-Encoding) are lexed by EmailHeaderLexer (a DelegatingLexer on Comment).
 *
 *     From: Jo <jo@example.org>   ->   <nt>From:</nt><w> </w>Jo<w> </w><nl>&lt;jo@example.org&gt;</nl>
 *
 * `X-` headers are drawn as comments (the `highlight-X-header` option, off by default, is not read).
 */
import { delegatingLexer } from '../delegation.ts';
import { bygroups, compileLexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

const HEX = 'Literal.Number.Hex';
/** An IPv4 address as the IPv6 patterns embed it. */
const IPV4_TAIL = String.raw`((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])`;

const emailHeaderLexer: LexerDefinition = {
  name: 'E-mail header',
  aliases: [],
  tokens: {
    root: [
      [String.raw`^(?:[A-WYZ]|X400)[\w\-]*:`, 'Name.Tag', 'header'],
      // get_x_header_tokens without highlight-X-header: the field and its content low-lighted
      [String.raw`^(X-(?:\w[\w\-]*:))([\s\S]*?\n)(?![ \t])`, bygroups('Comment.Special', 'Comment.Multiline')],
    ],
    header: [
      // folding
      [String.raw`\n[ \t]`, 'Text.Whitespace'],
      [String.raw`\n(?![ \t])`, 'Text.Whitespace', '#pop'],
      // keywords
      [String.raw`\bE?SMTPS?\b`, 'Keyword'],
      [String.raw`\b(?:HE|EH)LO\b`, 'Keyword'],
      // mailbox
      [String.raw`[\w\.\-\+=]+@[\w\.\-]+`, 'Name.Label'],
      [String.raw`<[\w\.\-\+=]+@[\w\.\-]+>`, 'Name.Label'],
      // domain
      [String.raw`\b(\w[\w\.-]*\.[\w\.-]*\w[a-zA-Z]+)\b`, 'Name.Function'],
      // IPv4
      [String.raw`(?<=\b)(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9][0-9]?)(?=\b)`, 'Literal.Number.Integer'],
      // IPv6
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){1,7}:(?!\b)`, HEX],
      [String.raw`(?<=\b):((:[0-9a-fA-F]{1,4}){1,7}|:)(?=\b)`, HEX],
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}(?=\b)`, HEX],
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}(?=\b)`, HEX],
      [String.raw`(?<=\b)[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})(?=\b)`, HEX],
      [String.raw`(?<=\b)fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}(?=\b)`, HEX],
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}(?=\b)`, HEX],
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}(?=\b)`, HEX],
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}(?=\b)`, HEX],
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}(?=\b)`, HEX],
      [String.raw`(?<=\b)::(ffff(:0{1,4}){0,1}:){0,1}${IPV4_TAIL}(?=\b)`, HEX],
      [String.raw`(?<=\b)([0-9a-fA-F]{1,4}:){1,4}:${IPV4_TAIL}(?=\b)`, HEX],
      // date and time
      [
        String.raw`(?:(Sun|Mon|Tue|Wed|Thu|Fri|Sat),\s+)?(0[1-9]|[1-2]?[0-9]|3[01])\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(19[0-9]{2}|[2-9][0-9]{3})\s+(2[0-3]|[0-1][0-9]):([0-5][0-9])(?::(60|[0-5][0-9]))?(?:\.\d{1,5})?\s+([-\+][0-9]{2}[0-5][0-9]|\(?(?:UTC?|GMT|(?:E|C|M|P)(?:ST|ET|DT)|[A-IK-Z])\)?)`,
        'Name.Decorator',
      ],
      // RFC 2047 encoded words
      [
        String.raw`(=\?)([\w-]+)(\?)([BbQq])(\?)([\[\w!\"#$%&\'()*+,-./:;<=>@[\\\]^_` + '`' + String.raw`{|}~]+)(\?=)`,
        bygroups('Literal.String.Affix', 'Name.Constant', 'Literal.String.Affix', 'Keyword.Constant', 'Literal.String.Affix', HEX, 'Literal.String.Affix'),
      ],
      // others
      [String.raw`[\s]+`, 'Text.Whitespace'],
      [String.raw`[\S]`, 'Text'],
    ],
  },
};

export const emailLexer: LexerFactory = {
  name: 'E-mail',
  aliases: ['email', 'eml'],
  create(byName) {
    const mime = byName('mime') ?? textLexer(byName);
    return delegatingLexer('E-mail', compileLexer(emailHeaderLexer, byName), mime, 'Comment');
  },
};
