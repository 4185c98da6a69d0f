/**
 * Pygments' SieveLexer (pygments/lexers/sieve.py, Pygments 2.20), rule for rule: Sieve mail filters
 * (RFC 5228): tests, actions, tagged arguments and multiline text.
 *
 *     if header :contains "subject" "x" { discard; }   ->   <nb>if</nb> <nb>header</nb> <nt>:</nt><nt>contains</nt> <s>"subject"</s> <s>"x"</s> <p>{</p> <nb>discard</nb><p>;</p> <p>}</p>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const sieveLexer: LexerDefinition = {
  name: 'Sieve',
  aliases: ['sieve'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`[();,{}\[\]]`, 'Punctuation'],
      ['(?i)require', 'Keyword.Namespace'],
      ['(?i)(:)(addresses|all|contains|content|create|copy|comparator|count|days|detail|domain|fcc|flags|from|handle|importance|is|localpart|length|lowerfirst|lower|matches|message|mime|options|over|percent|quotewildcard|raw|regex|specialuse|subject|text|under|upperfirst|upper|value)', bygroups('Name.Tag', 'Name.Tag')],
      ['(?i)(address|addflag|allof|anyof|body|discard|elsif|else|envelope|ereject|exists|false|fileinto|if|hasflag|header|keep|notify_method_capability|notify|not|redirect|reject|removeflag|setflag|size|spamtest|stop|string|true|vacation|virustest)', 'Name.Builtin'],
      ['(?i)set', 'Keyword.Declaration'],
      ['([0-9.]+)([kmgKMG])?', bygroups('Literal.Number', 'Literal.Number')],
      ['#.*$', 'Comment.Single'],
      [String.raw`/\*.*\*/`, 'Comment.Multiline'],
      ['"[^"]*?"', 'Literal.String'],
      ['text:', 'Name.Tag', 'text'],
    ],
    text: [
      [String.raw`[^.].*?\n`, 'Literal.String'],
      [String.raw`^\.`, 'Punctuation', '#pop'],
    ],
  },
};
