/**
 * Pygments' RideLexer (pygments/lexers/ride.py, Pygments 2.20.0), rule for rule.
 * Ride, the Waves smart contract language.
 *
 *     let x = 1   ->   <kr>let</kr> <nv>x</nv> <nf>=</nf> <mi>1</mi>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_RESERVED = [
  'match', 'case', 'else', 'func', 'if', 'let', 'then', '@Callable', '@Verifier',
];
const ROOT_TYPE = [
  'Unit', 'Int', 'Boolean', 'ByteVector', 'String', 'Address', 'Alias', 'Transfer', 'AssetPair', 'DataEntry',
  'Order', 'Transaction', 'GenesisTransaction', 'PaymentTransaction', 'ReissueTransaction', 'BurnTransaction',
  'MassTransferTransaction', 'ExchangeTransaction', 'TransferTransaction', 'SetAssetScriptTransaction',
  'InvokeScriptTransaction', 'IssueTransaction', 'LeaseTransaction', 'LeaseCancelTransaction',
  'CreateAliasTransaction', 'SetScriptTransaction', 'SponsorFeeTransaction', 'DataTransaction', 'WriteSet',
  'AttachedPayment', 'ScriptTransfer', 'TransferSet', 'ScriptResult', 'Invocation', 'Asset', 'BlockInfo', 'Issue',
  'Reissue', 'Burn', 'NoAlg', 'Md5', 'Sha1', 'Sha224', 'Sha256', 'Sha384', 'Sha512', 'Sha3224', 'Sha3256', 'Sha3384',
  'Sha3512', 'BinaryEntry', 'BooleanEntry', 'IntegerEntry', 'StringEntry', 'List', 'Ceiling', 'Down', 'Floor',
  'HalfDown', 'HalfEven', 'HalfUp', 'Up',
];
const ROOT_FUNCTION = [
  '||', '|', '>=', '>', '==', '!', '=', '<=', '<', '::', ':+', ':', '!=', '/', '.', '=>', '-', '+', '*', '&&', '%',
  '++',
];
const ROOT_FUNCTION_2 = [
  '||', '|', '>=', '>', '==', '!', '=', '<=', '<', '::', ':+', ':', '!=', '/', '.', '=>', '-', '+', '*', '&&', '%',
  '++',
];
const ROOT_FUNCTION_3 = [
  'NOALG', 'MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'SHA3224', 'SHA3256', 'SHA3384', 'SHA3512', 'nil',
  'this', 'unit', 'height', 'lastBlock', 'Buy', 'Sell', 'CEILING', 'FLOOR', 'DOWN', 'HALFDOWN', 'HALFEVEN', 'HALFUP',
  'UP',
];
const ROOT_FUNCTION_4 = [
  'fraction', 'size', 'toBytes', 'take', 'drop', 'takeRight', 'dropRight', 'toString', 'isDefined', 'extract',
  'throw', 'getElement', 'value', 'cons', 'toUtf8String', 'toInt', 'indexOf', 'lastIndexOf', 'split', 'parseInt',
  'parseIntValue', 'keccak256', 'blake2b256', 'sha256', 'sigVerify', 'toBase58String', 'fromBase58String',
  'toBase64String', 'fromBase64String', 'transactionById', 'transactionHeightById', 'getInteger', 'getBoolean',
  'getBinary', 'getString', 'addressFromPublicKey', 'addressFromString', 'addressFromRecipient', 'assetBalance',
  'wavesBalance', 'getIntegerValue', 'getBooleanValue', 'getBinaryValue', 'getStringValue', 'addressFromStringValue',
  'assetInfo', 'rsaVerify', 'checkMerkleProof', 'median', 'valueOrElse', 'valueOrErrorMessage', 'contains', 'log',
  'pow', 'toBase16String', 'fromBase16String', 'blockInfoByHeight', 'transferTransactionById',
];

export const rideLexer: LexerDefinition = {
  name: 'Ride',
  aliases: ['ride'],
  tokens: {
    root: [
      ['#.*', 'Comment.Single'],
      [String.raw`\s+`, 'Text'],
      ['"', 'Literal.String', 'doublequote'],
      [String.raw`utf8\'`, 'Literal.String', 'utf8quote'],
      [String.raw`base(58|64|16)\'`, 'Literal.String', 'singlequote'],
      [words(ROOT_RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`\{-#.*?#-\}`, 'Keyword.Reserved'],
      [String.raw`FOLD<\d+>`, 'Keyword.Reserved'],
      [words(ROOT_TYPE), 'Keyword.Type'],
      [words(ROOT_FUNCTION, String.raw`\(`, String.raw`\)`), 'Name.Function'],
      [words(ROOT_FUNCTION_2), 'Name.Function'],
      [words(ROOT_FUNCTION_3), 'Name.Function'],
      [words(ROOT_FUNCTION_4), 'Name.Function'],
      include('numbers'),
      [String.raw`[a-zA-Z_][a-zA-Z0-9_\']*`, 'Name.Variable'],
      [String.raw`[,()\[\]{}]`, 'Punctuation'],
    ],
    doublequote: [
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\[nrfvb\\"]`, 'Literal.String.Escape'],
      ['[^"]', 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
    utf8quote: [
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\[nrfvb\\\']`, 'Literal.String.Escape'],
      [String.raw`[^\']`, 'Literal.String'],
      [String.raw`\'`, 'Literal.String', '#pop'],
    ],
    singlequote: [
      [String.raw`[^\']`, 'Literal.String'],
      [String.raw`\'`, 'Literal.String', '#pop'],
    ],
    numbers: [
      [String.raw`_?\d+`, 'Literal.Number.Integer'],
    ],
  },
};
