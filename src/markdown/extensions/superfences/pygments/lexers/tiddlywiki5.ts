/**
 * Pygments' TiddlyWiki5Lexer (pygments/lexers/markup.py, Pygments 2.20.0), rule for rule: TiddlyWiki5
 * tiddlers (fields, headings, lists, wikitext formatting, macros, links); a fenced block with a
 * language and a `<style>` block are lexed by that language's lexer and CSS.
 *
 *     !! Heading   ->   <gu>!!</gu> Heading
 */
import { bygroups, include, usingThis, words, type Callback, type LexerDefinition } from '../regex-lexer.ts';

/**
 * `_handle_codeblock` (groups: 1 backticks, 2 language, 3 newline, 4 code, 5 backticks) and
 * `_handle_cssblock` (1 `<style>`, 2 newline, 3 code, 4 `</style>`): the code goes to the language's
 * lexer, its offsets relative to the code as do_insertions([], ...) leaves them. Without a lexer the
 * code is one string and, as in Pygments, the closing mark is not written at all.
 */
function embedded(language: (match: Parameters<Callback>[1]) => string, head: readonly [number, 'Literal.String' | 'Text'][], code: number): Callback {
  return function* (lexer, match) {
    for (const [group, type] of head) yield [match.groupStart(group), type, match.group(group) ?? ''];
    const inner = lexer.byName(language(match));
    const text = match.group(code) ?? '';
    if (inner === undefined) {
      yield [match.groupStart(code), 'Literal.String', text];
      return;
    }
    yield* inner.tokensUnprocessed(text);
    yield [match.groupStart(code + 1), 'Literal.String', match.group(code + 1) ?? ''];
  };
}

const handleCodeblock = embedded((match) => (match.group(2) ?? '').trim(), [[1, 'Literal.String'], [2, 'Literal.String'], [3, 'Text']], 4);
const handleCssblock = embedded(() => 'css', [[1, 'Literal.String'], [2, 'Literal.String']], 3);

export const tiddlyWiki5Lexer: LexerDefinition = {
  name: 'tiddler',
  aliases: ['tid'],
  tokens: {
    root: [
      [String.raw`^(title)(:\s)(.+\n)`, bygroups('Keyword', 'Text', 'Generic.Heading')],
      [String.raw`^(!)([^!].+\n)`, bygroups('Generic.Heading', 'Text')],
      [String.raw`^(!{2,6})(.+\n)`, bygroups('Generic.Subheading', 'Text')],
      [String.raw`^(\s*)([*#>]+)(\s*)(.+\n)`, bygroups('Text', 'Keyword', 'Text', usingThis('inline'))],
      [String.raw`^(<<<.*\n)([\w\W]*?)(^<<<.*$)`, bygroups('Literal.String', 'Text', 'Literal.String')],
      [String.raw`^(\|.*?\|h)$`, bygroups('Generic.Strong')],
      [String.raw`^(\|.*?\|[cf])$`, bygroups('Generic.Emph')],
      [String.raw`^(\|.*?\|k)$`, bygroups('Name.Tag')],
      ['^(;.*)$', bygroups('Generic.Strong')],
      ["^(```\\n)([\\w\\W]*?)(^```$)", bygroups('Literal.String', 'Text', 'Literal.String')],
      ["^(```)(\\w+)(\\n)([\\w\\W]*?)(^```$)", handleCodeblock],
      [String.raw`^(<style>)(\n)([\w\W]*?)(^</style>$)`, handleCssblock],
      include('keywords'),
      include('inline'),
    ],
    keywords: [
      [
        words([
          String.raw`\define`, String.raw`\end`, 'caption', 'created', 'modified', 'tags', 'title', 'type',
        ], '^', String.raw`\b`),
        'Keyword',
      ],
    ],
    inline: [
      [String.raw`\\.`, 'Text'],
      [String.raw`\d{17}`, 'Literal.Number.Integer'],
      [String.raw`(\s)(//[^/]+//)((?=\W|\n))`, bygroups('Text', 'Generic.Emph', 'Text')],
      [String.raw`(\s)(\^\^[^\^]+\^\^)`, bygroups('Text', 'Generic.Emph')],
      [String.raw`(\s)(,,[^,]+,,)`, bygroups('Text', 'Generic.Emph')],
      [String.raw`(\s)(__[^_]+__)`, bygroups('Text', 'Generic.Strong')],
      [String.raw`(\s)(''[^']+'')((?=\W|\n))`, bygroups('Text', 'Generic.Strong', 'Text')],
      [String.raw`(\s)(~~[^~]+~~)((?=\W|\n))`, bygroups('Text', 'Generic.Deleted', 'Text')],
      ['<<[^>]+>>', 'Name.Tag'],
      [String.raw`\$\$[^$]+\$\$`, 'Name.Tag'],
      [String.raw`\$\([^)]+\)\$`, 'Name.Tag'],
      ['^@@.*$', 'Name.Tag'],
      ['</?[^>]+>', 'Name.Tag'],
      ['`[^`]+`', 'Literal.String.Backtick'],
      [String.raw`&\S*?;`, 'Literal.String.Regex'],
      [String.raw`(\[{2})([^]\|]+)(\]{2})`, bygroups('Text', 'Name.Tag', 'Text')],
      [String.raw`(\[{2})([^]\|]+)(\|)([^]\|]+)(\]{2})`, bygroups('Text', 'Name.Tag', 'Text', 'Name.Attribute', 'Text')],
      [String.raw`(\{{2})([^}]+)(\}{2})`, bygroups('Text', 'Name.Tag', 'Text')],
      [String.raw`(\b.?.?tps?://[^\s"]+)`, bygroups('Name.Attribute')],
      [String.raw`[\w]+`, 'Text'],
      ['.', 'Text'],
    ],
  },
};
