/**
 * Pygments' BlueprintLexer (pygments/lexers/blueprint.py, Pygments 2.20.0), rule for rule: GTK's Blueprint UI markup.
 *
 *     Gtk.Label title { label: _("Hello"); }
 *     ->   <nn>Gtk</nn><p>.</p><nc>Label</nc> <nv>title</nv> <p>{</p> <py>label</py><p>:</p> <nf>_</nf><p>(</p><s2>"Hello"</s2><p>)</p><p>;</p> <p>}</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const blueprintLexer: LexerDefinition = {
  name: 'Blueprint',
  aliases: ['blueprint'],
  flags: 'i',
  tokens: {
    root: [
      include('block-content'),
    ],
    type: [
      [String.raw`\$\s*[a-z_][a-z0-9_\-]*`, 'Name.Class'],
      [String.raw`(?:([a-z_][a-z0-9_\-]*)(\s*)(\.)(\s*))?([a-z_][a-z0-9_\-]*)`, bygroups('Name.Namespace', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Class')],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment-multiline'],
    ],
    'comment-multiline': [
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[^*]+`, 'Comment.Multiline'],
      [String.raw`\*`, 'Comment.Multiline'],
    ],
    value: [
      [String.raw`(typeof)(\s*)(<)`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'typeof'],
      [words(['true', 'false', 'null']), 'Keyword.Constant'],
      [String.raw`[a-z_][a-z0-9_\-]*`, 'Name.Variable'],
      [String.raw`\|`, 'Operator'],
      [String.raw`".*?"`, 'Literal.String.Double'],
      [String.raw`\'.*?\'`, 'Literal.String.Single'],
      [String.raw`0x[\d_]*`, 'Literal.Number.Hex'],
      [String.raw`[0-9_]+`, 'Literal.Number.Integer'],
      [String.raw`\d[\d\.a-z_]*`, 'Literal.Number'],
    ],
    typeof: [
      include('whitespace'),
      include('type'),
      [String.raw`>`, 'Punctuation', '#pop'],
    ],
    content: [
      include('whitespace'),
      [words(['after', 'bidirectional', 'bind-property', 'bind', 'default', 'destructive', 'disabled', 'inverted', 'no-sync-create', 'suggested', 'swapped', 'sync-create', 'template']), 'Keyword'],
      [String.raw`(C?_)(\s*)(\()`, bygroups('Name.Function.Builtin', 'Text.Whitespace', 'Punctuation'), 'paren-content'],
      [String.raw`(as)(\s*)(<)`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'typeof'],
      [String.raw`(\$?[a-z_][a-z0-9_\-]*)(\s*)(\()`, bygroups('Name.Function', 'Text.Whitespace', 'Punctuation'), 'paren-content'],
      [String.raw`(?:(\$\s*[a-z_][a-z0-9_\-]+)|(?:([a-z_][a-z0-9_\-]*)(\s*)(\.)(\s*))?([a-z_][a-z0-9_\-]*))(?:(\s+)([a-z_][a-z0-9_\-]*))?(\s*)(\{)`, bygroups('Name.Class', 'Name.Namespace', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation'), 'brace-block'],
      include('value'),
      [String.raw`,|\.`, 'Punctuation'],
    ],
    'block-content': [
      [String.raw`(using)(\s+)([a-z_][a-z0-9_\-]*)(\s+)(\d[\d\.]*)(;)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace', 'Text.Whitespace', 'Name.Namespace', 'Punctuation')],
      [String.raw`(menu|section|submenu)(?:(\s+)([a-z_][a-z0-9_\-]*))?(\s*)(\{)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation'), 'brace-block'],
      [String.raw`(item)(\s*)(\{)`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'brace-block'],
      [String.raw`(item)(\s*)(\()`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'paren-block'],
      [String.raw`template`, 'Keyword.Declaration', 'template'],
      [String.raw`(responses|items|mime-types|patterns|suffixes|marks|widgets|strings|styles)(\s*)(\[)`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'bracket-block'],
      [String.raw`(accessibility|setters|layout|item)(\s*)(\{)`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'brace-block'],
      [String.raw`(condition|mark|item)(\s*)(\()`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation'), 'paren-content'],
      [String.raw`\[`, 'Punctuation', 'child-type'],
      [String.raw`([a-z_][a-z0-9_\-]*(?:::[a-z0-9_]+)?)(\s*)(:|=>)`, bygroups('Name.Property', 'Text.Whitespace', 'Punctuation'), 'statement'],
      include('content'),
    ],
    'paren-block': [
      include('block-content'),
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    'paren-content': [
      include('content'),
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    'bracket-block': [
      include('block-content'),
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
    'brace-block': [
      include('block-content'),
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    statement: [
      include('content'),
      [String.raw`;`, 'Punctuation', '#pop'],
    ],
    'child-type': [
      include('whitespace'),
      [String.raw`(action)(\s+)(response)(\s*)(=)(\s*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Attribute', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace')],
      [words(['default', 'internal-child', 'response']), 'Keyword'],
      [String.raw`[a-z_][a-z0-9_\-]*`, 'Name.Decorator'],
      include('value'),
      [String.raw`=`, 'Punctuation'],
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
    template: [
      include('whitespace'),
      include('type'),
      [String.raw`:`, 'Punctuation'],
      [String.raw`\{`, 'Punctuation', ['#pop', 'brace-block']],
    ],
  },
};
