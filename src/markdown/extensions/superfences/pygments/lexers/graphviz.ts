/**
 * Pygments' GraphvizLexer (pygments/lexers/graphviz.py, Pygments 2.20.0), rule for rule: the DOT
 * language, where a `name=value` pair is an attribute and any other word a node.
 *
 *     a -> b [color=red]   ->   <nt>a</nt><w> </w><o>-></o><w> </w><nt>b</nt><w> </w><p>[</p><na>color</na><p>=</p><s>red</s><p>]</p>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const NUMBER = String.raw`[-]?((\.[0-9]+)|([0-9]+(\.[0-9]*)?))`;

export const graphvizLexer: LexerDefinition = {
  name: 'Graphviz',
  aliases: ['graphviz', 'dot'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(#|//).*?$`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`(?i)(node|edge|graph|digraph|subgraph|strict)\b`, 'Keyword'],
      ['--|->', 'Operator'],
      [String.raw`[{}[\]:;,]`, 'Punctuation'],
      // `\D` rather than a letter: a quoted or HTML id is no attribute name, but `-x` is.
      [String.raw`(\b\D\w*)(\s*)(=)(\s*)`, bygroups('Name.Attribute', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace'), 'attr_id'],
      // compass points of a port (`a:ne`)
      [String.raw`\b(n|ne|e|se|s|sw|w|nw|c|_)\b`, 'Name.Builtin'],
      [String.raw`\b\D\w*`, 'Name.Tag'], // node
      [NUMBER, 'Literal.Number'],
      [String.raw`"(\\"|[^"])*?"`, 'Name.Tag'], // quoted node
      ['<', 'Punctuation', 'xml'],
    ],
    attr_id: [
      [String.raw`\b\D\w*`, 'Literal.String', '#pop'],
      [NUMBER, 'Literal.Number', '#pop'],
      [String.raw`"(\\"|[^"])*?"`, 'Literal.String.Double', '#pop'],
      ['<', 'Punctuation', ['#pop', 'xml']],
    ],
    // An HTML-like label `<...>`: nested angle brackets, every other character a tag.
    xml: [
      ['<', 'Punctuation', '#push'],
      ['>', 'Punctuation', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[^<>\s]`, 'Name.Tag'],
    ],
  },
};
