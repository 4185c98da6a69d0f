/**
 * Pygments' SmithyLexer (pygments/lexers/smithy.py, Pygments 2.20), rule for rule: Smithy IDL: shapes,
 * traits (`@required`), `$version` control statements and node values.
 *
 *     structure Foo { @required name: String }   ->   <kd>structure</kd><nc> Foo</nc><w> </w>{<w> </w><nd>@required</nd><w> </w><nl>name:</nl><w> </w><vc>String</vc><w> </w>}
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

export const smithyLexer: LexerDefinition = {
  name: 'Smithy',
  aliases: ['smithy'],
  tokens: {
    root: [
      ['///.*$', 'Comment.Multiline'],
      ['//.*$', 'Comment'],
      [String.raw`@[0-9a-zA-Z\.#-]*`, 'Name.Decorator'],
      ['(=)', 'Name.Decorator'],
      [String.raw`^(\$version)(:)(.+)`, bygroups('Keyword.Declaration', 'Name.Decorator', 'Name.Class')],
      [String.raw`^(namespace)(\s+[A-Za-z0-9_\.#$-]+)\b`, bygroups('Keyword.Declaration', 'Name.Class')],
      [words(['use', 'byte', 'short', 'integer', 'long', 'float', 'document', 'double', 'bigInteger', 'bigDecimal', 'boolean', 'blob', 'string', 'timestamp'], '^', String.raw`(\s+[A-Za-z0-9_\.#$-]+)\b`), bygroups('Keyword.Declaration', 'Name.Class')],
      [words(['apply', 'list', 'map', 'set', 'structure', 'union', 'resource', 'operation', 'service', 'trait'], '^', String.raw`(\s+[A-Za-z0-9_\.#$-]+)`), bygroups('Keyword.Declaration', 'Name.Class')],
      [String.raw`^(metadata)(\s+)((?:\S+)|(?:\"[^"]+\"))(\s*)(=)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Name.Decorator')],
      ['(true|false|null)', 'Keyword.Constant'],
      [String.raw`(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)`, 'Literal.Number'],
      [String.raw`[A-Za-z0-9_\.#$-]+:`, 'Name.Label'],
      [String.raw`[A-Za-z0-9_\.#$-]+`, 'Name.Variable.Class'],
      [String.raw`\[`, 'Text', '#push'],
      [String.raw`\]`, 'Text', '#pop'],
      [String.raw`\(`, 'Text', '#push'],
      [String.raw`\)`, 'Text', '#pop'],
      [String.raw`\{`, 'Text', '#push'],
      [String.raw`\}`, 'Text', '#pop'],
      [String.raw`"{3}(\\\\|\n|\\")*"{3}`, 'Literal.String.Doc'],
      [String.raw`"(\\\\|\n|\\"|[^"])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\n|\\'|[^'])*'`, 'Literal.String.Single'],
      ['[:,]+', 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
