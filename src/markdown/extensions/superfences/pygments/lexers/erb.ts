/**
 * Pygments' ErbLexer, RhtmlLexer, XmlErbLexer, CssErbLexer and JavascriptErbLexer
 * (pygments/lexers/templates.py, Pygments 2.20.0). ERB cuts
 * the text at its tags (`<%`, `<%=`, `<%#`, `<%-`, `%>`, `-%>`, `<%%`, `%%>` and `%` lines)
 * and lexes what is between `<%` and `%>` (or after a `%` starting a line) with RubyLexer; the
 * rest is `Other`, which RHTML hands to HtmlLexer (the others to XML, CSS or JavaScript).
 *
 *     <p><%= @user.name %></p>   ->   <x><p></x><cp><%=</cp> <vi>@user</vi><p>.</p><n>name</n> <cp>%></cp><x></p></x>
 */
import { delegatingLexer } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import type { Lexer, LexerFactory, Token } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

const BLOCK = pythonRegExp(String.raw`(<%%|%%>|<%=|<%#|<%-|<%|-%>|%>|^%[^%].*?$)`, 'm', false);
const BLOCK_ALL = new RegExp(BLOCK.source, BLOCK.flags.replace('y', 'g'));

/** Python's `_block_re.split(text)`: text, tag, text, tag, ..., text. */
function splitAtTags(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(BLOCK_ALL)) {
    parts.push(text.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The tokens of ERB over `text`; Pygments stops, as here, when the parts run out mid-construct. */
function* erbTokens(ruby: Lexer, text: string): Generator<Token> {
  const parts = splitAtTags(text);
  let next = 0;
  let index = 0;
  // 0: text, 1: a tag opens, 2: the tag that should close a block
  let state = 0;
  for (;;) {
    const part = parts[next++];
    if (part === undefined) return;
    if (state === 0) {
      yield [index, 'Other', part];
      index += part.length;
      state = 1;
    } else if (state === 1) {
      if (part === '<%%' || part === '%%>') {
        // literals
        yield [index, 'Other', part];
        index += 3;
        state = 0;
      } else if (part === '<%#') {
        yield [index, 'Comment.Preproc', part];
        const comment = parts[next++];
        if (comment === undefined) return;
        yield [index + 3, 'Comment', comment];
        index += 3 + comment.length;
        state = 2;
      } else if (part === '<%' || part === '<%=' || part === '<%-') {
        // blocks or output
        yield [index, 'Comment.Preproc', part];
        index += part.length;
        const code = parts[next++];
        if (code === undefined) return;
        for (const [at, type, value] of ruby.tokensUnprocessed(code)) yield [at + index, type, value];
        index += code.length;
        state = 2;
      } else if (part === '%>' || part === '-%>') {
        yield [index, 'Error', part];
        index += part.length;
        state = 0;
      } else {
        // a `%` line: raw Ruby statements
        yield [index, 'Comment.Preproc', part.slice(0, 1)];
        for (const [at, type, value] of ruby.tokensUnprocessed(part.slice(1))) yield [index + 1 + at, type, value];
        index += part.length;
        state = 0;
      }
    } else {
      yield [index, part === '%>' || part === '-%>' ? 'Comment.Preproc' : 'Other', part];
      index += part.length;
      state = 0;
    }
  }
}

export const erbLexer: LexerFactory = {
  name: 'ERB',
  aliases: ['erb'],
  create(byName): Lexer {
    const ruby = byName('ruby') ?? textLexer(byName);
    return { name: this.name, byName, tokensUnprocessed: (text) => erbTokens(ruby, text) };
  },
};

/** A DelegatingLexer: ERB's `Other` text lexed by the lexer registered as `root`. */
function erbIn(name: string, aliases: readonly string[], root: string): LexerFactory {
  return {
    name,
    aliases,
    create: (byName) => delegatingLexer(name, byName(root) ?? textLexer(byName), erbLexer.create(byName)),
  };
}

export const rhtmlLexer = erbIn('RHTML', ['rhtml', 'html+erb', 'html+ruby'], 'html');
export const xmlErbLexer = erbIn('XML+Ruby', ['xml+ruby', 'xml+erb'], 'xml');
export const cssErbLexer = erbIn('CSS+Ruby', ['css+ruby', 'css+erb'], 'css');
export const javascriptErbLexer = erbIn('JavaScript+Ruby', ['javascript+ruby', 'js+ruby', 'javascript+erb', 'js+erb'], 'javascript');
