/**
 * Pygments' RebolLexer (pygments/lexers/rebol.py, Pygments 2.20), rule for rule: REBOL: strings with
 * `^` escapes, money, dates, tuples, urls and files; each word typed by the first of a list of
 * patterns it matches (`word_callback`).
 *
 *     print "hi"   ->   <nb>print</nb> <s>"</s><s>hi</s><s>"</s>
 */
import type { LexerDefinition } from '../regex-lexer.ts';
import { rebolWord } from './rebol-word-types.ts';

export const rebolLexer: LexerDefinition = {
  name: 'REBOL',
  aliases: ['rebol'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      ['#"', 'Literal.String.Char', 'char'],
      [String.raw`#\{[0-9a-f]*\}`, 'Literal.Number.Hex'],
      [String.raw`2#\{`, 'Literal.Number.Hex', 'bin2'],
      [String.raw`64#\{[0-9a-z+/=\s]*\}`, 'Literal.Number.Hex'],
      ['"', 'Literal.String', 'string'],
      [String.raw`\{`, 'Literal.String', 'string2'],
      [String.raw`;#+.*\n`, 'Comment.Special'],
      [String.raw`;\*+.*\n`, 'Comment.Preproc'],
      [String.raw`;.*\n`, 'Comment'],
      ['%"', 'Name.Decorator', 'stringFile'],
      [String.raw`%[^(^{")\s\[\]]+`, 'Name.Decorator'],
      [String.raw`[+-]?([a-z]{1,3})?\$\d+(\.\d+)?`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+\:\d+(\:\d+)?(\.\d+)?`, 'Literal.String.Other'],
      [String.raw`\d+[\-/][0-9a-z]+[\-/]\d+(\/\d+\:\d+((\:\d+)?([.\d+]?([+-]?\d+:\d+)?)?)?)?`, 'Literal.String.Other'],
      [String.raw`\d+(\.\d+)+\.\d+`, 'Keyword.Constant'],
      [String.raw`\d+X\d+`, 'Keyword.Constant'],
      [String.raw`[+-]?\d+(\'\d+)?([.,]\d*)?E[+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+(\'\d+)?[.,]\d*`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+(\'\d+)?`, 'Literal.Number'],
      [String.raw`[\[\]()]`, 'Generic.Strong'],
      [String.raw`[a-z]+[^(^{"\s:)]*://[^(^{"\s)]*`, 'Name.Decorator'],
      [String.raw`mailto:[^(^{"@\s)]+@[^(^{"@\s)]+`, 'Name.Decorator'],
      [String.raw`[^(^{"@\s)]+@[^(^{"@\s)]+`, 'Name.Decorator'],
      [String.raw`comment\s"`, 'Comment', 'commentString1'],
      [String.raw`comment\s\{`, 'Comment', 'commentString2'],
      [String.raw`comment\s\[`, 'Comment', 'commentBlock'],
      [String.raw`comment\s[^(\s{"\[]+`, 'Comment'],
      [String.raw`/[^(^{")\s/[\]]*`, 'Name.Attribute'],
      [String.raw`([^(^{")\s/[\]]+)(?=[:({"\s/\[\]])`, rebolWord],
      [String.raw`<[\w:.-]*>`, 'Name.Tag'],
      [String.raw`<[^(<>\s")]+`, 'Name.Tag', 'tag'],
      [String.raw`([^(^{")\s]+)`, 'Text'],
    ],
    string: [
      ['[^(^")]+', 'Literal.String'],
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)`, 'Literal.String.Escape'],
      ['[(|)]+', 'Literal.String'],
      [String.raw`\^.`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
    ],
    string2: [
      ['[^(^{})]+', 'Literal.String'],
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)`, 'Literal.String.Escape'],
      ['[(|)]+', 'Literal.String'],
      [String.raw`\^.`, 'Literal.String.Escape'],
      [String.raw`\{`, 'Literal.String', '#push'],
      [String.raw`\}`, 'Literal.String', '#pop'],
    ],
    stringFile: [
      ['[^(^")]+', 'Name.Decorator'],
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)`, 'Name.Decorator'],
      [String.raw`\^.`, 'Name.Decorator'],
      ['"', 'Name.Decorator', '#pop'],
    ],
    char: [
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)"`, 'Literal.String.Char', '#pop'],
      [String.raw`\^."`, 'Literal.String.Char', '#pop'],
      ['."', 'Literal.String.Char', '#pop'],
    ],
    tag: [
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)`, 'Name.Tag'],
      ['"', 'Name.Tag', 'tagString'],
      [String.raw`[^(<>\r\n")]+`, 'Name.Tag'],
      ['>', 'Name.Tag', '#pop'],
    ],
    tagString: [
      ['[^(^")]+', 'Name.Tag'],
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)`, 'Name.Tag'],
      ['[(|)]+', 'Name.Tag'],
      [String.raw`\^.`, 'Name.Tag'],
      ['"', 'Name.Tag', '#pop'],
    ],
    tuple: [
      [String.raw`(\d+\.)+`, 'Keyword.Constant'],
      [String.raw`\d+`, 'Keyword.Constant', '#pop'],
    ],
    bin2: [
      [String.raw`\s+`, 'Literal.Number.Hex'],
      [String.raw`([01]\s*){8}`, 'Literal.Number.Hex'],
      [String.raw`\}`, 'Literal.Number.Hex', '#pop'],
    ],
    commentString1: [
      ['[^(^")]+', 'Comment'],
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)`, 'Comment'],
      ['[(|)]+', 'Comment'],
      [String.raw`\^.`, 'Comment'],
      ['"', 'Comment', '#pop'],
    ],
    commentString2: [
      ['[^(^{})]+', 'Comment'],
      [String.raw`(?:\^\([0-9a-f]{1,4}\)*)`, 'Comment'],
      ['[(|)]+', 'Comment'],
      [String.raw`\^.`, 'Comment'],
      [String.raw`\{`, 'Comment', '#push'],
      [String.raw`\}`, 'Comment', '#pop'],
    ],
    commentBlock: [
      [String.raw`\[`, 'Comment', '#push'],
      [String.raw`\]`, 'Comment', '#pop'],
      ['"', 'Comment', 'commentString1'],
      [String.raw`\{`, 'Comment', 'commentString2'],
      [String.raw`[^(\[\]"{)]+`, 'Comment'],
    ],
  },
};
