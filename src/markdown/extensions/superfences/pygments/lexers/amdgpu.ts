/**
 * Pygments' AMDGPULexer (pygments/lexers/amdgpu.py, Pygments 2.20.0), rule for rule, case-insensitive:
 * AMD GPU ISA assembly (scalar and vector instructions, registers, modifiers).
 *
 *     s_mov_b32 s0, 0   ->   <nf>s_mov_b32</nf><w> </w><nv>s0</nv><p>,</p><w> </w><mi>0</mi>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

export const amdgpuLexer: LexerDefinition = {
  name: 'AMDGPU',
  aliases: ['amdgpu'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[\r\n]+`, 'Text'],
      ['(([a-z_0-9])*:([a-z_0-9])*)', 'Name.Attribute'],
      [String.raw`(\[|\]|\(|\)|,|\:|\&)`, 'Text'],
      [String.raw`([;#]|//).*?\n`, 'Comment.Single'],
      ['((s_)?(scratch|ds|buffer|flat|image)_[a-z0-9_]+)', 'Keyword.Reserved'],
      ['(_lo|_hi)', 'Name.Variable'],
      ['(vmcnt|lgkmcnt|expcnt)', 'Name.Attribute'],
      ['(attr[0-9].[a-z])', 'Name.Attribute'],
      [
        words([
          'op', 'vaddr', 'vdata', 'off', 'soffset', 'srsrc', 'format', 'offset', 'offen', 'idxen', 'glc',
          'dlc', 'slc', 'tfe', 'lds', 'lit', 'unorm',
        ], '', String.raw`\b`),
        'Name.Attribute',
      ],
      ['(label_[a-z0-9]+)', 'Keyword'],
      ['(_L[0-9]*)', 'Name.Variable'],
      ['(s|v)_[a-z0-9_]+', 'Keyword'],
      ['(v[0-9.]+|vcc|exec|v)', 'Name.Variable'],
      ['s[0-9.]+|s', 'Name.Variable'],
      [String.raw`[0-9]+\.[^0-9]+`, 'Literal.Number.Float'],
      ['(0[xX][a-z0-9]+)|([0-9]+)', 'Literal.Number.Integer'],
    ],
  },
};
