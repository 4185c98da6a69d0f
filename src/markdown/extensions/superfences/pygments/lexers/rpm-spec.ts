/**
 * Pygments' RPMSpecLexer (pygments/lexers/installers.py, Pygments 2.20.0): RPM `.spec` files,
 * rule for rule.
 *
 *     Version: 1.0   ->   <gh>Version</gh><p>:</p><w> </w>1.0
 */
import { bygroups, include, usingThis, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const DIRECTIVES = '(?:package|prep|build|install|clean|check|pre[a-z]*|post[a-z]*|trigger[a-z]*|files)';

export const rpmSpecLexer: LexerDefinition = {
  name: 'RPMSpec',
  aliases: ['spec'],
  tokens: {
    root: [['#.*$', 'Comment'], include('basic')],
    description: [
      [`^(%${DIRECTIVES})(.*)$`, bygroups('Name.Decorator', 'Text'), '#pop'],
      [String.raw`\s+`, W],
      ['.', 'Text'],
    ],
    changelog: [
      [String.raw`\*.*$`, 'Generic.Subheading'],
      [`^(%${DIRECTIVES})(.*)$`, bygroups('Name.Decorator', 'Text'), '#pop'],
      [String.raw`\s+`, W],
      ['.', 'Text'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      include('interpol'),
      ['.', 'Literal.String.Double'],
    ],
    basic: [
      include('macro'),
      [
        String.raw`(?i)^(Name|Version|Release|Epoch|Summary|Group|License|Packager|Vendor|Icon|URL|Distribution|Prefix|Patch[0-9]*|Source[0-9]*|Requires\(?[a-z]*\)?|[a-z]+Req|Obsoletes|Suggests|Provides|Conflicts|Build[a-z]+|[a-z]+Arch|Auto[a-z]+)(:)(.*)$`,
        bygroups('Generic.Heading', 'Punctuation', usingThis()),
      ],
      ['^%description', 'Name.Decorator', 'description'],
      ['^%changelog', 'Name.Decorator', 'changelog'],
      [`^(%${DIRECTIVES})(.*)$`, bygroups('Name.Decorator', 'Text')],
      [
        '%(attr|defattr|dir|doc(?:dir)?|setup|config(?:ure)?|make(?:install)|ghost|patch[0-9]+|find_lang|exclude|verify)',
        'Keyword',
      ],
      include('interpol'),
      ["'.*?'", 'Literal.String.Single'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`\s+`, W],
      ['.', 'Text'],
    ],
    macro: [
      ['%define.*$', 'Comment.Preproc'],
      [String.raw`%\{\!\?.*%define.*\}`, 'Comment.Preproc'],
      ['(%(?:if(?:n?arch)?|else(?:if)?|endif))(.*)$', bygroups('Comment.Preproc', 'Text')],
    ],
    interpol: [
      [String.raw`%\{?__[a-z_]+\}?`, 'Name.Function'],
      [String.raw`%\{?_([a-z_]+dir|[a-z_]+path|prefix)\}?`, 'Keyword.Pseudo'],
      [String.raw`%\{\?\w+\}`, 'Name.Variable'],
      [String.raw`\$\{?RPM_[A-Z0-9_]+\}?`, 'Name.Variable.Global'],
      [String.raw`%\{[a-zA-Z]\w+\}`, 'Keyword.Constant'],
    ],
  },
};
