/**
 * Pygments' RstLexer (pygments/lexers/markup.py, Pygments 2.20.0), rule for rule. The body of a
 * `.. code-block:: lang` directive is lexed by that language's lexer (`_handle_sourcecode`), its
 * indentation put back in as plain text.
 *
 *     Title        ->   <gh>Title</gh>
 *     =====             <gh>=====</gh>
 *     **bold**          <gs>**bold**</gs>
 */
import { doInsertions, type Insertion } from '../delegation.ts';
import { bygroups, include, usingThis, type Callback, type LexerDefinition } from '../regex-lexer.ts';

/** Python's str.splitlines(True): every line end Python knows, kept with its line. */
function splitlines(text: string): string[] {
  return text.match(/[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])|[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/g) ?? [];
}

/**
 * match groups: 1 `..`, 2 space, 3 `code-block`, 4 `::`, 5 space, 6 language, 7 blank line,
 * 8 the first code line's indentation, 9-11 the code. A language without a lexer leaves the
 * code one String token; else each line's indentation is Text spliced into its tokens. A
 * language Pygments has but we have not ported is one String token too (Pygments highlights it).
 */
const handleSourcecode: Callback = function* (lexer, match) {
  const header = ['Punctuation', 'Text', 'Operator.Word', 'Punctuation', 'Text', 'Keyword', 'Text'] as const;
  for (const [offset, type] of header.entries()) {
    const value = match.group(offset + 1) ?? '';
    if (value !== '') yield [match.groupStart(offset + 1), type, value];
  }
  const inner = lexer.byName((match.group(6) ?? '').trim());
  const indentation = match.group(8) ?? '';
  const whole = indentation + (match.group(9) ?? '') + (match.group(10) ?? '') + (match.group(11) ?? '');
  if (inner === undefined) {
    yield [match.groupStart(8), 'Literal.String', whole];
    return;
  }
  const insertions: Insertion[] = [];
  let code = '';
  for (const line of splitlines(whole)) {
    if (line.length > indentation.length) {
      insertions.push([code.length, [[0, 'Text', line.slice(0, indentation.length)]]]);
      code += line.slice(indentation.length);
    } else {
      code += line;
    }
  }
  yield* doInsertions(insertions, inner.tokensUnprocessed(code));
};

// from docutils.parsers.rst.states: what may follow the end of inline markup
const CLOSERS = String.raw`'"\)\]\}>\u2019\u201d\xbb!\?`;
const UNICODE_DELIMITERS = String.raw`\u2010\u2011\u2012\u2013\u2014\u00a0`;
const END_STRING_SUFFIX = String.raw`((?=$)|(?=[-/:.,; \n\x00` + `${UNICODE_DELIMITERS}${CLOSERS}]))`;

const inline = usingThis('inline');

export const rstLexer: LexerDefinition = {
  name: 'reStructuredText',
  aliases: ['restructuredtext', 'rst', 'rest'],
  tokens: {
    root: [
      // Heading with overline
      [
        String.raw`^(=+|-+|` + '`+' + String.raw`|:+|\.+|\'+|"+|~+|\^+|_+|\*+|\++|#+)([ \t]*\n)(.+)(\n)(\1)(\n)`,
        bygroups('Generic.Heading', 'Text', 'Generic.Heading', 'Text', 'Generic.Heading', 'Text'),
      ],
      // Plain heading
      [
        String.raw`^(\S.*)(\n)(={3,}|-{3,}|` + '`{3,}' + String.raw`|:{3,}|\.{3,}|\'{3,}|"{3,}|~{3,}|\^{3,}|_{3,}|\*{3,}|\+{3,}|#{3,})(\n)`,
        bygroups('Generic.Heading', 'Text', 'Generic.Heading', 'Text'),
      ],
      // Bulleted lists
      [String.raw`^(\s*)([-*+])( .+\n(?:\1  .+\n)*)`, bygroups('Text', 'Literal.Number', inline)],
      // Numbered lists
      [String.raw`^(\s*)([0-9#ivxlcmIVXLCM]+\.)( .+\n(?:\1  .+\n)*)`, bygroups('Text', 'Literal.Number', inline)],
      [String.raw`^(\s*)(\(?[0-9#ivxlcmIVXLCM]+\))( .+\n(?:\1  .+\n)*)`, bygroups('Text', 'Literal.Number', inline)],
      // Numbered, but keep words at BOL from becoming lists
      [String.raw`^(\s*)([A-Z]+\.)( .+\n(?:\1  .+\n)+)`, bygroups('Text', 'Literal.Number', inline)],
      [String.raw`^(\s*)(\(?[A-Za-z]+\))( .+\n(?:\1  .+\n)+)`, bygroups('Text', 'Literal.Number', inline)],
      // Line blocks
      [String.raw`^(\s*)(\|)( .+\n(?:\|  .+\n)*)`, bygroups('Text', 'Operator', inline)],
      // Sourcecode directives
      [
        String.raw`^( *\.\.)(\s*)((?:source)?code(?:-block)?)(::)([ \t]*)([^\n]+)(\n[ \t]*\n)([ \t]+)(.*)(\n)((?:(?:\8.*)?\n)+)`,
        handleSourcecode,
      ],
      // A directive
      [
        String.raw`^( *\.\.)(\s*)([\w:-]+?)(::)(?:([ \t]*)(.*))`,
        bygroups('Punctuation', 'Text', 'Operator.Word', 'Punctuation', 'Text', inline),
      ],
      // A reference target
      [String.raw`^( *\.\.)(\s*)(_(?:[^:\\]|\\.)+:)(.*?)$`, bygroups('Punctuation', 'Text', 'Name.Tag', inline)],
      // A footnote/citation target
      [String.raw`^( *\.\.)(\s*)(\[.+\])(.*?)$`, bygroups('Punctuation', 'Text', 'Name.Tag', inline)],
      // A substitution def
      [
        String.raw`^( *\.\.)(\s*)(\|.+\|)(\s*)([\w:-]+?)(::)(?:([ \t]*)(.*))`,
        bygroups('Punctuation', 'Text', 'Name.Tag', 'Text', 'Operator.Word', 'Punctuation', 'Text', inline),
      ],
      // Comments
      [String.raw`^ *\.\..*(\n( +.*\n|\n)+)?`, 'Comment'],
      // Field list marker
      [String.raw`^( *)(:(?:\\\\|\\:|[^:\n])+:(?=\s))([ \t]*)`, bygroups('Text', 'Name.Class', 'Text')],
      // Definition list
      [String.raw`^(\S.*(?<!::)\n)((?:(?: +.*)\n)+)`, bygroups(inline, inline)],
      // Code blocks
      [String.raw`(::)(\n[ \t]*\n)([ \t]+)(.*)(\n)((?:(?:\3.*)?\n)+)`, bygroups('Literal.String.Escape', 'Text', 'Literal.String', 'Literal.String', 'Text', 'Literal.String')],
      include('inline'),
    ],
    inline: [
      [String.raw`\\.`, 'Text'], // escape
      ['``', 'Literal.String', 'literal'], // code
      ['(`.+?)(<.+?>)(`__?)', bygroups('Literal.String', 'Literal.String.Interpol', 'Literal.String')], // reference with inline target
      ['`.+?`__?', 'Literal.String'], // reference
      ['(`.+?`)(:[a-zA-Z0-9:-]+?:)?', bygroups('Name.Variable', 'Name.Attribute')], // role
      ['(:[a-zA-Z0-9:-]+?:)(`.+?`)', bygroups('Name.Attribute', 'Name.Variable')], // role (content first)
      [String.raw`\*\*.+?\*\*`, 'Generic.Strong'], // Strong emphasis
      [String.raw`\*.+?\*`, 'Generic.Emph'], // Emphasis
      [String.raw`\[.*?\]_`, 'Literal.String'], // Footnote or citation
      ['<.+?>', 'Name.Tag'], // Hyperlink
      [String.raw`[^\\\n\[*` + '`:]+', 'Text'],
      ['.', 'Text'],
    ],
    literal: [
      ['[^`]+', 'Literal.String'],
      ['``' + END_STRING_SUFFIX, 'Literal.String', '#pop'],
      ['`', 'Literal.String'],
    ],
  },
};
