/**
 * Pygments' AsymptoteLexer (pygments/lexers/graphics.py, Pygments 2.20), rule for rule: C-like
 * statements and function declarations, then a pass that makes a `Name` in Asymptote's function
 * list `Name.Function` and one in its variable list `Name.Variable` (get_tokens_unprocessed).
 *
 *     draw((0,0)--(1,1));   ->   <nf>draw</nf><p>((</p><mi>0</mi><p>,</p><mi>0</mi><p>)</p><o>--</o><p>(</p><mi>1</mi><p>,</p><mi>1</mi><p>));</p>
 */
import { bygroups, defaultState, include, retypingLexer, usingThis, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { ASY_FUNCTION_NAMES, ASY_VARIABLE_NAMES } from './asymptote-words.ts';

const FUNCTION_NAMES: ReadonlySet<string> = new Set(ASY_FUNCTION_NAMES);
const VARIABLE_NAMES: ReadonlySet<string> = new Set(ASY_VARIABLE_NAMES);

const asymptoteDefinition: LexerDefinition = {
  name: 'Asymptote',
  aliases: ['asymptote', 'asy'],
  tokens: {
    whitespace: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')],
      [String.raw`//(\n|(.|\n)*?[^\\]\n)`, 'Comment'],
      [String.raw`/(\\\n)?\*(.|\n)*?\*(\\\n)?/`, 'Comment'],
    ],
    statements: [
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`'`, 'Literal.String', 'string'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[lL]?`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+[Ll]?', 'Literal.Number.Hex'],
      ['0[0-7]+[Ll]?', 'Literal.Number.Oct'],
      [String.raw`\d+[Ll]?`, 'Literal.Number.Integer'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`[()\[\],.]`, 'Punctuation'],
      [String.raw`\b(case)(.+?)(:)`, bygroups('Keyword', usingThis(), 'Text')],
      [String.raw`(and|controls|tension|atleast|curl|if|else|while|for|do|return|break|continue|struct|typedef|new|access|import|unravel|from|include|quote|static|public|private|restricted|this|explicit|true|false|null|cycle|newframe|operator)\b`, 'Keyword'],
      // a type when a name follows ("  [a-zA-Z]"); the shorter list is a type anywhere
      [String.raw`(Braid|FitResult|Label|Legend|TreeNode|abscissa|arc|arrowhead|binarytree|binarytreeNode|block|bool|bool3|bounds|bqe|circle|conic|coord|coordsys|cputime|ellipse|file|filltype|frame|grid3|guide|horner|hsv|hyperbola|indexedTransform|int|inversion|key|light|line|linefit|marginT|marker|mass|object|pair|parabola|path|path3|pen|picture|point|position|projection|real|revolution|scaleT|scientific|segment|side|slice|splitface|string|surface|tensionSpecifier|ticklocate|ticksgridT|tickvalues|transform|transformation|tree|triangle|trilinear|triple|vector|vertex|void)(?=\s+[a-zA-Z])`, 'Keyword.Type'],
      [String.raw`(Braid|FitResult|TreeNode|abscissa|arrowhead|block|bool|bool3|bounds|coord|frame|guide|horner|int|linefit|marginT|pair|pen|picture|position|real|revolution|slice|splitface|ticksgridT|tickvalues|tree|triple|vertex|void)\b`, 'Keyword.Type'],
      [String.raw`[a-zA-Z_]\w*:(?!:)`, 'Name.Label'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    root: [
      include('whitespace'),
      // functions: return type, name, arguments, whitespace or comments, then `{` (a body) or `;`
      [String.raw`((?:[\w*\s])+?(?:\s|\*))([a-zA-Z_]\w*)(\s*\([^;]*?\))((?:\s|//.*?\n|/\*.*?\*/)+)(\{)`, bygroups(usingThis(), 'Name.Function', usingThis(), usingThis(), 'Punctuation'), 'function'],
      [String.raw`((?:[\w*\s])+?(?:\s|\*))([a-zA-Z_]\w*)(\s*\([^;]*?\))((?:\s|//.*?\n|/\*.*?\*/)+)(;)`, bygroups(usingThis(), 'Name.Function', usingThis(), usingThis(), 'Punctuation')],
      defaultState('statement'),
    ],
    statement: [
      include('whitespace'),
      include('statements'),
      ['[{}]', 'Punctuation'],
      [';', 'Punctuation', '#pop'],
    ],
    function: [
      include('whitespace'),
      include('statements'),
      [';', 'Punctuation'],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    string: [
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\'?]|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`\n`, 'Literal.String'],
      [String.raw`[^\\'\n]+`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'],
      [String.raw`\\n`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
  },
};

/**
 * The retyping applies to the tokens of `using(this)` parts too (Pygments runs the overridden
 * method there); it is the same to run it once over the whole stream.
 */
export const asymptoteLexer: LexerFactory = retypingLexer(asymptoteDefinition, (type, value) => {
  if (type !== 'Name') return type;
  if (FUNCTION_NAMES.has(value)) return 'Name.Function';
  return VARIABLE_NAMES.has(value) ? 'Name.Variable' : type;
});
