/**
 * Pygments' TactLexer (pygments/lexers/tact.py, Pygments 2.20.0), rule for rule: Tact, a TON smart-contract language.
 *
 *     contract Counter { value: Int as uint32; }
 *     ->   <k>contract</k> <nc>Counter</nc> <p>{</p> <py>value</py><p>:</p> <kt>Int</kt> <k>as</k> <kt>uint32</kt><p>;</p> <p>}</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const tactLexer: LexerDefinition = {
  name: 'Tact',
  aliases: ['tact'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[.;(),\[\]{}]`, 'Punctuation'],
      [String.raw`\?|!!`, 'Operator'],
      include('comments'),
      include('import-in'),
      include('struct-in'),
      include('contract-or-trait-in'),
      include('annotation-in'),
      include('fun-declaration-in'),
      include('const-declaration-in'),
      include('statements'),
    ],
    'import-in': [
      [String.raw`((?<=\.\.\.)|(?<![.$]))\b(import)\b(\s*)`, bygroups('Punctuation', 'Keyword', 'Text.Whitespace'), 'import'],
    ],
    import: [
      [String.raw`;`, 'Punctuation', '#pop'],
      include('comments'),
      include('string-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'struct-in': [
      [String.raw`((?<=\.\.\.)|(?<![.$]))\b(struct|message)\b`, bygroups('Punctuation', 'Keyword'), 'struct'],
    ],
    struct: [
      include('comments'),
      include('struct-header'),
      include('struct-body-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'struct-header': [
      include('comments'),
      [String.raw`\b\w+`, 'Name.Class'],
      [String.raw`(\()((?:\b0[xX])[0-9a-fA-F][0-9a-fA-F_]*\b)(\))`, bygroups('Punctuation', 'Literal.Number.Hex', 'Punctuation')],
      [String.raw`(\()((?:\b[0-9]+\b))(\))`, bygroups('Punctuation', 'Literal.Number.Integer', 'Punctuation')],
    ],
    'struct-body-in': [
      [String.raw`\{`, 'Punctuation', 'struct-body'],
    ],
    'struct-body': [
      [String.raw`\}`, 'Punctuation', '#pop:2'],
      include('comments'),
      include('field-declaration-in'),
    ],
    'contract-or-trait-in': [
      [String.raw`((?<=\.\.\.)|(?<![.$]))\b(contract|trait)\b`, 'Keyword', 'contract-or-trait'],
    ],
    'contract-or-trait': [
      include('comments'),
      [String.raw`with`, 'Keyword'],
      [String.raw`\b\w+`, 'Name.Class'],
      include('contract-or-trait-body-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`,`, 'Punctuation'],
    ],
    'contract-or-trait-body-in': [
      [String.raw`\{`, 'Punctuation', 'contract-or-trait-body'],
    ],
    'contract-or-trait-body': [
      [String.raw`\}`, 'Punctuation', '#pop:2'],
      include('comments'),
      include('init-declaration-in'),
      include('receive-declaration-in'),
      include('bounce-declaration-in'),
      include('fun-declaration-in'),
      include('const-declaration-in'),
      include('field-declaration-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'field-declaration-in': [
      [String.raw`\b\w+`, 'Name.Property', 'field-declaration'],
    ],
    'field-declaration': [
      [String.raw`;`, 'Punctuation', '#pop'],
      include('comments'),
      include('type-annotation-in'),
      include('variable-init-in'),
    ],
    'const-declaration-in': [
      [String.raw`(?=\b(?:(?:get|native|extends|mutates|virtual|override|inline|abstract)\s*)*const\b)`, 'Keyword', 'const-declaration'],
    ],
    'const-declaration': [
      [String.raw`(;)`, 'Punctuation', '#pop'],
      [String.raw`const`, 'Keyword'],
      [words(['get', 'native', 'extends', 'mutates', 'virtual', 'override', 'inline', 'abstract'], '', String.raw`\b`), 'Keyword'],
      [String.raw`\b\w+\b`, 'Name.Constant'],
      include('comments'),
      include('type-annotation-in'),
      include('variable-init-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'init-declaration-in': [
      [String.raw`(init)`, 'Keyword', 'init-declaration'],
    ],
    'init-declaration': [
      [String.raw`(?<=\})`, 'Punctuation', '#pop'],
      include('comments'),
      include('fun-arguments-in'),
      include('block-declaration-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'receive-declaration-in': [
      [String.raw`(receive|exernal)`, 'Keyword', 'receive-declaration'],
    ],
    'receive-declaration': [
      [String.raw`(?<=\})`, 'Punctuation', '#pop'],
      include('comments'),
      include('fun-arguments-in'),
      include('block-declaration-in'),
    ],
    'bounce-declaration-in': [
      [String.raw`(bounced)`, 'Keyword', 'bounce-declaration'],
    ],
    'bounce-declaration': [
      [String.raw`(?<=\})`, 'Punctuation', '#pop'],
      include('comments'),
      include('fun-arguments-in'),
      include('block-declaration-in'),
    ],
    'fun-declaration-in': [
      [String.raw`(?=\b(?:(?:get|native|extends|mutates|virtual|override|inline|abstract)\s*)*fun\b)`, 'Keyword', 'fun-declaration'],
    ],
    'fun-declaration': [
      [String.raw`(?<=\}|\;)`, 'Punctuation', '#pop'],
      [String.raw`fun`, 'Keyword'],
      [String.raw`\b(get|native|extends|mutates|virtual|override|inline|abstract)\b`, 'Keyword'],
      [String.raw`\b[\w]+`, 'Name.Function'],
      include('fun-declaration-body'),
      [String.raw`[,;]`, 'Punctuation'],
    ],
    'fun-declaration-body': [
      include('comments'),
      include('fun-arguments-in'),
      include('type-annotation-in'),
      include('block-declaration-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'fun-arguments-in': [
      [String.raw`\(`, 'Punctuation', 'fun-arguments'],
    ],
    'fun-arguments': [
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('comments'),
      include('string-in'),
      include('type-annotation-in'),
      [String.raw`(self)|(\b[\w]+\b)`, bygroups('Name.Variable.Instance', 'Name.Variable')],
      [String.raw`,`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'block-declaration-in': [
      [String.raw`\{`, 'Punctuation', 'block-declaration'],
    ],
    'block-declaration': [
      [String.raw`\}`, 'Punctuation', '#pop'],
      include('statements'),
    ],
    statements: [
      include('comments'),
      include('block-declaration-in'),
      include('expressions'),
    ],
    'annotation-in': [
      [String.raw`(@)(\w+)(\()`, bygroups('Keyword.Pseudo', 'Keyword', 'Punctuation'), 'annotation'],
    ],
    annotation: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('annotation-argument'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'annotation-argument': [
      [String.raw`\w+`, 'Name.Function.Magic'],
    ],
    expressions: [
      include('comments'),
      include('type-annotation-in'),
      include('keywords'),
      include('numeric'),
      include('string-in'),
      include('variable'),
      include('function-call'),
      include('struct-init-in'),
    ],
    'struct-init-in': [
      [String.raw`(\b\w+)(\s*)(\{)`, bygroups('Name.Class', 'Text.Whitespace', 'Punctuation'), 'struct-init'],
    ],
    'struct-init': [
      [String.raw`(\})`, 'Punctuation', '#pop'],
      include('comments'),
      include('struct-property-in'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`,`, 'Punctuation'],
    ],
    'struct-property-in': [
      [String.raw`(\b[\w]+)(\s*)(:)`, bygroups('Name.Property', 'Text.Whitespace', 'Punctuation'), 'struct-property'],
    ],
    'struct-property': [
      [String.raw`(?=\}|\,)`, 'Punctuation', '#pop'],
      include('comments'),
      include('expressions'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'variable-init-in': [
      [String.raw`(=)`, 'Operator', 'variable-init'],
    ],
    'variable-init': [
      [String.raw`(?=\}|\{|\,|\;)`, 'Punctuation', '#pop'],
      include('comments'),
      include('expressions'),
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'type-annotation-in': [
      [String.raw`(:)(\s+)`, bygroups('Punctuation', 'Text.Whitespace'), 'type-annotation'],
    ],
    'type-annotation': [
      [String.raw`(?=\{|\;|\=|\,|\))`, 'Punctuation', '#pop'],
      include('comments'),
      include('type-as-in'),
      include('type-generic-in'),
      [String.raw`\?`, 'Operator'],
      [String.raw`\b\w+`, 'Keyword.Type'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'type-generic-in': [
      [String.raw`<`, 'Punctuation', 'type-generic'],
    ],
    'type-generic': [
      [String.raw`>`, 'Punctuation', '#pop'],
      include('comments'),
      include('type-as-in'),
      [String.raw`\b\w+`, 'Keyword.Type'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`,`, 'Punctuation'],
    ],
    'type-as-in': [
      [String.raw`\b(as)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'type-as'],
    ],
    'type-as': [
      [String.raw`(?=\{|\;|\=|\,|\)|\>)`, 'Punctuation', '#pop'],
      include('comments'),
      [String.raw`\b\w+`, 'Keyword.Type'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    keywords: [
      [words(['if', 'else', 'while', 'do', 'until', 'repeat', 'return', 'extends', 'mutates', 'virtual', 'override', 'inline', 'native', 'let', 'const', 'fun', 'self', 'is', 'initOf', 'map', 'bounced', 'get', 'as'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [String.raw`(<=>|>=|<=|!=|==|\^>>|~>>|>>|<<|\/%|\^%|~%|\^\/|~\/|\+=|-=|\*=|\/=|~\/=|\^\/=|%=|\^%=|<<=|>>=|~>>=|\^>>=|&=|\|=|\^=|\^|=|~|\/|%|-|\*|\+|>|<|&|\||:|\?)`, 'Operator'],
      [words(['true', 'false'], String.raw`\b`, String.raw`\b`), 'Keyword.Constant'],
    ],
    'string-in': [
      [String.raw`"`, 'Literal.String', 'string'],
    ],
    string: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
    ],
    numeric: [
      [String.raw`(?:\b0[xX])[0-9a-fA-F][0-9a-fA-F_]*\b`, 'Literal.Number.Hex'],
      [String.raw`(?:\b[0-9]+\b)`, 'Literal.Number.Integer'],
    ],
    comments: [
      [String.raw`//.*`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comments-multiline'],
    ],
    'comments-multiline': [
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[^*]+`, 'Comment.Multiline'],
      [String.raw`[*]`, 'Comment.Multiline'],
    ],
    variable: [
      [String.raw`\b\w+\b(?!\s*\()(?!\s*\{)`, 'Name.Variable'],
    ],
    'function-call': [
      [String.raw`\b\w+\b(?=\s*\()(?!\s*\{)`, 'Name.Function'],
    ],
  },
};
