/**
 * Pygments' JasminLexer (pygments/lexers/jvm.py, Pygments 2.20.0), rule for rule: Jasmin, the JVM assembler.
 *
 *     .method public static main([Ljava/lang/String;)V
 *     ->   <kr>.method</kr> <kr>public</kr> <kr>static</kr> <nf>main</nf><p>(</p><p>[</p><kt>L</kt><nn>java/lang/</nn><nc>String</nc><p>;</p><p>)</p><kt>V</kt>
 */
import { bygroups, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const DEFAULT_WORDS: readonly string[] = [
  'aaload', 'aastore', 'aconst_null', 'aload', 'aload_0', 'aload_1', 'aload_2', 'aload_3', 'aload_w', 'areturn',
  'arraylength', 'astore', 'astore_0', 'astore_1', 'astore_2', 'astore_3', 'astore_w', 'athrow', 'baload', 'bastore',
  'bipush', 'breakpoint', 'caload', 'castore', 'd2f', 'd2i', 'd2l', 'dadd', 'daload', 'dastore', 'dcmpg', 'dcmpl',
  'dconst_0', 'dconst_1', 'ddiv', 'dload', 'dload_0', 'dload_1', 'dload_2', 'dload_3', 'dload_w', 'dmul', 'dneg',
  'drem', 'dreturn', 'dstore', 'dstore_0', 'dstore_1', 'dstore_2', 'dstore_3', 'dstore_w', 'dsub', 'dup', 'dup2',
  'dup2_x1', 'dup2_x2', 'dup_x1', 'dup_x2', 'f2d', 'f2i', 'f2l', 'fadd', 'faload', 'fastore', 'fcmpg', 'fcmpl',
  'fconst_0', 'fconst_1', 'fconst_2', 'fdiv', 'fload', 'fload_0', 'fload_1', 'fload_2', 'fload_3', 'fload_w', 'fmul',
  'fneg', 'frem', 'freturn', 'fstore', 'fstore_0', 'fstore_1', 'fstore_2', 'fstore_3', 'fstore_w', 'fsub', 'i2b',
  'i2c', 'i2d', 'i2f', 'i2l', 'i2s', 'iadd', 'iaload', 'iand', 'iastore', 'iconst_0', 'iconst_1', 'iconst_2',
  'iconst_3', 'iconst_4', 'iconst_5', 'iconst_m1', 'idiv', 'iinc', 'iinc_w', 'iload', 'iload_0', 'iload_1',
  'iload_2', 'iload_3', 'iload_w', 'imul', 'ineg', 'int2byte', 'int2char', 'int2short', 'ior', 'irem', 'ireturn',
  'ishl', 'ishr', 'istore', 'istore_0', 'istore_1', 'istore_2', 'istore_3', 'istore_w', 'isub', 'iushr', 'ixor',
  'l2d', 'l2f', 'l2i', 'ladd', 'laload', 'land', 'lastore', 'lcmp', 'lconst_0', 'lconst_1', 'ldc2_w', 'ldiv',
  'lload', 'lload_0', 'lload_1', 'lload_2', 'lload_3', 'lload_w', 'lmul', 'lneg', 'lookupswitch', 'lor', 'lrem',
  'lreturn', 'lshl', 'lshr', 'lstore', 'lstore_0', 'lstore_1', 'lstore_2', 'lstore_3', 'lstore_w', 'lsub', 'lushr',
  'lxor', 'monitorenter', 'monitorexit', 'nop', 'pop', 'pop2', 'ret', 'ret_w', 'return', 'saload', 'sastore',
  'sipush', 'swap',
];

export const jasminLexer: LexerDefinition = {
  name: 'Jasmin',
  aliases: ['jasmin', 'jasminxt'],
  tokens: {
    default: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      [String.raw`'`, 'Literal.String.Single', ['#pop', 'quote']],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`=`, 'Punctuation'],
      [String.raw`:`, 'Punctuation', 'label'],
      [String.raw`(?:[ \n\t\r]+)`, 'Text.Whitespace'],
      [String.raw`;.*`, 'Comment.Single'],
      [String.raw`(\$[-+])?0x-?[\da-fA-F]+(?=[ \n\t\r:=]|$)`, 'Literal.Number.Hex'],
      [String.raw`(\$[-+]|\+)?-?\d+(?=[ \n\t\r:=]|$)`, 'Literal.Number.Integer'],
      [String.raw`-?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?[fFdD]?[\x00-\x08\x0b\x0c\x0e-\x1f]*(?=[ \n\t\r:=]|$)`, 'Literal.Number.Float'],
      [String.raw`\$[^ \n\t\r:=]+`, 'Name.Variable'],
      [String.raw`\.annotation(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'annotation'],
      [String.raw`(\.attribute|\.bytecode|\.debug|\.deprecated|\.enclosing|\.interface|\.line|\.signature|\.source|\.stack|\.var|abstract|annotation|bridge|class|default|enum|field|final|fpstrict|interface|native|private|protected|public|signature|static|synchronized|synthetic|transient|varargs|volatile)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved'],
      [String.raw`\.catch(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'caught-exception'],
      [String.raw`(\.class|\.implements|\.inner|\.super|inner|invisible|invisibleparam|outer|visible|visibleparam)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'class/convert-dots'],
      [String.raw`\.field(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', ['descriptor/convert-dots', 'field']],
      [String.raw`(\.end|\.limit|use)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'no-verification'],
      [String.raw`\.method(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'method'],
      [String.raw`\.set(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'var'],
      [String.raw`\.throws(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'exception'],
      [String.raw`(from|offset|to|using)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'label'],
      [String.raw`is(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', ['descriptor/convert-dots', 'var']],
      [String.raw`(locals|stack)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'verification'],
      [String.raw`method(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'enclosing-method'],
      [words(DEFAULT_WORDS, '', String.raw`(?=[ \n\t\r:=]|$)`), 'Keyword.Reserved'],
      [String.raw`(anewarray|checkcast|instanceof|ldc|ldc_w|new)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'class/no-dots'],
      [String.raw`invoke(dynamic|interface|nonvirtual|special|static|virtual)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'invocation'],
      [String.raw`(getfield|putfield)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', ['descriptor/no-dots', 'field']],
      [String.raw`(getstatic|putstatic)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', ['descriptor/no-dots', 'static']],
      [words(['goto', 'goto_w', 'if_acmpeq', 'if_acmpne', 'if_icmpeq', 'if_icmpge', 'if_icmpgt', 'if_icmple', 'if_icmplt', 'if_icmpne', 'ifeq', 'ifge', 'ifgt', 'ifle', 'iflt', 'ifne', 'ifnonnull', 'ifnull', 'jsr', 'jsr_w'], '', String.raw`(?=[ \n\t\r:=]|$)`), 'Keyword.Reserved', 'label'],
      [String.raw`(multianewarray|newarray)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'descriptor/convert-dots'],
      [String.raw`tableswitch(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', 'table'],
    ],
    quote: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`\\u[\da-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`[^'\\]+`, 'Literal.String.Single'],
    ],
    string: [
      [String.raw`"`, 'Literal.String.Double', '#pop'],
      [String.raw`\\([nrtfb"\'\\]|u[\da-fA-F]{4}|[0-3]?[0-7]{1,2})`, 'Literal.String.Escape'],
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
    ],
    root: [
      [String.raw`\n+`, 'Text.Whitespace'],
      [String.raw`'`, 'Literal.String.Single', 'quote'],
      include('default'),
      [String.raw`([^ \n\t\r:=]+)([ \t\r]*)(:)`, bygroups('Name.Label', 'Text.Whitespace', 'Punctuation')],
      [String.raw`[^ \n\t\r:=]+`, 'Literal.String.Other'],
    ],
    annotation: [
      [String.raw`\n`, 'Text.Whitespace', ['#pop', 'annotation-body']],
      [String.raw`default(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', ['#pop', 'annotation-default']],
      include('default'),
    ],
    'annotation-body': [
      [String.raw`\n+`, 'Text.Whitespace'],
      [String.raw`\.end(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', '#pop'],
      include('default'),
      [String.raw`[^ \n\t\r:=]+`, 'Literal.String.Other', ['annotation-items', 'descriptor/no-dots']],
    ],
    'annotation-default': [
      [String.raw`\n+`, 'Text.Whitespace'],
      [String.raw`\.end(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', '#pop'],
      include('default'),
      defaultState(['annotation-items', 'descriptor/no-dots']),
    ],
    'annotation-items': [
      [String.raw`'`, 'Literal.String.Single', 'quote'],
      include('default'),
      [String.raw`[^ \n\t\r:=]+`, 'Literal.String.Other'],
    ],
    'caught-exception': [
      [String.raw`all(?=[ \n\t\r:=]|$)`, 'Keyword', '#pop'],
      include('exception'),
    ],
    'class/convert-dots': [
      include('default'),
      [String.raw`(L)((?:(?:[^ \n\t\r:=.;\[/]+)[/.])*)([^ \n\t\r:=]+)(;)`, bygroups('Keyword.Type', 'Name.Namespace', 'Name.Class', 'Punctuation'), '#pop'],
      [String.raw`((?:(?:[^ \n\t\r:=.;\[/]+)[/.])*)([^ \n\t\r:=]+)`, bygroups('Name.Namespace', 'Name.Class'), '#pop'],
    ],
    'class/no-dots': [
      include('default'),
      [String.raw`\[+`, 'Punctuation', ['#pop', 'descriptor/no-dots']],
      [String.raw`(L)((?:(?:[^ \n\t\r:=.;\[/]+)/)*)([^ \n\t\r:=]+)(;)`, bygroups('Keyword.Type', 'Name.Namespace', 'Name.Class', 'Punctuation'), '#pop'],
      [String.raw`((?:(?:[^ \n\t\r:=.;\[/]+)/)*)([^ \n\t\r:=]+)`, bygroups('Name.Namespace', 'Name.Class'), '#pop'],
    ],
    'descriptor/convert-dots': [
      include('default'),
      [String.raw`\[+`, 'Punctuation'],
      [String.raw`(L)((?:(?:[^ \n\t\r:=.;\[/]+)[/.])*)([^ \n\t\r:=]+?)(;)`, bygroups('Keyword.Type', 'Name.Namespace', 'Name.Class', 'Punctuation'), '#pop'],
      [String.raw`[^ \n\t\r:=\[)L]+`, 'Keyword.Type', '#pop'],
      defaultState('#pop'),
    ],
    'descriptor/no-dots': [
      include('default'),
      [String.raw`\[+`, 'Punctuation'],
      [String.raw`(L)((?:(?:[^ \n\t\r:=.;\[/]+)/)*)([^ \n\t\r:=]+)(;)`, bygroups('Keyword.Type', 'Name.Namespace', 'Name.Class', 'Punctuation'), '#pop'],
      [String.raw`[^ \n\t\r:=\[)L]+`, 'Keyword.Type', '#pop'],
      defaultState('#pop'),
    ],
    'descriptors/convert-dots': [
      [String.raw`\)`, 'Punctuation', '#pop'],
      defaultState('descriptor/convert-dots'),
    ],
    'enclosing-method': [
      [String.raw`(?:[ \n\t\r]+)`, 'Text.Whitespace'],
      [String.raw`(?=[^ \n\t\r:=]*\()`, 'Text', ['#pop', 'invocation']],
      defaultState(['#pop', 'class/convert-dots']),
    ],
    exception: [
      include('default'),
      [String.raw`((?:(?:[^ \n\t\r:=.;\[/]+)[/.])*)([^ \n\t\r:=]+)`, bygroups('Name.Namespace', 'Name.Exception'), '#pop'],
    ],
    field: [
      [String.raw`static(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', ['#pop', 'static']],
      include('default'),
      [String.raw`((?:(?:[^ \n\t\r:=.;\[/]+)[/.](?=[^ \n\t\r:=]*[/.]))*)((?:[^ \n\t\r:=.;\[/]+)[/.])?([^ \n\t\r:=]+)`, bygroups('Name.Namespace', 'Name.Class', 'Name.Variable.Instance'), '#pop'],
    ],
    invocation: [
      include('default'),
      [String.raw`((?:(?:[^ \n\t\r:=.;\[/]+)[/.](?=[^ \n\t\r:=(]*[/.]))*)((?:[^ \n\t\r:=.;\[/]+)[/.])?([^ \n\t\r:=]+)(\()`, bygroups('Name.Namespace', 'Name.Class', 'Name.Function', 'Punctuation'), ['#pop', 'descriptor/convert-dots', 'descriptors/convert-dots', 'descriptor/convert-dots']],
    ],
    label: [
      include('default'),
      [String.raw`[^ \n\t\r:=]+`, 'Name.Label', '#pop'],
    ],
    method: [
      include('default'),
      [String.raw`([^ \n\t\r:=]+)(\()`, bygroups('Name.Function', 'Punctuation'), ['#pop', 'descriptor/convert-dots', 'descriptors/convert-dots', 'descriptor/convert-dots']],
    ],
    'no-verification': [
      [String.raw`(locals|method|stack)(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', '#pop'],
      include('default'),
    ],
    static: [
      include('default'),
      [String.raw`((?:(?:[^ \n\t\r:=.;\[/]+)[/.](?=[^ \n\t\r:=]*[/.]))*)((?:[^ \n\t\r:=.;\[/]+)[/.])?([^ \n\t\r:=]+)`, bygroups('Name.Namespace', 'Name.Class', 'Name.Variable.Class'), '#pop'],
    ],
    table: [
      [String.raw`\n+`, 'Text.Whitespace'],
      [String.raw`default(?=[ \n\t\r:=]|$)`, 'Keyword.Reserved', '#pop'],
      include('default'),
      [String.raw`[^ \n\t\r:=]+`, 'Name.Label'],
    ],
    var: [
      include('default'),
      [String.raw`[^ \n\t\r:=]+`, 'Name.Variable', '#pop'],
    ],
    verification: [
      include('default'),
      [String.raw`(Double|Float|Integer|Long|Null|Top|UninitializedThis)(?=[ \n\t\r:=]|$)`, 'Keyword', '#pop'],
      [String.raw`Object(?=[ \n\t\r:=]|$)`, 'Keyword', ['#pop', 'class/no-dots']],
      [String.raw`Uninitialized(?=[ \n\t\r:=]|$)`, 'Keyword', ['#pop', 'label']],
    ],
  },
};
