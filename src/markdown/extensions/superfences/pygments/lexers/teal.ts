/**
 * Pygments' TealLexer (pygments/lexers/teal.py, Pygments 2.20.0), rule for rule: each line is
 * an opcode (or a label) and its arguments; transaction field names are keywords.
 *
 *     txn Sender   ->   <nf>txn</nf><w> </w><k>Sender</k>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = [
  'NumAppArgs', 'AssetFrozen', 'ConfigAssetDefaultFrozen', 'ConfigAssetURL', 'ConfigAssetUnitName', 'MinBalance',
  'ConfigAssetClawback', 'TypeEnum', 'LogicSigVersion', 'AssetClawback', 'AssetDecimals', 'ConfigAssetDecimals',
  'ConfigAssetTotal', 'Fee', 'Receiver', 'ConfigAssetFreeze', 'Sender', 'AssetReserve', 'VoteKeyDilution',
  'ConfigAssetName', 'MinTxnFee', 'AssetDefaultFrozen', 'NumAccounts', 'ConfigAssetManager', 'NoOp', 'AssetTotal',
  'Lease', 'LastValid', 'Note', 'VotePK', 'DeleteApplication', 'ClearStateProgram', 'Round', 'LatestTimestamp',
  'FirstValid', 'VoteFirst', 'MaxTxnLife', 'AssetFreeze', 'GroupSize', 'ApprovalProgram', 'ClearState', 'Amount',
  'AssetCloseTo', 'Type', 'GroupIndex', 'UpdateApplication', 'FreezeAsset', 'FreezeAssetFrozen',
  'ConfigAssetReserve', 'FirstValidTime', 'AssetSender', 'Accounts', 'VoteLast', 'ConfigAssetMetadataHash',
  'CloseRemainderTo', 'ConfigAsset', 'OnCompletion', 'RekeyTo', 'AssetURL', 'AssetManager', 'XferAsset',
  'AssetReceiver', 'TxID', 'OptIn', 'ZeroAddress', 'FreezeAssetAccount', 'AssetAmount', 'AssetName',
  'AssetMetadataHash', 'ApplicationArgs', 'SelectionPK', 'ApplicationID', 'CurrentApplicationID', 'AssetBalance',
  'AssetUnitName', 'CloseOut',
];

export const tealLexer: LexerDefinition = {
  name: 'teal',
  aliases: ['teal'],
  tokens: {
    root: [
      include('whitespace'),
      [String.raw`^#pragma .*\r?\n`, 'Comment.Directive'],
      [String.raw`([^ \t\n]+(?=\/\/)|[^ \t\n]+:)([ \t].*)`, bygroups('Name.Label', 'Comment.Single')],
      [String.raw`[^ \t\n]+(?=\/\/)|[^ \t\n]+`, 'Name.Function', 'function-args'],
    ],
    'function-args': [
      include('whitespace'),
      ['"', 'Literal.String', 'string'],
      [String.raw`(b(?:ase)?(?:32|64) ?)(\(?[a-zA-Z0-9+/=]+\)?)`, bygroups('Literal.String.Affix', 'Literal.String.Other')],
      ['[A-Z2-7]{58}', 'Literal.Number'],
      [String.raw`0x[\da-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`[^ \t\n]+(?=\/\/)|[^ \t\n]+`, 'Name.Attributes'],
      [String.raw`\r?\n`, 'Text', '#pop'],
    ],
    string: [
      [String.raw`\\(?:["nrt\\]|x\d\d)`, 'Literal.String.Escape'],
      [String.raw`[^\\\"\n]+`, 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
    whitespace: [
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [String.raw`//[^\n]+`, 'Comment.Single'],
    ],
  },
};
