/**
 * Pygments' AntlrLexer (pygments/lexers/parsers.py, Pygments 2.20.0), rule for rule: the base
 * ANTLR lexer, whose actions and arguments (`{...}`, `[...]`) are `Other` tokens, left for the
 * target-language lexers (ANTLR With Java Target and the like) to lex.
 *
 *     grammar Expr;   ->   <k>grammar</k><w> </w><nc>Expr</nc><p>;</p>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const antlrLexer: LexerDefinition = {
  name: 'ANTLR',
  aliases: ['antlr'],
  tokens: {
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comments: [
      ['//.*$', 'Comment'],
      [String.raw`/\*(.|\n)*?\*/`, 'Comment'],
    ],
    root: [
      include('whitespace'),
      include('comments'),
      [String.raw`(lexer|parser|tree)?(\s*)(grammar\b)(\s*)([A-Za-z]\w*)(;)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Class', 'Punctuation')],
      [String.raw`options\b`, 'Keyword', 'options'],
      [String.raw`tokens\b`, 'Keyword', 'tokens'],
      [String.raw`(scope)(\s*)([A-Za-z]\w*)(\s*)(\{)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation'), 'action'],
      [String.raw`(catch|finally)\b`, 'Keyword', 'exception'],
      [String.raw`(@[A-Za-z]\w*)(\s*)(::)?(\s*)([A-Za-z]\w*)(\s*)(\{)`, bygroups('Name.Label', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Punctuation'), 'action'],
      [String.raw`((?:protected|private|public|fragment)\b)?(\s*)([A-Za-z]\w*)(!)?`, bygroups('Keyword', 'Text.Whitespace', 'Name.Label', 'Punctuation'), ['rule-alts', 'rule-prelims']],
    ],
    exception: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      [String.raw`\s`, 'Text.Whitespace'],
      include('comments'),
      [String.raw`\[`, 'Punctuation', 'nested-arg-action'],
      [String.raw`\{`, 'Punctuation', 'action'],
    ],
    'rule-prelims': [
      include('whitespace'),
      include('comments'),
      [String.raw`returns\b`, 'Keyword'],
      [String.raw`\[`, 'Punctuation', 'nested-arg-action'],
      [String.raw`\{`, 'Punctuation', 'action'],
      [String.raw`(throws)(\s+)([A-Za-z]\w*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Label')],
      [String.raw`(,)(\s*)([A-Za-z]\w*)`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Label')],
      [String.raw`options\b`, 'Keyword', 'options'],
      [String.raw`(scope)(\s+)(\{)`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'action'],
      [String.raw`(scope)(\s+)([A-Za-z]\w*)(\s*)(;)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Punctuation')],
      [String.raw`(@[A-Za-z]\w*)(\s*)(\{)`, bygroups('Name.Label', 'Text.Whitespace', 'Punctuation'), 'action'],
      [':', 'Punctuation', '#pop'],
    ],
    'rule-alts': [
      include('whitespace'),
      include('comments'),
      [String.raw`options\b`, 'Keyword', 'options'],
      [':', 'Punctuation'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      ['<<([^>]|>[^>])>>', 'Literal.String'],
      [String.raw`\$?[A-Z_]\w*`, 'Name.Constant'],
      [String.raw`\$?[a-z_]\w*`, 'Name.Variable'],
      [String.raw`(\+|\||->|=>|=|\(|\)|\.\.|\.|\?|\*|\^|!|\#|~)`, 'Operator'],
      [',', 'Punctuation'],
      [String.raw`\[`, 'Punctuation', 'nested-arg-action'],
      [String.raw`\{`, 'Punctuation', 'action'],
      [';', 'Punctuation', '#pop'],
    ],
    tokens: [
      include('whitespace'),
      include('comments'),
      [String.raw`\{`, 'Punctuation'],
      [String.raw`([A-Z]\w*)(\s*)(=)?(\s*)(\'(?:\\\\|\\\'|[^\']*)\')?(\s*)(;)`, bygroups('Name.Label', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace', 'Punctuation')],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    options: [
      include('whitespace'),
      include('comments'),
      [String.raw`\{`, 'Punctuation'],
      [String.raw`([A-Za-z]\w*)(\s*)(=)(\s*)([A-Za-z]\w*|\'(?:\\\\|\\\'|[^\']*)\'|[0-9]+|\*)(\s*)(;)`, bygroups('Name.Variable', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Text', 'Text.Whitespace', 'Punctuation')],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    action: [
      [String.raw`([^$\{}\'"/\\]+|"(\\\\|\\[^\\]|[^"\\])*"|'(\\\\|\\[^\\]|[^'\\])*'|//.*$\n?|` +
        String.raw`/\*(.|\n)*?\*/|/(?!\*)(\\\\|\\[^\\]|[^/\\])*/|\\(?!%)|/)+`, 'Other'],
      [String.raw`(\\)(%)`, bygroups('Punctuation', 'Other')],
      [String.raw`(\$[a-zA-Z]+)(\.?)(text|value)?`, bygroups('Name.Variable', 'Punctuation', 'Name.Property')],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    'nested-arg-action': [
      [String.raw`([^$\[\]\'"/]+|"(\\\\|\\[^\\]|[^"\\])*"|'(\\\\|\\[^\\]|[^'\\])*'|//.*$\n?|` +
        String.raw`/\*(.|\n)*?\*/|/(?!\*)(\\\\|\\[^\\]|[^/\\])*/|/)+`, 'Other'],
      [String.raw`\[`, 'Punctuation', '#push'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`(\$[a-zA-Z]+)(\.?)(text|value)?`, bygroups('Name.Variable', 'Punctuation', 'Name.Property')],
      [String.raw`(\\\\|\\\]|\\\[|[^\[\]])+`, 'Other'],
    ],
  },
};
