/**
 * Pygments' KernelLogLexer (pygments/lexers/textfmts.py, Pygments 2.20.0), rule for rule: `dmesg`
 * lines, coloured by the level prefix `dmesg -x` writes, or (without one) by words such as
 * `warning` or `error` in the line.
 *
 *     [    0.000000] Linux version 6.1   ->   <m>[    0.000000] </m><k>Linux version 6.1</k>... (up to the first colon)
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const kernelLogLexer: LexerDefinition = {
  name: 'Kernel log',
  aliases: ['kmsg', 'dmesg'],
  tokens: {
    root: [
      [String.raw`^[^:]+:debug : (?=\[)`, 'Text', 'debug'],
      [String.raw`^[^:]+:info  : (?=\[)`, 'Text', 'info'],
      [String.raw`^[^:]+:warn  : (?=\[)`, 'Text', 'warn'],
      [String.raw`^[^:]+:notice: (?=\[)`, 'Text', 'warn'],
      [String.raw`^[^:]+:err   : (?=\[)`, 'Text', 'error'],
      [String.raw`^[^:]+:crit  : (?=\[)`, 'Text', 'error'],
      [String.raw`^(?=\[)`, 'Text', 'unknown'],
    ],
    unknown: [
      ['^(?=.+(warning|notice|audit|deprecated))', 'Text', 'warn'],
      ['^(?=.+(error|critical|fail|Bug))', 'Text', 'error'],
      defaultState('info'),
    ],
    base: [
      [String.raw`\[[0-9. ]+\] `, 'Literal.Number'],
      [String.raw`(?<=\] ).+?:`, 'Keyword'],
      [String.raw`\n`, 'Text', '#pop'],
    ],
    debug: [include('base'), [String.raw`.+\n`, 'Comment', '#pop']],
    info: [include('base'), [String.raw`.+\n`, 'Text', '#pop']],
    warn: [include('base'), [String.raw`.+\n`, 'Generic.Strong', '#pop']],
    error: [include('base'), [String.raw`.+\n`, 'Generic.Error', '#pop']],
  },
};
