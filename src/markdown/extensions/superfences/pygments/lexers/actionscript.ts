/**
 * Pygments' ActionScriptLexer and ActionScript3Lexer (pygments/lexers/actionscript.py, Pygments
 * 2.20.0), rule for rule. ActionScript 3 knows declarations (`function f(`, `var x:Type`), whose
 * parameters and return type get their own states.
 *
 *     var n:int = 3;   ->   <kd>var</kd><w> </w><n>n</n><p>:</p><kt>int</kt><w> </w><o>=</o>...
 */
import { bygroups, defaultState, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

// Pygments' list misses a comma after 'IDynamicPropertyOutput': the two names are one word there.
const AS_BUILTINS = [
  'Accessibility', 'AccessibilityProperties', 'ActionScriptVersion', 'ActivityEvent', 'AntiAliasType',
  'ApplicationDomain', 'AsBroadcaster', 'Array', 'AsyncErrorEvent', 'AVM1Movie', 'BevelFilter', 'Bitmap',
  'BitmapData', 'BitmapDataChannel', 'BitmapFilter', 'BitmapFilterQuality', 'BitmapFilterType', 'BlendMode',
  'BlurFilter', 'Boolean', 'ByteArray', 'Camera', 'Capabilities', 'CapsStyle', 'Class', 'Color', 'ColorMatrixFilter',
  'ColorTransform', 'ContextMenu', 'ContextMenuBuiltInItems', 'ContextMenuEvent', 'ContextMenuItem',
  'ConvultionFilter', 'CSMSettings', 'DataEvent', 'Date', 'DefinitionError', 'DeleteObjectSample', 'Dictionary',
  'DisplacmentMapFilter', 'DisplayObject', 'DisplacmentMapFilterMode', 'DisplayObjectContainer', 'DropShadowFilter',
  'Endian', 'EOFError', 'Error', 'ErrorEvent', 'EvalError', 'Event', 'EventDispatcher', 'EventPhase',
  'ExternalInterface', 'FileFilter', 'FileReference', 'FileReferenceList', 'FocusDirection', 'FocusEvent', 'Font',
  'FontStyle', 'FontType', 'FrameLabel', 'FullScreenEvent', 'Function', 'GlowFilter', 'GradientBevelFilter',
  'GradientGlowFilter', 'GradientType', 'Graphics', 'GridFitType', 'HTTPStatusEvent', 'IBitmapDrawable', 'ID3Info',
  'IDataInput', 'IDataOutput', 'IDynamicPropertyOutputIDynamicPropertyWriter', 'IEventDispatcher', 'IExternalizable',
  'IllegalOperationError', 'IME', 'IMEConversionMode', 'IMEEvent', 'int', 'InteractiveObject', 'InterpolationMethod',
  'InvalidSWFError', 'InvokeEvent', 'IOError', 'IOErrorEvent', 'JointStyle', 'Key', 'Keyboard', 'KeyboardEvent',
  'KeyLocation', 'LineScaleMode', 'Loader', 'LoaderContext', 'LoaderInfo', 'LoadVars', 'LocalConnection', 'Locale',
  'Math', 'Matrix', 'MemoryError', 'Microphone', 'MorphShape', 'Mouse', 'MouseEvent', 'MovieClip', 'MovieClipLoader',
  'Namespace', 'NetConnection', 'NetStatusEvent', 'NetStream', 'NewObjectSample', 'Number', 'Object',
  'ObjectEncoding', 'PixelSnapping', 'Point', 'PrintJob', 'PrintJobOptions', 'PrintJobOrientation', 'ProgressEvent',
  'Proxy', 'QName', 'RangeError', 'Rectangle', 'ReferenceError', 'RegExp', 'Responder', 'Sample', 'Scene',
  'ScriptTimeoutError', 'Security', 'SecurityDomain', 'SecurityError', 'SecurityErrorEvent', 'SecurityPanel',
  'Selection', 'Shape', 'SharedObject', 'SharedObjectFlushStatus', 'SimpleButton', 'Socket', 'Sound', 'SoundChannel',
  'SoundLoaderContext', 'SoundMixer', 'SoundTransform', 'SpreadMethod', 'Sprite', 'StackFrame', 'StackOverflowError',
  'Stage', 'StageAlign', 'StageDisplayState', 'StageQuality', 'StageScaleMode', 'StaticText', 'StatusEvent',
  'String', 'StyleSheet', 'SWFVersion', 'SyncEvent', 'SyntaxError', 'System', 'TextColorType', 'TextField',
  'TextFieldAutoSize', 'TextFieldType', 'TextFormat', 'TextFormatAlign', 'TextLineMetrics', 'TextRenderer',
  'TextSnapshot', 'Timer', 'TimerEvent', 'Transform', 'TypeError', 'uint', 'URIError', 'URLLoader',
  'URLLoaderDataFormat', 'URLRequest', 'URLRequestHeader', 'URLRequestMethod', 'URLStream', 'URLVariabeles',
  'VerifyError', 'Video', 'XML', 'XMLDocument', 'XMLList', 'XMLNode', 'XMLNodeType', 'XMLSocket', 'XMLUI',
];

export const actionscriptLexer: LexerDefinition = {
  name: 'ActionScript',
  aliases: ['actionscript', 'as'],
  // re.DOTALL only: `$` and `^` are not line anchors here (none is used).
  flags: 's',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`/(\\\\|\\[^\\]|[^/\\\n])*/[gim]*`, 'Literal.String.Regex'],
      [String.raw`[~^*!%&<>|+=:;,/?\\-]+`, 'Operator'],
      [String.raw`[{}\[\]();.]+`, 'Punctuation'],
      [
        words(
          [
            'case', 'default', 'for', 'each', 'in', 'while', 'do', 'break', 'return', 'continue', 'if', 'else', 'throw', 'try',
            'catch', 'var', 'with', 'new', 'typeof', 'arguments', 'instanceof', 'this', 'switch',
          ],
          '',
          String.raw`\b`,
        ),
        'Keyword',
      ],
      [
        words(
          [
            'class', 'public', 'final', 'internal', 'native', 'override', 'private', 'protected', 'static', 'import', 'extends',
            'implements', 'interface', 'intrinsic', 'return', 'super', 'dynamic', 'function', 'const', 'get', 'namespace',
            'package', 'set',
          ],
          '',
          String.raw`\b`,
        ),
        'Keyword.Declaration',
      ],
      [String.raw`(true|false|null|NaN|Infinity|-Infinity|undefined|Void)\b`, 'Keyword.Constant'],
      [words(AS_BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      [
        words(
          [
            'decodeURI', 'decodeURIComponent', 'encodeURI', 'escape', 'eval', 'isFinite', 'isNaN', 'isXMLName', 'clearInterval',
            'fscommand', 'getTimer', 'getURL', 'getVersion', 'parseFloat', 'parseInt', 'setInterval', 'trace', 'updateAfterEvent',
            'unescape',
          ],
          '',
          String.raw`\b`,
        ),
        'Name.Function',
      ],
      [String.raw`[$a-zA-Z_]\w*`, 'Name.Other'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-f]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ],
  },
};

const IDENTIFIER = String.raw`[$a-zA-Z_]\w*`;
/** A type name, with a vector's element type (`Vector.<int>`). */
const TYPE_IDENTIFIER = String.raw`${IDENTIFIER}(?:\.<\w+>)?`;

export const actionscript3Lexer: LexerDefinition = {
  name: 'ActionScript 3',
  aliases: ['actionscript3', 'as3'],
  flags: 'sm',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(function\s+)(${IDENTIFIER})(\s*)(\()`, bygroups('Keyword.Declaration', 'Name.Function', 'Text', 'Operator'), 'funcparams'],
      [
        String.raw`(var|const)(\s+)(${IDENTIFIER})(\s*)(:)(\s*)(${TYPE_IDENTIFIER})`,
        bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Keyword.Type'),
      ],
      [String.raw`(import|package)(\s+)((?:${IDENTIFIER}|\.)+)(\s*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace', 'Text.Whitespace')],
      [String.raw`(new)(\s+)(${TYPE_IDENTIFIER})(\s*)(\()`, bygroups('Keyword', 'Text.Whitespace', 'Keyword.Type', 'Text.Whitespace', 'Operator')],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`/(\\\\|\\[^\\]|[^\\\n])*/[gisx]*`, 'Literal.String.Regex'],
      [String.raw`(\.)(${IDENTIFIER})`, bygroups('Operator', 'Name.Attribute')],
      [
        String.raw`(case|default|for|each|in|while|do|break|return|continue|if|else|throw|try|catch|with|new|typeof|arguments|instanceof|this|switch|import|include|as|is)\b`,
        'Keyword',
      ],
      [
        String.raw`(class|public|final|internal|native|override|private|protected|static|import|extends|implements|interface|intrinsic|return|super|dynamic|function|const|get|namespace|package|set)\b`,
        'Keyword.Declaration',
      ],
      [String.raw`(true|false|null|NaN|Infinity|-Infinity|undefined|void)\b`, 'Keyword.Constant'],
      [
        String.raw`(decodeURI|decodeURIComponent|encodeURI|escape|eval|isFinite|isNaN|isXMLName|clearInterval|fscommand|getTimer|getURL|getVersion|isFinite|parseFloat|parseInt|setInterval|trace|updateAfterEvent|unescape)\b`,
        'Name.Function',
      ],
      [IDENTIFIER, 'Name'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-f]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[~^*!%&<>|+=:;,/?\\{}\[\]().-]+`, 'Operator'],
    ],
    funcparams: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [
        String.raw`(\s*)(\.\.\.)?(${IDENTIFIER})(\s*)(:)(\s*)(${TYPE_IDENTIFIER}|\*)(\s*)`,
        bygroups('Text.Whitespace', 'Punctuation', 'Name', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Keyword.Type', 'Text.Whitespace'),
        'defval',
      ],
      [String.raw`\)`, 'Operator', 'type'],
    ],
    type: [
      [String.raw`(\s*)(:)(\s*)(${TYPE_IDENTIFIER}|\*)`, bygroups('Text.Whitespace', 'Operator', 'Text.Whitespace', 'Keyword.Type'), '#pop:2'],
      [String.raw`\s+`, 'Text', '#pop:2'],
      defaultState('#pop:2'),
    ],
    defval: [
      // A default value is lexed again from root (`using(this)`).
      [String.raw`(=)(\s*)([^(),]+)(\s*)(,?)`, bygroups('Operator', 'Text.Whitespace', usingThis(), 'Text.Whitespace', 'Operator'), '#pop'],
      [',', 'Operator', '#pop'],
      defaultState('#pop'),
    ],
  },
};
