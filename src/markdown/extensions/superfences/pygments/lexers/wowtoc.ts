/**
 * Pygments' WoWTocLexer (pygments/lexers/wowtoc.py, Pygments 2.20.0), rule for rule: World of Warcraft add-on .toc files.
 *
 *     ## Interface: 90002
 *     ->   <kd>##</kd> <nb>Interface</nb><p>:</p> <s>90002</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const wowtocLexer: LexerDefinition = {
  name: 'World of Warcraft TOC',
  aliases: ['wowtoc'],
  tokens: {
    root: [
      [String.raw`^(##)( *)((?:[nN][oO][tT][eE][sS]|[tT][iI][tT][lL][eE])-(?:ptBR|zhCN|enCN|frFR|deDE|itIT|esMX|ptPT|koKR|ruRU|esES|zhTW|enTW|enGB|enUS))( *)(:)( *)(.*?)( *)$`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Builtin', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace')],
      [String.raw`(?i)^(##)( *)(Interface|Title|Notes|RequiredDeps|Dep[^: ]*|OptionalDeps|LoadOnDemand|LoadWith|LoadManagers|SavedVariablesPerCharacter|SavedVariables|DefaultState|Secure|Author|Version)( *)(:)( *)(.*?)( *)$`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Builtin', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace')],
      [String.raw`(?i)^(##)( *)(X-[^: ]*)( *)(:)( *)(.*?)( *)$`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace')],
      [String.raw`^(##)( *)([^: ]*)( *)(:)( *)(.*?)( *)$`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Other', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace')],
      [String.raw`^#.*$`, 'Comment'],
      [String.raw`^.+$`, 'Name'],
    ],
  },
};
