/**
 * Pygments' TAPLexer (pygments/lexers/testing.py, Pygments 2.20.0): Test Anything Protocol
 * output, rule for rule.
 *
 *     not ok 2 # TODO   ->   <gr>not ok</gr> <mi>2</mi> <c>#</c><c> </c><cp>TODO</cp>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const tapLexer: LexerDefinition = {
  name: 'TAP',
  aliases: ['tap'],
  tokens: {
    root: [
      [String.raw`^TAP version \d+\n`, 'Name.Namespace'],
      // a plan line
      [String.raw`^1\.\.\d+`, 'Keyword.Declaration', 'plan'],
      [String.raw`^(not ok)([^\S\n]*)(\d*)`, bygroups('Generic.Error', 'Text', 'Literal.Number.Integer'), 'test'],
      [String.raw`^(ok)([^\S\n]*)(\d*)`, bygroups('Keyword.Reserved', 'Text', 'Literal.Number.Integer'), 'test'],
      // diagnostics
      [String.raw`^#.*\n`, 'Comment'],
      // TAP's abort
      [String.raw`^Bail out!.*\n`, 'Generic.Error'],
      // TAP ignores any other line
      [String.raw`^.*\n`, 'Text'],
    ],
    plan: [
      [String.raw`[^\S\n]+`, 'Text'],
      ['#', 'Comment', 'directive'],
      [String.raw`\n`, 'Comment', '#pop'],
      [String.raw`.*\n`, 'Generic.Error', '#pop'],
    ],
    test: [
      [String.raw`[^\S\n]+`, 'Text'],
      ['#', 'Comment', 'directive'],
      [String.raw`\S+`, 'Text'],
      [String.raw`\n`, 'Text', '#pop'],
    ],
    directive: [
      [String.raw`[^\S\n]+`, 'Comment'],
      [String.raw`(?i)\bTODO\b`, 'Comment.Preproc'],
      [String.raw`(?i)\bSKIP\S*`, 'Comment.Preproc'],
      [String.raw`\S+`, 'Comment'],
      [String.raw`\n`, 'Comment', '#pop:2'],
    ],
  },
};
