/**
 * Pygments' ApacheConfLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule.
 *
 *     <VirtualHost *:443>   ->   <nt><VirtualHost</nt><w> </w><s>*:443</s><nt>></nt>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const apacheconfLexer: LexerDefinition = {
  name: 'ApacheConf',
  aliases: ['apacheconf', 'aconf', 'apache'],
  flags: 'mi',
  tokens: {
    root: [
      [String.raw`\s+`, W],
      [String.raw`#(.*\\\n)+.*$|(#.*?)$`, 'Comment'],
      [String.raw`(<[^\s>/][^\s>]*)(?:(\s+)(.*))?(>)`, bygroups('Name.Tag', W, 'Literal.String', 'Name.Tag')],
      [String.raw`(</[^\s>]+)(>)`, bygroups('Name.Tag', 'Name.Tag')],
      [String.raw`[a-z]\w*`, 'Name.Builtin', 'value'],
      [String.raw`\.+`, 'Text'],
    ],
    value: [
      [String.raw`\\\n`, 'Text'],
      [String.raw`\n+`, W, '#pop'],
      [String.raw`\\`, 'Text'],
      [String.raw`[^\S\n]+`, W],
      [String.raw`\d+\.\d+\.\d+\.\d+(?:/\d+)?`, 'Literal.Number'],
      [String.raw`\d+`, 'Literal.Number'],
      [String.raw`/([*a-z0-9][*\w./-]+)`, 'Literal.String.Other'],
      [
        String.raw`(on|off|none|any|all|double|email|dns|min|minimal|` +
          String.raw`os|productonly|full|emerg|alert|crit|error|warn|` +
          String.raw`notice|info|debug|registry|script|inetd|standalone|` +
          String.raw`user|group)\b`,
        'Keyword',
      ],
      [String.raw`"([^"\\]*(?:\\(.|\n)[^"\\]*)*)"`, 'Literal.String.Double'],
      [String.raw`[^\s"\\]+`, 'Text'],
    ],
  },
};
