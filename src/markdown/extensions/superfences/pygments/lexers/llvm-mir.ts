/**
 * Pygments' LlvmMirLexer (pygments/lexers/asm.py, Pygments 2.20.0), rule for rule: a MIR file's YAML
 * documents; a `--- |` document is LLVM IR (the ported LLVM lexer), a `body: |` block goes to the
 * LLVM-MIR Body lexer.
 *
 *     name: main   ->   <k>name:</k><n> main</n>
 */
import { using } from '../delegation.ts';
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

export const llvmMirLexer: LexerDefinition = {
  name: 'LLVM-MIR',
  aliases: ['llvm-mir'],
  tokens: {
    root: [
      ['#.*', 'Comment'],
      [String.raw`--- \|$`, 'Keyword', 'llvm_ir'],
      ['---', 'Keyword', 'llvm_mir'],
      ['[^-#]+|.', 'Text'],
    ],
    llvm_ir: [
      [String.raw`(\.\.\.|(?=---))`, 'Keyword', '#pop'],
      [String.raw`((?:.|\n)+?)(?=(\.\.\.|---))`, bygroups(using('llvm'))],
    ],
    llvm_mir: [
      ['#.*', 'Comment'],
      [String.raw`(\.\.\.|(?=---))`, 'Keyword', '#pop'],
      ['name:', 'Keyword', 'name'],
      [words(['alignment'], '', ':'), 'Keyword', 'number'],
      [words(['legalized', 'regBankSelected', 'tracksRegLiveness', 'selected', 'exposesReturnsTwice'], '', ':'), 'Keyword', 'boolean'],
      [words(['registers', 'stack', 'fixedStack', 'liveins', 'frameInfo', 'machineFunctionInfo'], '', ':'), 'Keyword'],
      [String.raw`body: *\|`, 'Keyword', 'llvm_mir_body'],
      ['.+', 'Text'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    name: [
      [String.raw`[^\n]+`, 'Name'],
      defaultState('#pop'),
    ],
    boolean: [
      [' *(true|false)', 'Name.Builtin'],
      defaultState('#pop'),
    ],
    number: [
      [' *[0-9]+', 'Literal.Number'],
      defaultState('#pop'),
    ],
    llvm_mir_body: [
      [String.raw`(\.\.\.|(?=---))`, 'Keyword', '#pop:2'],
      [String.raw`((?:.|\n)+?)(?=\.\.\.|---)`, bygroups(using('llvm-mir-body'))],
      [String.raw`(?!\.\.\.|---)((?:.|\n)+)`, bygroups(using('llvm-mir-body'))],
    ],
  },
};
