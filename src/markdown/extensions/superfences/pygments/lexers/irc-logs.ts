/**
 * Pygments' IrcLogsLexer (pygments/lexers/textfmts.py, Pygments 2.20.0), rule for rule: IRC logs of
 * the usual clients (timestamps, nicks, actions, joins and parts).
 *
 *     [12:30] <alice> hi bob   ->   <cp>[12:30] </cp><nt>&lt;alice&gt; </nt>hi bob
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const ircLogsLexer: LexerDefinition = {
  name: 'IRC logs',
  aliases: ['irc'],
  flags: 'mx',
  tokens: {
    root: [
      [String.raw`^\*\*\*\*(.*)\*\*\*\*$`, 'Comment'],
      ["^\n        (\n          # irssi / xchat and others\n          (?: \\[|\\()?                  # Opening bracket or paren for the timestamp\n            (?:                        # Timestamp\n                (?: (?:\\d{1,4} [-/])*  # Date as - or /-separated groups of digits\n                    (?:\\d{1,4})\n                 [T ])?                # Date/time separator: T or space\n                (?: \\d?\\d [:.])*       # Time as :/.-separated groups of 1 or 2 digits\n                    (?: \\d?\\d)\n            )\n          (?: \\]|\\))?\\s+               # Closing bracket or paren for the timestamp\n        |\n          # weechat\n          \\d{4}\\s\\w{3}\\s\\d{2}\\s        # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        |\n          # xchat\n          \\w{3}\\s\\d{2}\\s               # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        )?\n    (\\s*<[^>]*>\\s*)$", bygroups('Comment.Preproc', 'Name.Tag')],
      ["^\n        (\n          # irssi / xchat and others\n          (?: \\[|\\()?                  # Opening bracket or paren for the timestamp\n            (?:                        # Timestamp\n                (?: (?:\\d{1,4} [-/])*  # Date as - or /-separated groups of digits\n                    (?:\\d{1,4})\n                 [T ])?                # Date/time separator: T or space\n                (?: \\d?\\d [:.])*       # Time as :/.-separated groups of 1 or 2 digits\n                    (?: \\d?\\d)\n            )\n          (?: \\]|\\))?\\s+               # Closing bracket or paren for the timestamp\n        |\n          # weechat\n          \\d{4}\\s\\w{3}\\s\\d{2}\\s        # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        |\n          # xchat\n          \\w{3}\\s\\d{2}\\s               # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        )?\n    \n                (\\s*<.*?>\\s*)          # Nick ", bygroups('Comment.Preproc', 'Name.Tag'), 'msg'],
      ["^\n        (\n          # irssi / xchat and others\n          (?: \\[|\\()?                  # Opening bracket or paren for the timestamp\n            (?:                        # Timestamp\n                (?: (?:\\d{1,4} [-/])*  # Date as - or /-separated groups of digits\n                    (?:\\d{1,4})\n                 [T ])?                # Date/time separator: T or space\n                (?: \\d?\\d [:.])*       # Time as :/.-separated groups of 1 or 2 digits\n                    (?: \\d?\\d)\n            )\n          (?: \\]|\\))?\\s+               # Closing bracket or paren for the timestamp\n        |\n          # weechat\n          \\d{4}\\s\\w{3}\\s\\d{2}\\s        # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        |\n          # xchat\n          \\w{3}\\s\\d{2}\\s               # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        )?\n    \n                (\\s*[*]\\s+)            # Star\n                (\\S+\\s+.*?\\n)          # Nick + rest of message ", bygroups('Comment.Preproc', 'Keyword', 'Generic.Inserted')],
      ["^\n        (\n          # irssi / xchat and others\n          (?: \\[|\\()?                  # Opening bracket or paren for the timestamp\n            (?:                        # Timestamp\n                (?: (?:\\d{1,4} [-/])*  # Date as - or /-separated groups of digits\n                    (?:\\d{1,4})\n                 [T ])?                # Date/time separator: T or space\n                (?: \\d?\\d [:.])*       # Time as :/.-separated groups of 1 or 2 digits\n                    (?: \\d?\\d)\n            )\n          (?: \\]|\\))?\\s+               # Closing bracket or paren for the timestamp\n        |\n          # weechat\n          \\d{4}\\s\\w{3}\\s\\d{2}\\s        # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        |\n          # xchat\n          \\w{3}\\s\\d{2}\\s               # Date\n          \\d{2}:\\d{2}:\\d{2}\\s+         # Time + Whitespace\n        )?\n    \n                (\\s*(?:\\*{3}|<?-[!@=P]?->?)\\s*)  # Star(s) or symbols\n                (\\S+\\s+)                     # Nick + Space\n                (.*?\\n)                         # Rest of message ", bygroups('Comment.Preproc', 'Keyword', 'Literal.String', 'Comment')],
      [String.raw`^.*?\n`, 'Text'],
    ],
    msg: [
      [String.raw`\S+:(?!//)`, 'Name.Attribute'],
      [String.raw`.*\n`, 'Text', '#pop'],
    ],
  },
};
