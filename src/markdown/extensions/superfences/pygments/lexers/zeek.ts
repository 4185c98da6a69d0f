/**
 * Pygments' ZeekLexer (pygments/lexers/dsls.py, Pygments 2.20.0): Zeek (Bro) scripts, rule for
 * rule.
 *
 *     global n: count = 0;   ->   <kd>global</kd><w> </w><n>n</n><p>:</p><w> </w><kt>count</kt>...
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const HEX = '[0-9a-fA-F]';
const FLOAT = String.raw`((\d*\.?\d+)|(\d+\.?\d*))([eE][-+]?\d+)?`;
/** A hostname label. */
const H = '[A-Za-z0-9][-A-Za-z0-9]*';
/** A name, optionally module-qualified (`Conn::Info`). */
const QUALIFIED = String.raw`((?:[A-Za-z_]\w*)(?:::(?:[A-Za-z_]\w*))*)`;

const ATTRIBUTES = `redef priority log optional default add_func delete_func expire_func read_expire write_expire
create_expire synchronized persistent rotate_interval rotate_size encrypt raw_output mergeable error_handler
type_column deprecated`.split(/\s+/);
const TYPES = `any enum record set table vector function hook event addr bool count double file int interval
pattern port string subnet time`.split(/\s+/);
const KEYWORDS = `redef export if else for while return break next continue fallthrough switch default case add
delete when timeout schedule`.split(/\s+/);

export const zeekLexer: LexerDefinition = {
  name: 'Zeek',
  aliases: ['zeek', 'bro'],
  tokens: {
    root: [
      include('whitespace'),
      include('comments'),
      include('directives'),
      include('attributes'),
      include('types'),
      include('keywords'),
      include('literals'),
      include('operators'),
      include('punctuation'),
      [String.raw`${QUALIFIED}(?=\s*\()`, 'Name.Function'],
      include('identifiers'),
    ],
    whitespace: [
      [String.raw`\n`, W],
      [String.raw`\s+`, W],
      [String.raw`(\\)(\n)`, bygroups('Text', W)],
    ],
    comments: [['#.*$', 'Comment']],
    directives: [
      [String.raw`@(load-plugin|load-sigs|load|unload)\b.*$`, 'Comment.Preproc'],
      [String.raw`@(DEBUG|DIR|FILENAME|deprecated|if|ifdef|ifndef|else|endif)\b`, 'Comment.Preproc'],
      [String.raw`(@prefixes)(\s*)((\+?=).*)$`, bygroups('Comment.Preproc', W, 'Comment.Preproc')],
    ],
    attributes: [[words(ATTRIBUTES, '&', String.raw`\b`), 'Keyword.Pseudo']],
    types: [
      [words(TYPES, '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`(opaque)(\s+)(of)(\s+)${QUALIFIED}\b`, bygroups('Keyword.Type', W, 'Operator.Word', W, 'Keyword.Type')],
      [
        String.raw`(type)(\s+)${QUALIFIED}(\s*)(:)(\s*)\b(record|enum)\b`,
        bygroups('Keyword', W, 'Name.Class', W, 'Operator', W, 'Keyword.Type'),
      ],
      [String.raw`(type)(\s+)${QUALIFIED}(\s*)(:)`, bygroups('Keyword', W, 'Name', W, 'Operator')],
      [String.raw`(redef)(\s+)(record|enum)(\s+)${QUALIFIED}\b`, bygroups('Keyword', W, 'Keyword.Type', W, 'Name.Class')],
    ],
    keywords: [
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(print)\b`, 'Keyword'],
      [String.raw`(global|local|const|option)\b`, 'Keyword.Declaration'],
      [String.raw`(module)(\s+)(([A-Za-z_]\w*)(?:::([A-Za-z_]\w*))*)\b`, bygroups('Keyword.Namespace', W, 'Name.Namespace')],
    ],
    literals: [
      ['"', 'Literal.String', 'string'],
      // A `/` with another later on the line starts a pattern, else it divides.
      ['/(?=.*/)', 'Literal.String.Regex', 'regex'],
      [String.raw`(T|F)\b`, 'Keyword.Constant'],
      // port
      [String.raw`\d{1,5}/(udp|tcp|icmp|unknown)\b`, 'Literal.Number'],
      // IPv4 address (any character between the parts, as in Pygments)
      [String.raw`(\d{1,3}.){3}(\d{1,3})\b`, 'Literal.Number'],
      // IPv6 address
      [String.raw`\[([0-9a-fA-F]{0,4}:){2,7}([0-9a-fA-F]{0,4})?((\d{1,3}.){3}(\d{1,3}))?\]`, 'Literal.Number'],
      // numbers
      [String.raw`0[xX]${HEX}+\b`, 'Literal.Number.Hex'],
      [String.raw`${FLOAT}\s*(day|hr|min|sec|msec|usec)s?\b`, 'Literal.Number.Float'],
      [String.raw`${FLOAT}\b`, 'Literal.Number.Float'],
      [String.raw`(\d+)\b`, 'Literal.Number.Integer'],
      // hostnames
      [String.raw`${H}(\.${H})+`, 'Literal.String'],
    ],
    operators: [
      ['[!%*/+<=>~|&^-]', 'Operator'],
      ['([-+=&|]{2}|[+=!><-]=)', 'Operator'],
      [String.raw`(in|as|is|of)\b`, 'Operator.Word'],
      [String.raw`\??\$`, 'Operator'],
    ],
    punctuation: [
      [String.raw`[{}()\[\],;.]`, 'Punctuation'],
      // the ternary's `?` too, like the colons of field types
      ['[?:]', 'Punctuation'],
    ],
    identifiers: [
      [String.raw`([a-zA-Z_]\w*)(::)`, bygroups('Name', 'Punctuation')],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    string: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`%-?[0-9]*(\.[0-9]+)?[DTd-gsx]`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      ['.', 'Literal.String'],
    ],
    regex: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['/', 'Literal.String.Regex', '#pop'],
      ['.', 'Literal.String.Regex'],
    ],
  },
};
