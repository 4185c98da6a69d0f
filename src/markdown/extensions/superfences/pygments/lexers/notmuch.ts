/**
 * Pygments' NotmuchLexer (pygments/lexers/textfmts.py, Pygments 2.20), rule for rule: notmuch's
 * text output format (`\fmessage{`, `\fheader{`, `\fbody{`, `\fpart{` markers). A part's text
 * goes to the lexer the `body_lexer` option names, else to the one `guess_lexer` picks for it
 * (here among the ported lexers: Pygments asks all of its own).
 *
 *     \fheader{ ... Subject: Hi   ->   <k>\fheader{</k> ... <na>Subject: </na><s>Hi</s>
 */
import { guessLanguage } from '../guess.ts';
import { bygroups, compileLexer, defaultState, type Callback, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

function notmuchDefinition(highlightCode: Callback): LexerDefinition {
  return {
    name: 'Notmuch',
    aliases: ['notmuch'],
    tokens: {
      root: [
        [String.raw`\fmessage\{\s*`, 'Keyword', ['message', 'message-attr']],
      ],
      'message-attr': [
        [String.raw`(\s*id:\s*)(\S+)`, bygroups('Name.Attribute', 'Literal.String')],
        [String.raw`(\s*(?:depth|match|excluded):\s*)(\d+)`, bygroups('Name.Attribute', 'Literal.Number.Integer')],
        [String.raw`(\s*filename:\s*)(.+\n)`, bygroups('Name.Attribute', 'Literal.String')],
        defaultState('#pop'),
      ],
      message: [
        [String.raw`\fmessage\}\n`, 'Keyword', '#pop'],
        [String.raw`\fheader\{\n`, 'Keyword', 'header'],
        [String.raw`\fbody\{\n`, 'Keyword', 'body'],
      ],
      header: [
        [String.raw`\fheader\}\n`, 'Keyword', '#pop'],
        [String.raw`((?:Subject|From|To|Cc|Date):\s*)(.*\n)`, bygroups('Name.Attribute', 'Literal.String')],
        [String.raw`(.*)(\s*\(.*\))(\s*\(.*\)\n)`, bygroups('Generic.Strong', 'Literal', 'Name.Tag')],
      ],
      body: [
        [String.raw`\fpart\{\n`, 'Keyword', 'part'],
        [String.raw`\f(part|attachment)\{\s*`, 'Keyword', ['part', 'part-attr']],
        [String.raw`\fbody\}\n`, 'Keyword', '#pop'],
      ],
      'part-attr': [
        [String.raw`(ID:\s*)(\d+)`, bygroups('Name.Attribute', 'Literal.Number.Integer')],
        [String.raw`(,\s*)((?:Filename|Content-id):\s*)([^,]+)`, bygroups('Punctuation', 'Name.Attribute', 'Literal.String')],
        [String.raw`(,\s*)(Content-type:\s*)(.+\n)`, bygroups('Punctuation', 'Name.Attribute', 'Literal.String')],
        defaultState('#pop'),
      ],
      part: [
        [String.raw`\f(?:part|attachment)\}\n`, 'Keyword', '#pop'],
        [String.raw`\f(?:part|attachment)\{\s*`, 'Keyword', ['#push', 'part-attr']],
        [String.raw`^Non-text part: .*\n`, 'Comment'],
        [String.raw`(?s)(.*?(?=\f(?:part|attachment)\}\n))`, highlightCode],
      ],
    },
  };
}

/** NotmuchLexer with its `body_lexer` option; an unknown name is plain text (ClassNotFound). */
function createNotmuchLexer(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const bodyLexer = options['body_lexer'];
  /** `_highlight_code`: the part's text lexed by the named or guessed lexer. */
  const highlightCode: Callback = function* (_lexer, match) {
    const code = match.group(1) ?? '';
    const alias = typeof bodyLexer === 'string' && bodyLexer !== '' ? bodyLexer : guessLanguage(code.trim(), (name) => byName(name) !== undefined);
    const lexer = (alias === undefined ? undefined : byName(alias)) ?? textLexer(byName);
    yield* lexer.tokensUnprocessed(code);
  };
  return { ...compileLexer(notmuchDefinition(highlightCode), byName), withOptions: (given) => createNotmuchLexer(byName, given) };
}

export const notmuchLexer: LexerFactory = {
  name: 'Notmuch',
  aliases: ['notmuch'],
  create: (byName) => createNotmuchLexer(byName, {}),
};
