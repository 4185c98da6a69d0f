/**
 * Pygments' SwiftLexer (pygments/lexers/objective.py, Pygments 2.20.0), rule for rule; as its
 * get_tokens_unprocessed does, a `Name` or `Name.Class` that is a Cocoa interface, protocol or
 * primitive (cocoa-builtins.ts) becomes `Name.Builtin.Pseudo`.
 *
 *     let view = UIView()   ->   <kd>let</kd><w> </w><nv>view</nv><w> </w><o>=</o><w> </w><bp>UIView</bp><p>()</p>
 */
import { bygroups, compileLexer, include, words, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { COCOA_INTERFACES, COCOA_PRIMITIVES, COCOA_PROTOCOLS } from './cocoa-builtins.ts';

// Global types, protocols, variables, typealiases and Foundation names.
const GLOBAL_TYPES = [
  // Types
  'Array', 'AutoreleasingUnsafeMutablePointer', 'BidirectionalReverseView', 'Bit', 'Bool', 'CFunctionPointer',
  'COpaquePointer', 'CVaListPointer', 'Character', 'ClosedInterval', 'CollectionOfOne', 'ContiguousArray',
  'Dictionary', 'DictionaryGenerator', 'DictionaryIndex', 'Double', 'EmptyCollection', 'EmptyGenerator',
  'EnumerateGenerator', 'EnumerateSequence', 'FilterCollectionView', 'FilterCollectionViewIndex',
  'FilterGenerator', 'FilterSequenceView', 'Float', 'Float80', 'FloatingPointClassification', 'GeneratorOf',
  'GeneratorOfOne', 'GeneratorSequence', 'HalfOpenInterval', 'HeapBuffer', 'HeapBufferStorage',
  'ImplicitlyUnwrappedOptional', 'IndexingGenerator', 'Int', 'Int16', 'Int32', 'Int64', 'Int8',
  'LazyBidirectionalCollection', 'LazyForwardCollection', 'LazyRandomAccessCollection', 'LazySequence',
  'MapCollectionView', 'MapSequenceGenerator', 'MapSequenceView', 'MirrorDisposition', 'ObjectIdentifier',
  'OnHeap', 'Optional', 'PermutationGenerator', 'QuickLookObject', 'RandomAccessReverseView', 'Range',
  'RangeGenerator', 'RawByte', 'Repeat', 'ReverseBidirectionalIndex', 'ReverseRandomAccessIndex', 'SequenceOf',
  'SinkOf', 'Slice', 'StaticString', 'StrideThrough', 'StrideThroughGenerator', 'StrideTo',
  'StrideToGenerator', 'String', 'UInt', 'UInt16', 'UInt32', 'UInt64', 'UInt8', 'UTF16', 'UTF32', 'UTF8',
  'UnicodeDecodingResult', 'UnicodeScalar', 'Unmanaged', 'UnsafeBufferPointer', 'UnsafeBufferPointerGenerator',
  'UnsafeMutableBufferPointer', 'UnsafeMutablePointer', 'UnsafePointer', 'Zip2', 'ZipGenerator2',
  // Protocols
  'AbsoluteValuable', 'AnyObject', 'ArrayLiteralConvertible', 'BidirectionalIndexType',
  'BitwiseOperationsType', 'BooleanLiteralConvertible', 'BooleanType', 'CVarArgType', 'CollectionType',
  'Comparable', 'DebugPrintable', 'DictionaryLiteralConvertible', 'Equatable',
  'ExtendedGraphemeClusterLiteralConvertible', 'ExtensibleCollectionType', 'FloatLiteralConvertible',
  'FloatingPointType', 'ForwardIndexType', 'GeneratorType', 'Hashable', 'IntegerArithmeticType',
  'IntegerLiteralConvertible', 'IntegerType', 'IntervalType', 'MirrorType', 'MutableCollectionType',
  'MutableSliceable', 'NilLiteralConvertible', 'OutputStreamType', 'Printable', 'RandomAccessIndexType',
  'RangeReplaceableCollectionType', 'RawOptionSetType', 'RawRepresentable', 'Reflectable', 'SequenceType',
  'SignedIntegerType', 'SignedNumberType', 'SinkType', 'Sliceable', 'Streamable', 'Strideable',
  'StringInterpolationConvertible', 'StringLiteralConvertible', 'UnicodeCodecType',
  'UnicodeScalarLiteralConvertible', 'UnsignedIntegerType', '_ArrayBufferType', '_BidirectionalIndexType',
  '_CocoaStringType', '_CollectionType', '_Comparable', '_ExtensibleCollectionType', '_ForwardIndexType',
  '_Incrementable', '_IntegerArithmeticType', '_IntegerType', '_ObjectiveCBridgeable',
  '_RandomAccessIndexType', '_RawOptionSetType', '_SequenceType', '_Sequence_Type', '_SignedIntegerType',
  '_SignedNumberType', '_Sliceable', '_Strideable', '_SwiftNSArrayRequiredOverridesType', '_SwiftNSArrayType',
  '_SwiftNSCopyingType', '_SwiftNSDictionaryRequiredOverridesType', '_SwiftNSDictionaryType',
  '_SwiftNSEnumeratorType', '_SwiftNSFastEnumerationType', '_SwiftNSStringRequiredOverridesType',
  '_SwiftNSStringType', '_UnsignedIntegerType',
  // Variables
  'C_ARGC', 'C_ARGV', 'Process',
  // Typealiases
  'Any', 'AnyClass', 'BooleanLiteralType', 'CBool', 'CChar', 'CChar16', 'CChar32', 'CDouble', 'CFloat', 'CInt',
  'CLong', 'CLongLong', 'CShort', 'CSignedChar', 'CUnsignedInt', 'CUnsignedLong', 'CUnsignedShort',
  'CWideChar', 'ExtendedGraphemeClusterType', 'Float32', 'Float64', 'FloatLiteralType', 'IntMax',
  'IntegerLiteralType', 'StringLiteralType', 'UIntMax', 'UWord', 'UnicodeScalarType', 'Void', 'Word',
  // Foundation/Cocoa
  'NSErrorPointer', 'NSObjectProtocol', 'Selector',
];

const FUNCTIONS = [
  'abs', 'advance', 'alignof', 'alignofValue', 'assert', 'assertionFailure', 'contains', 'count',
  'countElements', 'debugPrint', 'debugPrintln', 'distance', 'dropFirst', 'dropLast', 'dump', 'enumerate',
  'equal', 'extend', 'fatalError', 'filter', 'find', 'first', 'getVaList', 'indices', 'insert', 'isEmpty',
  'join', 'last', 'lazy', 'lexicographicalCompare', 'map', 'max', 'maxElement', 'min', 'minElement',
  'numericCast', 'overlaps', 'partition', 'precondition', 'preconditionFailure', 'prefix', 'print', 'println',
  'reduce', 'reflect', 'removeAll', 'removeAtIndex', 'removeLast', 'removeRange', 'reverse', 'sizeof',
  'sizeofValue', 'sort', 'sorted', 'splice', 'split', 'startsWith', 'stride', 'strideof', 'strideofValue',
  'suffix', 'swap', 'toDebugString', 'toString', 'transcode', 'underestimateCount', 'unsafeAddressOf',
  'unsafeBitCast', 'unsafeDowncast', 'withExtendedLifetime', 'withUnsafeMutablePointer',
  'withUnsafeMutablePointers', 'withUnsafePointer', 'withUnsafePointers', 'withVaList',
];

const definition: LexerDefinition = {
  name: 'Swift',
  aliases: ['swift'],
  tokens: {
    root: [
      // Whitespace and Comments
      [String.raw`\n`, 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['//', 'Comment.Single', 'comment-single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment-multi'],
      [String.raw`#(if|elseif|else|endif|available)\b`, 'Comment.Preproc', 'preproc'],
      // Keywords
      include('keywords'),
      // Global Types
      [words(GLOBAL_TYPES, '', String.raw`\b`), 'Name.Builtin'],
      // Functions
      [words(FUNCTIONS, '', String.raw`\b`), 'Name.Builtin.Pseudo'],
      // Implicit Block Variables
      [String.raw`\$\d+`, 'Name.Variable'],
      // Binary, octal, hexadecimal and decimal literals
      ['0b[01_]+', 'Literal.Number.Bin'],
      ['0o[0-7_]+', 'Literal.Number.Oct'],
      ['0x[0-9a-fA-F_]+', 'Literal.Number.Hex'],
      [String.raw`[0-9][0-9_]*(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)`, 'Literal.Number.Float'],
      ['[0-9][0-9_]*', 'Literal.Number.Integer'],
      // String Literal
      ['"""', 'Literal.String', 'string-multi'],
      ['"', 'Literal.String', 'string'],
      // Operators and Punctuation
      [String.raw`[(){}\[\].,:;=@#\`?]|->|[<&?](?=\w)|(?<=\w)[>!?]`, 'Punctuation'],
      [String.raw`[/=\-+!*%<>&|^?~]+`, 'Operator'],
      // Identifier
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    keywords: [
      [
        words(['as', 'async', 'await', 'break', 'case', 'catch', 'continue', 'default', 'defer',
          'do', 'else', 'fallthrough', 'for', 'guard', 'if', 'in', 'is',
          'repeat', 'return', '#selector', 'switch', 'throw', 'try',
          'where', 'while'], '', String.raw`\b`),
        'Keyword',
      ],
      [String.raw`@availability\([^)]+\)`, 'Keyword.Reserved'],
      [
        words(['associativity', 'convenience', 'dynamic', 'didSet', 'final',
          'get', 'indirect', 'infix', 'inout', 'lazy', 'left', 'mutating',
          'none', 'nonmutating', 'optional', 'override', 'postfix',
          'precedence', 'prefix', 'Protocol', 'required', 'rethrows',
          'right', 'set', 'throws', 'Type', 'unowned', 'weak', 'willSet',
          '@availability', '@autoclosure', '@noreturn',
          '@NSApplicationMain', '@NSCopying', '@NSManaged', '@objc',
          '@UIApplicationMain', '@IBAction', '@IBDesignable',
          '@IBInspectable', '@IBOutlet'], '', String.raw`\b`),
        'Keyword.Reserved',
      ],
      [
        '(as|dynamicType|false|is|nil|self|Self|super|true|__COLUMN__' +
          '|__FILE__|__FUNCTION__|__LINE__|_' +
          String.raw`|#(?:file|line|column|function))\b`,
        'Keyword.Constant',
      ],
      [String.raw`import\b`, 'Keyword.Declaration', 'module'],
      [String.raw`(class|enum|extension|struct|protocol)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class')],
      [String.raw`(func)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(var|let)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Variable')],
      [
        words(['actor', 'associatedtype', 'class', 'deinit', 'enum', 'extension', 'func', 'import',
          'init', 'internal', 'let', 'operator', 'private', 'protocol', 'public',
          'static', 'struct', 'subscript', 'typealias', 'var'], '', String.raw`\b`),
        'Keyword.Declaration',
      ],
    ],
    comment: [
      [String.raw`:param: [a-zA-Z_]\w*|:returns?:|(FIXME|MARK|TODO):`, 'Comment.Special'],
    ],
    // Nested
    'comment-single': [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      include('comment'),
      [String.raw`[^\n]+`, 'Comment.Single'],
    ],
    'comment-multi': [
      include('comment'),
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]+', 'Comment.Multiline'],
    ],
    module: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class'],
      include('root'),
    ],
    preproc: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      include('keywords'),
      [String.raw`[A-Za-z]\w*`, 'Comment.Preproc'],
      include('root'),
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      include('string-common'),
    ],
    'string-multi': [
      ['"""', 'Literal.String', '#pop'],
      include('string-common'),
    ],
    'string-common': [
      [String.raw`\\\(`, 'Literal.String.Interpol', 'string-intp'],
      [String.raw`\\['"\\nrt]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
    'string-intp': [
      [String.raw`\(`, 'Literal.String.Interpol', '#push'],
      [String.raw`\)`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
  },
};

/** `swift`: SwiftLexer's rules, Cocoa names retyped. */
export const swiftLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create(byName) {
    const lexer = compileLexer(definition, byName);
    const cocoa = new Set([COCOA_INTERFACES, COCOA_PROTOCOLS, COCOA_PRIMITIVES].flatMap((names) => names.split(' ')));
    return {
      ...lexer,
      *tokensUnprocessed(text, stack) {
        for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) {
          yield [index, (type === 'Name' || type === 'Name.Class') && cocoa.has(value) ? 'Name.Builtin.Pseudo' : type, value];
        }
      },
    };
  },
};
