/**
 * Pygments' UL4Lexer and its HTML, XML, CSS, JavaScript and Python DelegatingLexers
 * (pygments/lexers/ul4.py, Pygments 2.20.0), rule for rule: UL4's `<?tag ...?>` tags, their
 * expressions, and `note`, `doc` and `ignore` blocks (nested ones counted) are lexed; the text
 * between tags is `Other`, which the DelegatingLexers hand to the host language's lexer.
 *
 *     <?print x + 1?>   ->   <cp>&lt;?</cp><k>print</k><w> </w><n>x</n><w> </w><o>+</o><w> </w><mi>1</mi><cp>?&gt;</cp>
 */
import { bygroups, include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { delegatingFactory } from './delegating-factory.ts';

/** A `<?name?>...<?end name?>` block (note, doc, ignore): nested ones counted, all one type. */
function block(name: string, type: TokenType): Rule[] {
  return [
    [String.raw`<\?\s*${name}\s*\?>`, type, '#push'],
    [String.raw`<\?\s*end\s+${name}\s*\?>`, type, '#pop'],
    ['[^<]+', type],
    ['.', type],
  ];
}

/** A string's rules after its opening quote: `close` ends it, `other` is a run of plain characters. */
function string(close: string, other: string): Rule[] {
  return [
    [close, 'Literal.String', '#pop'],
    include('stringescapes'),
    [other, 'Literal.String'],
    ['.', 'Literal.String'],
  ];
}

export const ul4Lexer: LexerDefinition = {
  name: 'UL4',
  aliases: ['ul4'],
  flags: 'ms',
  tokens: {
    root: [
      // a template header without a name: <?ul4?>
      [String.raw`(<\?)(\s*)(ul4)(\s*)(\?>)`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Comment.Preproc')],
      // a template header with a name, perhaps a signature after it: <?ul4 foo(bar=42)?>
      [String.raw`(<\?)(\s*)(ul4)(\s*)([a-zA-Z_][a-zA-Z_0-9]*)?`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Function'), 'ul4'],
      // <?note?>...<?end note?>, and a one-tag note: <?note foobar?>
      [String.raw`<\?\s*note\s*\?>`, 'Comment', 'note'],
      [String.raw`<\?\s*note\s.*?\?>`, 'Comment'],
      // template documentation, as a block or one tag
      [String.raw`<\?\s*doc\s*\?>`, 'Literal.String.Doc', 'doc'],
      [String.raw`<\?\s*doc\s.*?\?>`, 'Literal.String.Doc'],
      // <?ignore?>...<?end ignore?> comments code out
      [String.raw`<\?\s*ignore\s*\?>`, 'Comment', 'ignore'],
      // a local template: <?def foo(bar=42)?>...<?end def?>
      [String.raw`(<\?)(\s*)(def)(\s*)([a-zA-Z_][a-zA-Z_0-9]*)?`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Function'), 'ul4'],
      // the other tags
      [String.raw`(<\?)(\s*)(printx|print|for|if|elif|else|while|code|renderblocks?|render)\b`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Keyword'), 'ul4'],
      // <?end?> closes a def, for, if, while, renderblock or renderblocks block
      [String.raw`(<\?)(\s*)(end)\b`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Keyword'), 'end'],
      // <?whitespace?> sets how whitespace is handled
      [String.raw`(<\?)(\s*)(whitespace)\b`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Keyword'), 'whitespace'],
      // plain text
      ['[^<]+', 'Other'],
      ['<', 'Other'],
    ],
    ignore: block('ignore', 'Comment'),
    note: block('note', 'Comment'),
    doc: block('doc', 'Literal.String.Doc'),
    // expressions
    ul4: [
      [String.raw`\?>`, 'Comment.Preproc', '#pop'],
      // string constants, triple-quoted first
      ["'''", 'Literal.String', 'string13'],
      ['"""', 'Literal.String', 'string23'],
      ["'", 'Literal.String', 'string1'],
      ['"', 'Literal.String', 'string2'],
      // floating point numbers
      [String.raw`\d+\.\d*([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\.\d+([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?\d+`, 'Literal.Number.Float'],
      // integers: 0b101010, 0o52, 0x2a
      ['0[bB][01]+', 'Literal.Number.Bin'],
      ['0[oO][0-7]+', 'Literal.Number.Oct'],
      ['0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      // a date or datetime: @(2000-02-29), @(2000-02-29T12:34:56.987654)
      [String.raw`@\(\d\d\d\d-\d\d-\d\d(T(\d\d:\d\d(:\d\d(\.\d{6})?)?)?)?\)`, 'Literal.Date'],
      // colors: #fff, #fff8f0...
      ['#[0-9a-fA-F]{8}', 'Literal.Color'],
      ['#[0-9a-fA-F]{6}', 'Literal.Color'],
      ['#[0-9a-fA-F]{3,4}', 'Literal.Color'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      // `^=` is Python's line-start anchor before `=`, as in Pygments
      [String.raw`//|==|!=|>=|<=|<<|>>|\+=|-=|\*=|/=|//=|<<=|>>=|&=|\|=|^=|=|[\[\]{},:*/().~%&|<>^+-]`, 'Operator'],
      [words(['for', 'in', 'if', 'else', 'not', 'is', 'and', 'or'], '', String.raw`\b`), 'Keyword'],
      [words(['None', 'False', 'True'], '', String.raw`\b`), 'Keyword.Constant'],
      ['[a-zA-Z_][a-zA-Z0-9_]*', 'Name'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    // <?end ...?>
    end: [
      [String.raw`\?>`, 'Comment.Preproc', '#pop'],
      [words(['for', 'if', 'def', 'while', 'renderblock', 'renderblocks'], '', String.raw`\b`), 'Keyword'],
      [String.raw`\s+`, 'Text'],
    ],
    // <?whitespace keep|strip|smart?>
    whitespace: [
      [String.raw`\?>`, 'Comment.Preproc', '#pop'],
      [words(['keep', 'strip', 'smart'], '', String.raw`\b`), 'Comment.Preproc'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    stringescapes: [
      [String.raw`\\[\\'"abtnfr]`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\U[0-9a-fA-F]{8}`, 'Literal.String.Escape'],
    ],
    string13: string("'''", String.raw`[^\\']+`),
    string23: string('"""', String.raw`[^\\"]+`),
    string1: string("'", String.raw`[^\\']+`),
    string2: string('"', String.raw`[^\\"]+`),
  },
};

export const htmlUl4Lexer = delegatingFactory('HTML+UL4', ['html+ul4'], 'html', 'ul4');
export const xmlUl4Lexer = delegatingFactory('XML+UL4', ['xml+ul4'], 'xml', 'ul4');
export const cssUl4Lexer = delegatingFactory('CSS+UL4', ['css+ul4'], 'css', 'ul4');
export const javascriptUl4Lexer = delegatingFactory('Javascript+UL4', ['js+ul4'], 'javascript', 'ul4');
export const pythonUl4Lexer = delegatingFactory('Python+UL4', ['py+ul4'], 'python', 'ul4');
