/**
 * Pygments' HttpLexer (pygments/lexers/textfmts.py, Pygments 2.20): a request or status line,
 * headers, then a body lexed by the lexer registered for the last Content-Type header's MIME
 * type (or its `type/suffix` generalisation: `application/ld+json` also tries `application/json`),
 * as `Text` when none is. Its only flag is re.DOTALL. The Content-Type seen so far is per run,
 * as Pygments keeps it on the lexer instance and resets it in get_tokens_unprocessed.
 *
 *     GET /api HTTP/1.1   ->   <nf>GET</nf> <nn>/api</nn> <kr>HTTP</kr><o>/</o><m>1.1</m>
 */
import { bygroups, compileLexer, type Callback, type LexerFactory } from '../regex-lexer.ts';
import { MIMETYPE_ALIASES } from './mimetypes.ts';

export const httpLexer: LexerFactory = {
  name: 'HTTP',
  aliases: ['http'],
  create(byName) {
    let contentType: string | undefined;

    const header: Callback = function* (_lexer, match) {
      if ((match.group(1) ?? '').toLowerCase() === 'content-type') {
        const value = (match.group(5) ?? '').trim();
        const semicolon = value.indexOf(';');
        contentType = semicolon === -1 ? value : value.slice(0, semicolon).trim();
      }
      const types = ['Name.Attribute', 'Text', 'Operator', 'Text', 'Literal', 'Text'] as const;
      for (const [offset, type] of types.entries()) yield [match.groupStart(offset + 1), type, match.group(offset + 1) ?? ''];
    };

    const continuousHeader: Callback = function* (_lexer, match) {
      yield [match.groupStart(1), 'Text', match.group(1) ?? ''];
      yield [match.groupStart(2), 'Literal', match.group(2) ?? ''];
      yield [match.groupStart(3), 'Text', match.group(3) ?? ''];
    };

    const content: Callback = function* (lexer, match) {
      if (contentType) {
        const candidates = [contentType];
        // application/calendar+xml can be treated as application/xml if there's no better match.
        if (contentType.includes('+')) candidates.push(contentType.replace(/^(.*)\/.*\+(.*)$/, '$1/$2'));
        for (const candidate of candidates) {
          const alias = MIMETYPE_ALIASES.get(candidate);
          const other = alias === undefined ? undefined : lexer.byName(alias);
          if (other === undefined) continue;
          for (const [index, type, value] of other.tokensUnprocessed(match.text)) yield [match.start + index, type, value];
          return;
        }
      }
      yield [match.start, 'Text', match.text];
    };

    const lexer = compileLexer(
      {
        name: 'HTTP',
        aliases: ['http'],
        flags: 's',
        tokens: {
          root: [
            [
              String.raw`([a-zA-Z][-_a-zA-Z]+)( +)([^ ]+)( +)(HTTP)(/)(1\.[01]|2(?:\.0)?|3)(\r?\n|\Z)`,
              bygroups('Name.Function', 'Text', 'Name.Namespace', 'Text', 'Keyword.Reserved', 'Operator', 'Literal.Number', 'Text'),
              'headers',
            ],
            [
              String.raw`(HTTP)(/)(1\.[01]|2(?:\.0)?|3)( +)(\d{3})(?:( +)([^\r\n]*))?(\r?\n|\Z)`,
              bygroups('Keyword.Reserved', 'Operator', 'Literal.Number', 'Text', 'Literal.Number', 'Text', 'Name.Exception', 'Text'),
              'headers',
            ],
          ],
          headers: [
            [String.raw`([^\s:]+)( *)(:)( *)([^\r\n]*)(\r?\n|\Z)`, header],
            [String.raw`([\t ]+)([^\r\n]+)(\r?\n|\Z)`, continuousHeader],
            [String.raw`\r?\n`, 'Text', 'content'],
          ],
          content: [['.+', content]],
        },
      },
      byName,
    );
    return {
      ...lexer,
      tokensUnprocessed(text, stack) {
        contentType = undefined;
        return lexer.tokensUnprocessed(text, stack);
      },
    };
  },
};
