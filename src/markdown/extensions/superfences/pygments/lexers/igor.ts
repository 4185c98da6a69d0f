/**
 * Pygments' IgorLexer (pygments/lexers/igor.py, Pygments 2.20), rule for rule: Igor Pro procedures:
 * case-insensitive operations, functions and keywords.
 *
 *     Variable x = 5   ->   <kt>Variable</kt><w> </w>x<w> </w>= 5
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { IGOR_NAME_CLASS, IGOR_NAME_FUNCTION } from './igor-words.ts';

export const igorLexer: LexerDefinition = {
  name: 'Igor',
  aliases: ['igor', 'igorpro'],
  flags: 'im',
  tokens: {
    root: [
      ['//.*$', 'Comment.Single'],
      [String.raw`"([^"\\]|\\.)*"`, 'Literal.String'],
      [words(['if', 'else', 'elseif', 'endif', 'for', 'endfor', 'strswitch', 'switch', 'case', 'default', 'endswitch', 'do', 'while', 'try', 'catch', 'endtry', 'break', 'continue', 'return', 'AbortOnRTE', 'AbortOnValue'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['variable', 'string', 'constant', 'strconstant', 'NVAR', 'SVAR', 'WAVE', 'STRUCT', 'dfref', 'funcref', 'char', 'uchar', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float', 'double', 'int'], String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(['override', 'ThreadSafe', 'MultiThread', 'static', 'Proc', 'Picture', 'Prompt', 'DoPrompt', 'macro', 'window', 'function', 'end', 'Structure', 'EndStructure', 'EndMacro', 'Menu', 'SubMenu'], String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [words(IGOR_NAME_CLASS, String.raw`\b`, String.raw`\b`), 'Name.Class'],
      [words(IGOR_NAME_FUNCTION, String.raw`\b`, String.raw`\b`), 'Name.Function'],
      ['^#(include|pragma|define|undef|ifdef|ifndef|if|elif|else|endif)', 'Name.Decorator'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['[^a-z"/]+$', 'Text'],
      ['.', 'Text'],
    ],
  },
};
