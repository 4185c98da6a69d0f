/**
 * Pygments' MCFunctionLexer (pygments/lexers/minecraft.py, Pygments 2.20), rule for rule: Minecraft
 * datapack functions: commands, selectors, coordinates, NBT and JSON.
 *
 *     say @a[tag=x] hi   ->   <nb>say</nb><w> </w><nv>@a</nv><p>[</p><na>tag</na><p>=</p><vc>x</vc><p>]</p><w> </w><kc>hi</kc>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const mcFunctionLexer: LexerDefinition = {
  name: 'MCFunction',
  aliases: ['mcfunction', 'mcf'],
  tokens: {
    root: [
      include('names'),
      include('comments'),
      include('literals'),
      include('whitespace'),
      include('property'),
      include('operators'),
      include('selectors'),
    ],
    names: [
      [String.raw`^(\s*)([a-z_]+)`, bygroups('Text.Whitespace', 'Name.Builtin')],
      [String.raw`(?<=run)\s+[a-z_]+`, 'Name.Builtin'],
      [String.raw`\b[0-9a-fA-F]+(?:-[0-9a-fA-F]+){4}\b`, 'Name.Variable'],
      include('resource-name'),
      [String.raw`[A-Za-z_][\w.#%$]+`, 'Keyword.Constant'],
      [String.raw`[#%$][\w.#%$]+`, 'Name.Variable.Magic'],
    ],
    'resource-name': [
      ['#?[a-z_][a-z_.-]*:[a-z0-9_./-]+', 'Name.Function'],
      [String.raw`#?[a-z0-9_\.\-]+\/[a-z0-9_\.\-\/]+`, 'Name.Function'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comments: [
      [String.raw`^\s*(#[>!])`, 'Comment.Multiline', ['comments.block', 'comments.block.emphasized']],
      ['#.*$', 'Comment.Single'],
    ],
    'comments.block': [
      [String.raw`^\s*#[>!]`, 'Comment.Multiline', 'comments.block.emphasized'],
      [String.raw`^\s*#`, 'Comment.Multiline', 'comments.block.normal'],
      defaultState('#pop'),
    ],
    'comments.block.normal': [
      include('comments.block.special'),
      [String.raw`\S+`, 'Comment.Multiline'],
      [String.raw`\n`, 'Text', '#pop'],
      include('whitespace'),
    ],
    'comments.block.emphasized': [
      include('comments.block.special'),
      [String.raw`\S+`, 'Literal.String.Doc'],
      [String.raw`\n`, 'Text', '#pop'],
      include('whitespace'),
    ],
    'comments.block.special': [
      [String.raw`@\S+`, 'Name.Decorator'],
      include('resource-name'),
      [String.raw`[#%$][\w.#%$]+`, 'Name.Variable.Magic'],
    ],
    operators: [
      [String.raw`[\-~%^?!+*<>\\/|&=.]`, 'Operator'],
    ],
    literals: [
      [String.raw`\.\.`, 'Literal'],
      ['(true|false)', 'Keyword.Pseudo'],
      ['[A-Za-z_]+', 'Name.Variable.Class'],
      ['[0-7]b', 'Literal.Number.Byte'],
      [String.raw`[+-]?\d*\.?\d+([eE]?[+-]?\d+)?[df]?\b`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+\b`, 'Literal.Number.Integer'],
      ['"', 'Literal.String.Double', 'literals.string-double'],
      [String.raw`'`, 'Literal.String.Single', 'literals.string-single'],
    ],
    'literals.string-double': [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    'literals.string-single': [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\'\n]+`, 'Literal.String.Single'],
      [String.raw`'`, 'Literal.String.Single', '#pop'],
    ],
    selectors: [
      ['@[a-z]', 'Name.Variable'],
    ],
    property: [
      [String.raw`\{`, 'Punctuation', ['property.curly', 'property.key']],
      [String.raw`\[`, 'Punctuation', ['property.square', 'property.key']],
    ],
    'property.curly': [
      include('whitespace'),
      include('property'),
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    'property.square': [
      include('whitespace'),
      include('property'),
      [String.raw`\]`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
    ],
    'property.key': [
      include('whitespace'),
      [String.raw`#?[a-z_][a-z_\.\-]*\:[a-z0-9_\.\-/]+(?=\s*\=)`, 'Name.Attribute', 'property.delimiter'],
      [String.raw`#?[a-z_][a-z0-9_\.\-/]+`, 'Name.Attribute', 'property.delimiter'],
      [String.raw`[A-Za-z_\-\+]+`, 'Name.Attribute', 'property.delimiter'],
      ['"', 'Name.Attribute', 'property.delimiter'],
      [String.raw`'`, 'Name.Attribute', 'property.delimiter'],
      [String.raw`-?\d+`, 'Literal.Number.Integer', 'property.delimiter'],
      defaultState('#pop'),
    ],
    'property.key.string-double': [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Name.Attribute'],
      ['"', 'Name.Attribute', '#pop'],
    ],
    'property.key.string-single': [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\'\n]+`, 'Name.Attribute'],
      [String.raw`'`, 'Name.Attribute', '#pop'],
    ],
    'property.delimiter': [
      include('whitespace'),
      ['[:=]!?', 'Punctuation', 'property.value'],
      [',', 'Punctuation'],
      defaultState('#pop'),
    ],
    'property.value': [
      include('whitespace'),
      [String.raw`#?[a-z_][a-z_\.\-]*\:[a-z0-9_\.\-/]+`, 'Name.Tag'],
      [String.raw`#?[a-z_][a-z0-9_\.\-/]+`, 'Name.Tag'],
      include('literals'),
      include('property'),
      defaultState('#pop'),
    ],
  },
};
