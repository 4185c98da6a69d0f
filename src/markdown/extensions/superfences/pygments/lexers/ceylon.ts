/**
 * Pygments' CeylonLexer (pygments/lexers/jvm.py, Pygments 2.20), rule for rule: Ceylon: annotations,
 * declarations, backtick-quoted names and typed numbers.
 *
 *     shared void run() {}   ->   <nd>shared</nd><w> </w><kt>void</kt><w> </w><nf>run</nf><o>(</o><o>)</o><w> </w><o>{</o><o>}</o>
 */
import { bygroups, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const ceylonLexer: LexerDefinition = {
  name: 'Ceylon',
  aliases: ['ceylon'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`^(\s*(?:[a-zA-Z_][\w.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()`, bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Operator')],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`(shared|abstract|formal|default|actual|variable|deprecated|small|late|literal|doc|by|see|throws|optional|license|tagged|final|native|annotation|sealed)\b`, 'Name.Decorator'],
      [String.raw`(break|case|catch|continue|else|finally|for|in|if|return|switch|this|throw|try|while|is|exists|dynamic|nonempty|then|outer|assert|let)\b`, 'Keyword'],
      [String.raw`(abstracts|extends|satisfies|super|given|of|out|assign)\b`, 'Keyword.Declaration'],
      [String.raw`(function|value|void|new)\b`, 'Keyword.Type'],
      [String.raw`(assembly|module|package)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace')],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(class|interface|object|alias)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'class'],
      [String.raw`(import)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`'\\.'|'[^\\]'|'\\\{#[0-9a-fA-F]{4}\}'`, 'Literal.String.Char'],
      [String.raw`(\.)([a-z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Label'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`[~^*!%&\[\](){}<>|+=:;,./?-]`, 'Operator'],
      [String.raw`\d{1,3}(_\d{3})+\.\d{1,3}(_\d{3})+[kMGTPmunpf]?`, 'Literal.Number.Float'],
      [String.raw`\d{1,3}(_\d{3})+\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?`, 'Literal.Number.Float'],
      [String.raw`[0-9][0-9]*\.\d{1,3}(_\d{3})+[kMGTPmunpf]?`, 'Literal.Number.Float'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?`, 'Literal.Number.Float'],
      ['#([0-9a-fA-F]{4})(_[0-9a-fA-F]{4})+', 'Literal.Number.Hex'],
      ['#[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`\$([01]{4})(_[01]{4})+`, 'Literal.Number.Bin'],
      [String.raw`\$[01]+`, 'Literal.Number.Bin'],
      [String.raw`\d{1,3}(_\d{3})+[kMGTP]?`, 'Literal.Number.Integer'],
      ['[0-9]+[kMGTP]?', 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    class: [
      [String.raw`[A-Za-z_]\w*`, 'Name.Class', '#pop'],
    ],
    import: [
      [String.raw`[a-z][\w.]*`, 'Name.Namespace', '#pop'],
    ],
    comment: [
      ['[^*/]', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};
