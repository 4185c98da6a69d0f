/**
 * Pygments' HsailLexer (pygments/lexers/asm.py, Pygments 2.20.0), rule for rule.
 * HSAIL (HSA intermediate language) assembly: instructions with their type suffixes.
 *
 *     add_u32 $s1, $s2, 1;   ->   <k>add</k><k>_u32</k><w> </w><nv-Anonymous>$s1</nv-Anonymous><p>,</p><w> ...
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';
import { KEYWORD_KEYWORD_2 } from './hsail-words.ts';

const KEYWORD_KEYWORD = [
  'module', 'extension', 'pragma', 'prog', 'indirect', 'signature', 'decl', 'kernel', 'function',
  'enablebreakexceptions', 'enabledetectexceptions', 'maxdynamicgroupsize', 'maxflatgridsize',
  'maxflatworkgroupsize', 'requireddim', 'requiredgridsize', 'requiredworkgroupsize', 'requirenopartialworkgroups',
];

export const hsailLexer: LexerDefinition = {
  name: 'HSAIL',
  aliases: ['hsail', 'hsa'],
  tokens: {
    root: [
      include('whitespace'),
      include('comments'),
      ['"[^"]*?"', 'Literal.String'],
      [String.raw`@[a-zA-Z_][\w.]*:?`, 'Name.Label'],
      [String.raw`(\$(c|s|d|q)[0-9]+)\b`, 'Name.Variable.Anonymous'],
      include('keyword'),
      [String.raw`&[a-zA-Z_][\w.]*`, 'Name.Variable.Global'],
      [String.raw`%[a-zA-Z_][\w.]*`, 'Name.Variable'],
      [String.raw`0[xX](([0-9a-fA-F]+\.[0-9a-fA-F]*)|([0-9a-fA-F]*\.[0-9a-fA-F]+))[pP][+-]?\d+`, 'Literal.Number.Hex'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      ['0((h|H)[0-9a-fA-F]{4}|(f|F)[0-9a-fA-F]{8}|(d|D)[0-9a-fA-F]{16})', 'Literal.Number.Float'],
      [String.raw`((\d+\.)|(\d*\.\d+))[eE][+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`[=<>{}\[\]()*.,:;!]|x\b`, 'Punctuation'],
    ],
    whitespace: [
      [String.raw`(\n|\s)+`, 'Text.Whitespace'],
    ],
    comments: [
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`//.*?\n`, 'Comment.Single'],
    ],
    keyword: [
      ['kernarg_(u8x4|s8x4|u16x2|s16x2|u8x8|s8x8|u16x4|s16x4|u32x2|s32x2|u8x16|s8x16|u16x8|s16x8|u32x4|s32x4|u64x2|s64x2|f16x2|f16x4|f16x8|f32x2|f32x4|f64x2|u8|s8|u16|s16|u32|s32|u64|s64|b128|b8|b16|b32|b64|b1|f16|f32|f64|roimg|woimg|rwimg|samp|sig32|sig64)', 'Keyword.Type'],
      [String.raw`\$(full|base|small|large|default|zero|near)`, 'Keyword'],
      [words(KEYWORD_KEYWORD, '', String.raw`\b`), 'Keyword'],
      ['((_ftz)?(_up|_down|_zero|_near))', 'Keyword'],
      ['_(u8x4|s8x4|u16x2|s16x2|u8x8|s8x8|u16x4|s16x4|u32x2|s32x2|u8x16|s8x16|u16x8|s16x8|u32x4|s32x4|u64x2|s64x2|f16x2|f16x4|f16x8|f32x2|f32x4|f64x2|u8|s8|u16|s16|u32|s32|u64|s64|b128|b8|b16|b32|b64|b1|f16|f32|f64|roimg|woimg|rwimg|samp|sig32|sig64)', 'Keyword'],
      [String.raw`_((align\(\d+\))|(width\((\d+|all)\)))`, 'Keyword'],
      ['_kernarg', 'Keyword'],
      [String.raw`(nop|imagefence)\b`, 'Keyword'],
      [words(KEYWORD_KEYWORD_2), 'Keyword'],
      [String.raw`i[1-9]\d*`, 'Keyword'],
    ],
  },
};
