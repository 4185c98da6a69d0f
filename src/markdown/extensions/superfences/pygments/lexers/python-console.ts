/**
 * Pygments' PythonConsoleLexer and PythonTracebackLexer (pygments/lexers/python.py, Pygments
 * 2.20.0). The console lexer marks prompt lines' code `Other.Code` and tracebacks
 * `Other.Traceback`; two DelegatingLexers then lex those with the Python and traceback lexers.
 *
 *     >>> print("hi")   ->   <gp>>>> </gp><nb>print</nb><p>(</p><s2>"hi"</s2><p>)</p>
 *     hi                     <go>hi</go>
 */
import { delegatingLexer, using } from '../delegation.ts';
import { bygroups, compileLexer, defaultState, type Lexer, type LexerDefinition } from '../regex-lexer.ts';
import type { LexerLookup } from './index.ts';
import { textLexer } from './text.ts';

/** _PythonConsoleLexerBase. */
const consoleBase: LexerDefinition = {
  name: 'Python console session',
  aliases: [],
  tokens: {
    root: [
      [String.raw`(>>> )(.*\n)`, bygroups('Generic.Prompt', 'Other.Code'), 'continuations'],
      // This happens, e.g., when tracebacks are embedded in documentation;
      // trailing whitespaces are often stripped in such contexts.
      [String.raw`(>>>)(\n)`, bygroups('Generic.Prompt', 'Text.Whitespace')],
      [String.raw`(\^C)?Traceback \(most recent call last\):\n`, 'Other.Traceback', 'traceback'],
      // SyntaxError starts with this
      [String.raw`  File "[^"]+", line \d+`, 'Other.Traceback', 'traceback'],
      [String.raw`.*\n`, 'Generic.Output'],
    ],
    continuations: [
      [String.raw`(\.\.\. )(.*\n)`, bygroups('Generic.Prompt', 'Other.Code')],
      // See above.
      [String.raw`(\.\.\.)(\n)`, bygroups('Generic.Prompt', 'Text.Whitespace')],
      defaultState('#pop'),
    ],
    traceback: [
      // As soon as we see a traceback, consume everything until the next >>> prompt.
      [String.raw`(?=>>>( |$))`, 'Text', '#pop'],
      [String.raw`(KeyboardInterrupt)(\n)`, bygroups('Name.Class', 'Text.Whitespace')],
      [String.raw`.*\n`, 'Other.Traceback'],
    ],
  },
};

export const pythonTracebackLexer: LexerDefinition = {
  name: 'Python Traceback',
  aliases: ['pytb', 'py3tb'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`^(\^C)?Traceback \(most recent call last\):\n`, 'Generic.Traceback', 'intb'],
      [String.raw`^During handling of the above exception, another ` + String.raw`exception occurred:\n\n`, 'Generic.Traceback'],
      [String.raw`^The above exception was the direct cause of the ` + String.raw`following exception:\n\n`, 'Generic.Traceback'],
      [String.raw`^(?=  File "[^"]+", line \d+)`, 'Generic.Traceback', 'intb'],
      [String.raw`^.*\n`, 'Other'],
    ],
    intb: [
      [String.raw`^(  File )("[^"]+")(, line )(\d+)(, in )(.+)(\n)`, bygroups('Text', 'Name.Builtin', 'Text', 'Literal.Number', 'Text', 'Name', 'Text.Whitespace')],
      [String.raw`^(  File )("[^"]+")(, line )(\d+)(\n)`, bygroups('Text', 'Name.Builtin', 'Text', 'Literal.Number', 'Text.Whitespace')],
      [String.raw`^(    )(.+)(\n)`, bygroups('Text.Whitespace', using('python'), 'Text.Whitespace'), 'markers'],
      [String.raw`^([ \t]*)(\.\.\.)(\n)`, bygroups('Text.Whitespace', 'Comment', 'Text.Whitespace')], // for doctests...
      [String.raw`^([^:]+)(: )(.+)(\n)`, bygroups('Generic.Error', 'Text', 'Name', 'Text.Whitespace'), '#pop'],
      [String.raw`^([a-zA-Z_][\w.]*)(:?\n)`, bygroups('Generic.Error', 'Text.Whitespace'), '#pop'],
      defaultState('#pop'),
    ],
    markers: [
      [String.raw`^( {4,})([~^]+)(\n)`, bygroups('Text.Whitespace', 'Punctuation.Marker', 'Text.Whitespace'), '#pop'],
      defaultState('#pop'),
    ],
  },
};

/** PythonConsoleLexer with its default `python3=True`. */
export function pythonConsoleLexer(byName: LexerLookup): Lexer {
  const python = byName('python') ?? textLexer(byName);
  const traceback = byName('pytb') ?? compileLexer(pythonTracebackLexer, byName);
  const code = delegatingLexer(consoleBase.name, python, compileLexer(consoleBase, byName), 'Other.Code');
  return delegatingLexer(consoleBase.name, traceback, code, 'Other.Traceback');
}
