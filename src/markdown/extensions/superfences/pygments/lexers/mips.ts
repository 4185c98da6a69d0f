/**
 * Pygments' MIPSLexer (pygments/lexers/mips.py, Pygments 2.20.0), rule for rule: MIPS instructions,
 * pseudo-instructions, directives and registers.
 *
 *     addi $t0, $zero, 1   ->   <k>addi</k><w> </w><kt>$t0</kt><p>,</p>...
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

export const mipsLexer: LexerDefinition = {
  name: 'MIPS',
  aliases: ['mips'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['#.*', 'Comment'],
      ['"', 'Literal.String', 'string'],
      ['-?[0-9]+?', 'Keyword.Constant'],
      [String.raw`\w*:`, 'Name.Function'],
      [words(['beql', 'bnel', 'bgtzl', 'bgezl', 'bltzl', 'blezl', 'bltzall', 'bgezall'], '', String.raw`\b`), 'Keyword.Pseudo'],
      [
        words([
          'rem', 'remu', 'mulo', 'mulou', 'abs', 'neg', 'negu', 'not', 'rol', 'ror', 'b', 'beqz', 'bge',
          'bgeu', 'bgt', 'bgtu', 'ble', 'bleu', 'blt', 'bltu', 'bnez', 'la', 'li', 'ld', 'ulh', 'ulhu',
          'ulw', 'sd', 'ush', 'usw', 'move', 'sgt', 'sgtu', 'sge', 'sgeu', 'sle', 'sleu', 'sne', 'seq',
          'l.d', 'l.s', 's.d', 's.s',
        ], '', String.raw`\b`),
        'Name.Variable',
      ],
      [
        words([
          'add', 'sub', 'subu', 'addi', 'subi', 'addu', 'addiu', 'mul', 'mult', 'multu', 'mulu', 'madd',
          'maddu', 'msub', 'msubu', 'div', 'divu', 'and', 'or', 'nor', 'xor', 'andi', 'ori', 'xori', 'clo',
          'clz', 'sll', 'srl', 'sllv', 'srlv', 'sra', 'srav', 'slt', 'sltu', 'slti', 'sltiu', 'mfhi', 'mthi',
          'mflo', 'mtlo', 'movn', 'movz', 'movf', 'movt', 'j', 'jal', 'jalr', 'jr', 'bc1f', 'bc1t', 'beq',
          'bgez', 'bgezal', 'bgtz', 'blez', 'bltzal', 'bltz', 'bne', 'lui', 'lb', 'lbu', 'lh', 'lhu', 'lw',
          'lwcl', 'lwl', 'lwr', 'sb', 'sh', 'sw', 'swl', 'swr', 'll', 'sc', 'teq', 'teqi', 'tne', 'tneqi',
          'tge', 'tgeu', 'tgei', 'tgeiu', 'tlt', 'tltu', 'tlti', 'tltiu', 'eret', 'break', 'bop', 'syscall',
          'add.s', 'add.d', 'sub.s', 'sub.d', 'mul.s', 'mul.d', 'div.s', 'div.d', 'neg.d', 'neg.s', 'c.e.d',
          'c.e.s', 'c.le.d', 'c.le.s', 'c.lt.s', 'c.lt.d', 'madd.s', 'madd.d', 'msub.s', 'msub.d', 'mov.d',
          'move.s', 'movf.d', 'movf.s', 'movt.d', 'movt.s', 'movn.d', 'movn.s', 'movnzd', 'movz.s', 'movz.d',
          'cvt.d.s', 'cvt.d.w', 'cvt.s.d', 'cvt.s.w', 'cvt.w.d', 'cvt.w.s', 'trunc.w.d', 'trunc.w.s',
          'abs.s', 'abs.d', 'sqrt.s', 'sqrt.d', 'ceil.w.d', 'ceil.w.s', 'floor.w.d', 'floor.w.s',
          'round.w.d', 'round.w.s',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      ['[slm][ftwd]c[0-9]([.]d)?', 'Keyword'],
      [String.raw`\$(f?[0-2][0-9]|f?3[01]|[ft]?[0-9]|[vk][01]|a[0-3]|s[0-7]|[gsf]p|ra|at|zero)`, 'Keyword.Type'],
      [
        words([
          '.align', '.ascii', '.asciiz', '.byte', '.data', '.double', '.extern', '.float', '.globl', '.half',
          '.kdata', '.ktext', '.space', '.text', '.word',
        ], '', String.raw`\b`),
        'Name.Entity',
      ],
      [String.raw`:|,|;|\{|\}|=>|@|\$|=`, 'Name.Builtin'],
      [String.raw`\w+`, 'Text'],
      ['.', 'Text'],
    ],
    string: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};
