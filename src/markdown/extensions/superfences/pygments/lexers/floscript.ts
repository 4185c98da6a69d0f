/**
 * Pygments' FloScriptLexer (pygments/lexers/floscript.py, Pygments 2.20.0), rule for rule.
 * FloScript, ioflo's behaviour language: houses, frames and acts.
 *
 *     house example   ->   <k>house</k><w> </w><n>example</n>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const floScriptLexer: LexerDefinition = {
  name: 'FloScript',
  aliases: ['floscript', 'flo'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['[]{}:(),;[]', 'Punctuation'],
      [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')],
      [String.raw`\\`, 'Text'],
      [String.raw`(to|by|with|from|per|for|cum|qua|via|as|at|in|of|on|re|is|if|be|into|and|not)\b`, 'Operator.Word'],
      ['!=|==|<<|>>|[-~+/*%=<>&^|.]', 'Operator'],
      [String.raw`(load|init|server|logger|log|loggee|first|over|under|next|done|timeout|repeat|native|benter|enter|recur|exit|precur|renter|rexit|print|put|inc|copy|set|aux|rear|raze|go|let|do|bid|ready|start|stop|run|abort|use|flo|give|take)\b`, 'Name.Builtin'],
      [String.raw`(frame|framer|house)\b`, 'Keyword'],
      ['"', 'Literal.String', 'string'],
      include('name'),
      include('numbers'),
      ['#.+$', 'Comment.Single'],
    ],
    string: [
      ['[^"]+', 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
    numbers: [
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+j?`, 'Literal.Number.Float'],
      ['0[0-7]+j?', 'Literal.Number.Oct'],
      ['0[bB][01]+', 'Literal.Number.Bin'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+L`, 'Literal.Number.Integer.Long'],
      [String.raw`\d+j?`, 'Literal.Number.Integer'],
    ],
    name: [
      [String.raw`@[\w.]+`, 'Name.Decorator'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
  },
};
