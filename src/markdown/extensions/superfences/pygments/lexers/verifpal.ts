/**
 * Pygments' VerifpalLexer (pygments/lexers/verifpal.py, Pygments 2.20.0), rule for rule: Verifpal models.
 *
 *     attacker[active] principal Alice[ knows private a ]
 *     ->   <nv>attacker</nv><p>[</p><nv>active</nv><p>]</p> <nb>principal</nb> <s>Alice</s><p>[</p> knows private a ]
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

export const verifpalLexer: LexerDefinition = {
  name: 'Verifpal',
  aliases: ['verifpal'],
  tokens: {
    root: [
      [String.raw`//.*$`, 'Comment.Single'],
      [String.raw`(principal)( +)(\w+)( *)(\[)(.*)$`, bygroups('Name.Builtin', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace')],
      [String.raw`(attacker)( *)(\[)( *)(passive|active)( *)(\])( *)$`, bygroups('Name.Builtin', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace')],
      [String.raw`(knows)( +)(private|public)( +)`, bygroups('Name.Builtin', 'Text.Whitespace', 'Keyword.Constant', 'Text.Whitespace'), 'shared'],
      [String.raw`(queries)( +)(\[)`, bygroups('Name.Builtin', 'Text.Whitespace', 'Punctuation'), 'queries'],
      [String.raw`(\w+)( +)(->|→)( *)(\w+)( *)(\:)`, bygroups('Literal.String', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Literal.String', 'Text.Whitespace', 'Punctuation'), 'shared'],
      [words(['generates', 'leaks'], '', String.raw`\b`), 'Name.Builtin', 'shared'],
      [words(['phase', 'precondition'], '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`[\[\(\)\]\?:=→^,]`, 'Punctuation'],
      [String.raw`->`, 'Punctuation'],
      [words(['password'], '', String.raw`\b`), 'Keyword.Constant'],
      [words(['AEAD_DEC', 'AEAD_ENC', 'ASSERT', 'BLIND', 'CONCAT', 'DEC', 'ENC', 'G', 'HASH', 'HKDF', 'MAC', 'PKE_DEC', 'PKE_ENC', 'PW_HASH', 'RINGSIGN', 'RINGSIGNVERIF', 'SHAMIR_JOIN', 'SHAMIR_SPLIT', 'SIGN', 'SIGNVERIF', 'SPLIT', 'UNBLIND', '_', 'nil'], '', String.raw`\b`), 'Name.Function'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\w+`, 'Name.Variable'],
    ],
    shared: [
      [String.raw`[\^\[\],]`, 'Punctuation'],
      [String.raw` +`, 'Text.Whitespace'],
      [String.raw`\w+`, 'Name.Variable'],
      defaultState('#pop'),
    ],
    queries: [
      [String.raw`\s+`, 'Name.Variable'],
      [words(['confidentiality?', 'authentication?', 'freshness?', 'unlinkability?', 'equivalence?'], '', String.raw`( )`), bygroups('Keyword.Pseudo', 'Text.Whitespace'), 'shared'],
      defaultState('#pop'),
    ],
  },
};
