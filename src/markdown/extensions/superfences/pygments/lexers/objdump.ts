/**
 * Pygments' objdump lexers (pygments/lexers/asm.py, Pygments 2.20.0): `_objdump_lexer_tokens` reads
 * `objdump -d` output, each instruction lexed by the GAS lexer (objdump) or the NASM one
 * (objdump-nasm, `-M intel`); the `-S` variants hand the interleaved source lines (`Other`) to the
 * C, C++ or D lexer, as their DelegatingLexers do.
 *
 *     0000000000001000 <_init>:   ->   <mh>0000000000001000</mh><w> </w><p>&lt;</p><nf>_init</nf><p>&gt;:</p>
 */
import { delegatingLexer, using } from '../delegation.ts';
import { bygroups, compileLexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

const HEX = '[0-9A-Za-z]';

/** The rule table of an objdump lexer whose instructions `asm` (a lexer alias) lexes. */
function objdumpLexer(name: string, aliases: readonly string[], asm: string): LexerDefinition {
  return {
    name,
    aliases,
    tokens: {
      root: [
        // file name and format
        ['(.*?)(:)( +file format )(.*?)$', bygroups('Name.Label', 'Punctuation', 'Text', 'Literal.String')],
        // section header
        ['(Disassembly of section )(.*?)(:)$', bygroups('Text', 'Name.Label', 'Punctuation')],
        // function labels, with and without an offset
        [
          `(${HEX}+)( )(<)(.*?)([-+])(0[xX][A-Za-z0-9]+)(>:)$`,
          bygroups('Literal.Number.Hex', 'Text.Whitespace', 'Punctuation', 'Name.Function', 'Punctuation', 'Literal.Number.Hex', 'Punctuation'),
        ],
        [`(${HEX}+)( )(<)(.*?)(>:)$`, bygroups('Literal.Number.Hex', 'Text.Whitespace', 'Punctuation', 'Name.Function', 'Punctuation')],
        // a code line with disassembled instructions
        [
          String.raw`( *)(${HEX}+:)(\t)((?:${HEX}${HEX} )+)( *\t)([a-zA-Z].*?)$`,
          bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Literal.Number.Hex', 'Text.Whitespace', using(asm)),
        ],
        // a code line without raw instructions (objdump --no-show-raw-insn)
        [String.raw`( *)(${HEX}+:)( *\t)([a-zA-Z].*?)$`, bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', using(asm))],
        // a code line with ascii
        [
          String.raw`( *)(${HEX}+:)(\t)((?:${HEX}${HEX} )+)( *)(.*?)$`,
          bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Literal.Number.Hex', 'Text.Whitespace', 'Literal.String'),
        ],
        // a continued code line: only raw opcodes, no instruction
        [String.raw`( *)(${HEX}+:)(\t)((?:${HEX}${HEX} )+)$`, bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Literal.Number.Hex')],
        // skipped a few bytes
        [String.raw`\t\.\.\.$`, 'Text'],
        // relocation lines, with and without an offset
        [
          String.raw`(\t\t\t)(${HEX}+:)( )([^\t]+)(\t)(.*?)([-+])(0x${HEX}+)$`,
          bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Name.Property', 'Text.Whitespace', 'Name.Constant', 'Punctuation', 'Literal.Number.Hex'),
        ],
        [
          String.raw`(\t\t\t)(${HEX}+:)( )([^\t]+)(\t)(.*?)$`,
          bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace', 'Name.Property', 'Text.Whitespace', 'Name.Constant'),
        ],
        [String.raw`[^\n]+\n`, 'Other'],
      ],
    },
  };
}

export const objdumpDefinition = objdumpLexer('objdump', ['objdump'], 'gas');
export const nasmObjdumpDefinition = objdumpLexer('objdump-nasm', ['objdump-nasm'], 'nasm');

/** `objdump -Sr` of a C, C++ or D program: the source lines lexed by that language's lexer. */
function sourceObjdump(name: string, aliases: readonly string[], source: string): LexerFactory {
  return {
    name,
    aliases,
    create: (byName) => delegatingLexer(name, byName(source) ?? textLexer(byName), compileLexer(objdumpDefinition, byName)),
  };
}

export const cObjdumpLexer = sourceObjdump('c-objdump', ['c-objdump'], 'c');
export const cppObjdumpLexer = sourceObjdump('cpp-objdump', ['cpp-objdump', 'c++-objdumb', 'cxx-objdump'], 'cpp');
export const dObjdumpLexer = sourceObjdump('d-objdump', ['d-objdump'], 'd');
