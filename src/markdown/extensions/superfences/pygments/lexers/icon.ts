/**
 * Pygments' IconLexer (pygments/lexers/unicon.py, Pygments 2.20.0), rule for rule: Icon.
 *
 *     procedure main() every write(1 to 3) end
 *     ->   <kd>procedure</kd> <nf>main</nf><p>(</p><p>)</p> <kr>every</kr> <nf>write</nf><p>(</p><mi>1</mi> <kr>to</kr> <mi>3</mi><p>)</p> <kr>end</kr>
 */
import { bygroups, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'abs', 'acos', 'Active', 'Alert', 'any', 'args', 'array', 'asin', 'atan', 'atanh', 'Attrib', 'bal', 'Bg',
  'callout', 'center', 'char', 'chdir', 'chmod', 'chown', 'chroot', 'Clip', 'Clone', 'close', 'cofail', 'collect',
  'Color', 'ColorValue', 'condvar', 'copy', 'CopyArea', 'cos', 'Couple', 'crypt', 'cset', 'ctime', 'delay', 'delete',
  'detab', 'display', 'DrawArc', 'DrawCircle', 'DrawCube', 'DrawCurve', 'DrawCylinder', 'DrawDisk', 'DrawImage',
  'DrawLine', 'DrawPoint', 'DrawPolygon', 'DrawRectangle', 'DrawSegment', 'DrawSphere', 'DrawString', 'DrawTorus',
  'dtor', 'entab', 'EraseArea', 'errorclear', 'Event', 'eventmask', 'EvGet', 'EvSend', 'exec', 'exit', 'exp', 'Eye',
  'fcntl', 'fdup', 'fetch', 'Fg', 'fieldnames', 'FillArc', 'FillCircle', 'FillPolygon', 'FillRectangle', 'find',
  'flock', 'flush', 'Font', 'FreeColor', 'FreeSpace', 'function', 'get', 'getch', 'getche', 'getenv', 'GetSpace',
  'gettimeofday', 'getuid', 'globalnames', 'GotoRC', 'GotoXY', 'gtime', 'hardlink', 'iand', 'icom', 'IdentityMatrix',
  'image', 'InPort', 'insert', 'Int86', 'integer', 'ioctl', 'ior', 'ishift', 'istate', 'ixor', 'kbhit', 'key',
  'keyword', 'kill', 'left', 'Len', 'list', 'load', 'loadfunc', 'localnames', 'lock', 'log', 'Lower', 'lstat',
  'many', 'map', 'match', 'MatrixMode', 'max', 'member', 'membernames', 'methodnames', 'methods', 'min', 'mkdir',
  'move', 'MultMatrix', 'mutex', 'name', 'NewColor', 'Normals', 'numeric', 'open', 'opencl', 'oprec', 'ord',
  'OutPort', 'PaletteChars', 'PaletteColor', 'PaletteKey', 'paramnames', 'parent', 'Pattern', 'Peek', 'Pending',
  'pipe', 'Pixel', 'Poke', 'pop', 'PopMatrix', 'Pos', 'pos', 'proc', 'pull', 'push', 'PushMatrix', 'PushRotate',
  'PushScale', 'PushTranslate', 'put', 'QueryPointer', 'Raise', 'read', 'ReadImage', 'readlink', 'reads', 'ready',
  'real', 'receive', 'Refresh', 'Rem', 'remove', 'rename', 'repl', 'reverse', 'right', 'rmdir', 'Rotate', 'Rpos',
  'rtod', 'runerr', 'save', 'Scale', 'seek', 'select', 'send', 'seq', 'serial', 'set', 'setenv', 'setuid', 'signal',
  'sin', 'sort', 'sortf', 'spawn', 'sql', 'sqrt', 'stat', 'staticnames', 'stop', 'string', 'structure', 'Swi',
  'symlink', 'sys_errstr', 'system', 'syswrite', 'tab', 'table', 'tan', 'Texcoord', 'Texture', 'TextWidth',
  'Translate', 'trap', 'trim', 'truncate', 'trylock', 'type', 'umask', 'Uncouple', 'unlock', 'upto', 'utime',
  'variable', 'wait', 'WAttrib', 'WDefault', 'WFlush', 'where', 'WinAssociate', 'WinButton', 'WinColorDialog',
  'WindowContents', 'WinEditRegion', 'WinFontDialog', 'WinMenuBar', 'WinOpenDialog', 'WinPlayMedia', 'WinSaveDialog',
  'WinScrollBar', 'WinSelectDialog', 'write', 'WriteImage', 'writes', 'WSection', 'WSync',
];

export const iconLexer: LexerDefinition = {
  name: 'Icon',
  aliases: ['icon'],
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`#.*?\n`, 'Comment.Single'],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`class|method|procedure`, 'Keyword.Declaration', 'subprogram'],
      [String.raw`(record)(\s+)(\w+)`, bygroups('Keyword.Declaration', 'Text', 'Keyword.Type'), 'type_def'],
      [String.raw`(#line|\$C|\$Cend|\$define|\$else|\$endif|\$error|\$ifdef|\$ifndef|\$include|\$line|\$undef)\b`, 'Keyword.PreProc'],
      [String.raw`(&null|&fail)\b`, 'Keyword.Constant'],
      [String.raw`&allocated|&ascii|&clock|&collections|&column|&col|&control|&cset|&current|&dateline|&date|&digits|&dump|&errno|&errornumber|&errortext|&errorvalue|&error|&errout|&eventcode|&eventvalue|&eventsource|&e|&features|&file|&host|&input|&interval|&lcase|&letters|&level|&line|&ldrag|&lpress|&lrelease|&main|&mdrag|&meta|&mpress|&mrelease|&now|&output|&phi|&pick|&pi|&pos|&progname|&random|&rdrag|&regions|&resize|&row|&rpress|&rrelease|&shift|&source|&storage|&subject|&time|&trace|&ucase|&version|&window|&x|&y`, 'Keyword.Reserved'],
      [String.raw`(by|of|not|to)\b`, 'Keyword.Reserved'],
      [String.raw`(global|local|static)\b`, 'Keyword.Reserved'],
      [String.raw`link`, 'Keyword.Declaration'],
      [words(['break', 'case', 'create', 'default', 'end', 'all', 'do', 'else', 'every', 'fail', 'if', 'initial', 'invocable', 'next', 'repeat', 'return', 'suspend', 'then', 'until', 'while'], String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [words(ROOT_WORDS, String.raw`\b`, String.raw`\b`), 'Name.Function'],
      include('numbers'),
      [String.raw`===|~===|\*\*|\+\+|--|\.|==|~==|<=|>=|=|~=|<<=|<<|>>=|>>|:=:|:=|<->|<-|\+:=|\|\||\|`, 'Operator'],
      [String.raw`"(?:[^\\"]|\\.)*"`, 'Literal.String'],
      [String.raw`'(?:[^\\']|\\.)*'`, 'Literal.String.Character'],
      [String.raw`[*<>+=/&!?@~\\-]`, 'Operator'],
      [String.raw`(\w+)(\s*|[(,])`, bygroups('Name', usingThis())],
      [String.raw`[\[\]]`, 'Punctuation'],
      ["<>|=>|[()|:;,.'`{}%\\^&?]", 'Punctuation'],
      [String.raw`\n+`, 'Text'],
    ],
    numbers: [
      [String.raw`\b([+-]?([2-9]|[12][0-9]|3[0-6])[rR][0-9a-zA-Z]+)\b`, 'Literal.Number.Hex'],
      [String.raw`[+-]?[0-9]*\.([0-9]*)([Ee][+-]?[0-9]*)?`, 'Literal.Number.Float'],
      [String.raw`\b([+-]?[0-9]+[KMGTPkmgtp]?)\b`, 'Literal.Number.Integer'],
    ],
    subprogram: [
      [String.raw`\(`, 'Punctuation', ['#pop', 'formal_part']],
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`"[^"]+"|\w+`, 'Name.Function'],
      include('root'),
    ],
    type_def: [
      [String.raw`\(`, 'Punctuation', 'formal_part'],
    ],
    formal_part: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`\w+`, 'Name.Variable'],
      [String.raw`,`, 'Punctuation'],
      [String.raw`(:string|:integer|:real)\b`, 'Keyword.Reserved'],
      include('root'),
    ],
  },
};
