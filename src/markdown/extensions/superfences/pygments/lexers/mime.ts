/**
 * Pygments' MIMELexer (pygments/lexers/mime.py, Pygments 2.20.0): MIME data, headers then a
 * body split at the multipart boundary; each part is lexed by the lexer of its Content-Type
 * (get_lexer_for_mimetype), nested multiparts by this lexer again.
 *
 *     Content-Type: text/plain   ->   <nt>Content-Type:</nt><w> </w><nl>text</nl><sd>/</sd><nl>plain</nl>
 *     Subject: hi                     <c>Subject: hi</c>   (other headers are comments)
 *
 * Pygments keeps the content type, transfer encoding and boundary on the lexer object, changed
 * as its callbacks run; here each text gets its own copy of that state, as each highlight call
 * gets a new lexer in Pygments. (`MIME-max-level` and the other options are not read.)
 */
import { pythonRegExp } from '../python-regex.ts';
import { compileLexer, include, type Callback, type Lexer, type LexerFactory, type Token } from '../regex-lexer.ts';
import { MIMETYPE_ALIASES } from './mimetypes.ts';
import { textLexer } from './text.ts';

const ATTENTION_HEADERS: ReadonlySet<string> = new Set(['content-type', 'content-transfer-encoding']);
/** What str.strip() removes. */
const BLANK = /^[\s\x1c-\x1f\x85]*$/;

/** One lexer object's run: its state lives as long as the text it lexes. */
function mimeInstance(byName: (alias: string) => Lexer | undefined): Lexer {
  let boundary: string | undefined;
  let transferEncoding: string | undefined;
  let contentType = 'text/plain';

  /** get_bodypart_tokens: the part in one Other token unless a lexer reads its content type. */
  const bodypartTokens = (text: string): Iterable<Token> => {
    if (BLANK.test(text) || contentType === '') return [[0, 'Other', text]];
    if (transferEncoding !== undefined && transferEncoding !== '' && !['8bit', '7bit', 'quoted-printable'].includes(transferEncoding)) {
      return [[0, 'Other', text]];
    }
    const alias = MIMETYPE_ALIASES.get(contentType);
    if (alias === undefined) return [[0, 'Other', text]];
    // A lexer Pygments has and we have not ported: its text plain.
    return (byName(alias) ?? textLexer(byName)).tokensUnprocessed(text);
  };

  const headerTokens: Callback = function* (lexer, match) {
    const field = match.group(1) ?? '';
    if (!ATTENTION_HEADERS.has(field.toLowerCase())) {
      yield [match.start, 'Comment', match.text];
      return;
    }
    yield [match.groupStart(1), 'Name.Tag', `${field}:`];
    const space = match.group(2) ?? '';
    yield [match.groupStart(2), 'Text.Whitespace', space];
    const position = match.groupStart(2) + space.length;
    for (const [index, type, value] of lexer.tokensUnprocessed(match.group(3) ?? '', ['root', field.toLowerCase()])) {
      yield [position + index, type, value];
    }
  };

  const bodyTokens: Callback = function* (_lexer, match) {
    let bodyStart = match.start;
    let body = match.text;
    // skip the first newline
    if (body.startsWith('\n')) {
      yield [bodyStart, 'Text.Whitespace', '\n'];
      bodyStart += 1;
      body = body.slice(1);
    }
    if (!contentType.startsWith('multipart') || boundary === undefined || boundary === '') {
      for (const [index, type, value] of bodypartTokens(body)) yield [bodyStart + index, type, value];
      return;
    }
    const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const compiled = pythonRegExp(`^--${escaped}(--)?\\n`, 'm', false);
    const delimiter = new RegExp(compiled.source, `${compiled.flags.replace('y', '')}g`);
    // Text before the first boundary is plain text.
    const first = new RegExp(delimiter.source, delimiter.flags).exec(body);
    let partStart = bodyStart;
    let iterateFrom = 0;
    if (first !== null) {
      partStart = bodyStart + first.index + first[0].length;
      iterateFrom = first.index + first[0].length;
      yield [bodyStart, 'Text', body.slice(0, first.index)];
      yield [bodyStart + iterateFrom, 'Literal.String.Delimiter', first[0]];
    }
    delimiter.lastIndex = iterateFrom;
    for (let found = delimiter.exec(body); found !== null; found = delimiter.exec(body)) {
      const part = body.slice(partStart - bodyStart, found.index);
      for (const [index, type, value] of bodypartTokens(part)) yield [partStart + index, type, value];
      yield [bodyStart + found.index, 'Literal.String.Delimiter', found[0]];
      partStart = bodyStart + found.index + found[0].length;
      if (found[0] === '') delimiter.lastIndex++;
    }
    // Text after the last boundary is plain text too.
    if (partStart - bodyStart !== body.length) yield [partStart, 'Text', body.slice(partStart - bodyStart)];
  };

  const storeContentType: Callback = function* (_lexer, match) {
    contentType = match.group(1) ?? '';
    const prefix = match.groupStart(1) - match.start;
    yield [match.start, 'Text.Whitespace', match.text.slice(0, prefix)];
    yield [match.groupStart(1), 'Name.Label', match.group(2) ?? ''];
    yield [match.groupStart(2) + (match.group(2) ?? '').length, 'Literal.String.Delimiter', '/'];
    yield [match.groupStart(3), 'Name.Label', match.group(3) ?? ''];
  };

  const contentTypeSubtokens: Callback = function* (_lexer, match) {
    const types = ['Text', 'Text.Whitespace', 'Name.Attribute', 'Operator', 'Literal.String'] as const;
    for (const [offset, type] of types.entries()) yield [match.groupStart(offset + 1), type, match.group(offset + 1) ?? ''];
    if ((match.group(3) ?? '').toLowerCase() === 'boundary') {
      let value = (match.group(5) ?? '').replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g, '');
      if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      boundary = value;
    }
  };

  const storeTransferEncoding: Callback = function* (_lexer, match) {
    transferEncoding = match.text.toLowerCase();
    yield [match.start, 'Name.Constant', match.text];
  };

  return compileLexer(
    {
      name: 'MIME',
      aliases: ['mime'],
      tokens: {
        root: [
          [String.raw`^([\w-]+):( *)([\s\S]*?\n)(?![ \t])`, headerTokens],
          [String.raw`^$[\s\S]+`, bodyTokens],
        ],
        header: [
          // folding
          [String.raw`\n[ \t]`, 'Text.Whitespace'],
          [String.raw`\n(?![ \t])`, 'Text.Whitespace', '#pop'],
        ],
        'content-type': [
          include('header'),
          [String.raw`^\s*((multipart|application|audio|font|image|model|text|video|message)/([\w-]+))`, storeContentType],
          [String.raw`(;)((?:[ \t]|\n[ \t])*)([\w:-]+)(=)([\s\S]*?)(?=;|\n(?![ \t]))`, contentTypeSubtokens],
          [String.raw`;[ \t]*\n(?![ \t])`, 'Text', '#pop'],
        ],
        'content-transfer-encoding': [include('header'), [String.raw`([\w-]+)`, storeTransferEncoding]],
      },
    },
    byName,
  );
}

export const mimeLexer: LexerFactory = {
  name: 'MIME',
  aliases: ['mime'],
  create(byName) {
    return { name: 'MIME', byName, tokensUnprocessed: (text, stack) => mimeInstance(byName).tokensUnprocessed(text, stack) };
  },
};
