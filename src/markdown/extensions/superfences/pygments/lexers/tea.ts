/**
 * Pygments' TeaLangLexer (pygments/lexers/jvm.py), TeaTemplateRootLexer and TeaTemplateLexer
 * (pygments/lexers/templates.py), Pygments 2.20.0, rule for rule: `<% ... %>` sections are lexed
 * as Tea (TeaLangLexer, which Pygments registers under no name), the rest is `Other`, which the
 * DelegatingLexer hands to XmlLexer.
 *
 *     <% foreach (i in 1..3) { %>   ->   <k>&lt;%</k> <k>foreach</k> <o>(</o><n>i</n> <k>in</k> <mi>1</mi><o>..</o><mi>3</mi><o>)</o> <o>{</o> <k>%&gt;</k>
 */
import { delegatingLexer } from '../delegation.ts';
import { bygroups, compileLexer, usingThis, type Callback, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { lexerFrom } from './delegating-factory.ts';

const teaLangLexer: LexerDefinition = {
  name: 'TeaLang',
  aliases: [],
  flags: 'ms',
  tokens: {
    root: [
      // method names: return arguments, the name, the signature's start
      [String.raw`^(\s*(?:[a-zA-Z_][\w\.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()`, bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Operator')],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`@[a-zA-Z_][\w\.]*`, 'Name.Decorator'],
      [String.raw`(and|break|else|foreach|if|in|not|or|reverse)\b`, 'Keyword'],
      [String.raw`(as|call|define)\b`, 'Keyword.Declaration'],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(template)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'template'],
      [String.raw`(import)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`(\.)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Label'],
      [String.raw`[a-zA-Z_\$]\w*`, 'Name'],
      // `+-/` is a range in Pygments' class, as written
      [String.raw`(isa|[.]{3}|[.]{2}|[=#!<>+-/%&;,.\*\\\(\)\[\]\{\}])`, 'Operator'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+L?', 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    template: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    import: [
      [String.raw`[\w.]+\*?`, 'Name.Namespace', '#pop'],
    ],
  },
};

/** TeaTemplateRootLexer: Pygments registers it under no name; `tea` lexes its `<% %>` sections as TeaLangLexer. */
function teaTemplateRootLexer(tea: Lexer): LexerDefinition {
  // `using(TeaLangLexer)`: TeaLangLexer is no registered lexer, so it is compiled once per Tea lexer.
  const teaLang: Callback = function* (_lexer, match) {
    for (const [index, type, value] of tea.tokensUnprocessed(match.text)) yield [index + match.start, type, value];
  };
  return {
    name: 'TeaTemplateRoot',
    aliases: [],
    tokens: {
      root: [
        [String.raw`<%\S?`, 'Keyword', 'sec'],
        ['[^<]+', 'Other'],
        ['<', 'Other'],
      ],
      sec: [
        ['%>', 'Keyword', '#pop'],
        // `[\w\W]` is any character, newlines too (`.` is not, without DOTALL).
        [String.raw`[\w\W]+?(?=%>|\Z)`, teaLang],
      ],
    },
  };
}

export const teaTemplateLexer: LexerFactory = {
  name: 'Tea',
  aliases: ['tea'],
  create(byName) {
    const root = compileLexer(teaTemplateRootLexer(compileLexer(teaLangLexer, byName)), byName);
    return delegatingLexer('Tea', lexerFrom('xml', byName), root);
  },
};
