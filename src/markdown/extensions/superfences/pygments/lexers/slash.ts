/**
 * Pygments' SlashLexer (pygments/lexers/slash.py, Pygments 2.20.0): a DelegatingLexer, HTML around
 * SlashLanguageLexer's `<% %>` code, that ExtendedRegexLexer ported rule for rule. Its states
 * move (`('#pop', state)`) rather than nest, except a string's `#{` interpolation, whose `}` a
 * callback closes.
 *
 *     <p><%= name %></p>   ->   <p>&lt;</p><nt>p</nt><p>&gt;</p><cp>&lt;%=</cp><w> </w><n>name</n><w> </w><cp>%&gt;</cp>...
 */
import { baseContext, bygroupsInContext, compileExtendedLexer, type ContextCallback, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import type { LexerFactory } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

/** right_angle_bracket: a `}` that closes a string's `#{` interpolation goes back to the string. */
const rightBrace: ContextCallback<LexerContext> = function* (_lexer, match, context) {
  if (context.stack.length > 1 && context.stack.at(-2) === 'string') context.stack.pop();
  yield [match.start, 'Literal.String.Interpol', '}'];
  context.pos = match.start + match.text.length;
};

/** SlashLanguageLexer, which Pygments registers under no name: `Other` outside `<% %>`. */
const slashLanguage: ExtendedLexerDefinition<LexerContext> = {
  name: 'Slash',
  aliases: [],
  context: baseContext,
  tokens: {
    root: [
      ['<%=', 'Comment.Preproc', ['#pop', 'slash']],
      ['<%!!', 'Comment.Preproc', ['#pop', 'slash']],
      ['<%#.*?%>', 'Comment.Multiline'],
      ['<%', 'Comment.Preproc', ['#pop', 'slash']],
      [String.raw`.|\n`, 'Other'],
    ],
    string: [
      [String.raw`\\`, 'Literal.String.Escape', ['#pop', 'string_e']],
      [String.raw`\"`, 'Literal.String', ['#pop', 'slash']],
      [String.raw`#\{`, 'Literal.String.Interpol', 'slash'],
      [String.raw`.|\n`, 'Literal.String'],
    ],
    string_e: [
      ['n', 'Literal.String.Escape', ['#pop', 'string']],
      ['t', 'Literal.String.Escape', ['#pop', 'string']],
      ['r', 'Literal.String.Escape', ['#pop', 'string']],
      ['e', 'Literal.String.Escape', ['#pop', 'string']],
      ['x[a-fA-F0-9]{2}', 'Literal.String.Escape', ['#pop', 'string']],
      ['.', 'Literal.String.Escape', ['#pop', 'string']],
    ],
    regexp: [
      ['}[a-z]*', 'Literal.String.Regex', ['#pop', 'slash']],
      [String.raw`\\(.|\n)`, 'Literal.String.Regex'],
      ['{', 'Literal.String.Regex', 'regexp_r'],
      [String.raw`.|\n`, 'Literal.String.Regex'],
    ],
    regexp_r: [
      ['}[a-z]*', 'Literal.String.Regex', '#pop'],
      [String.raw`\\(.|\n)`, 'Literal.String.Regex'],
      ['{', 'Literal.String.Regex', 'regexp_r'],
    ],
    slash: [
      ['%>', 'Comment.Preproc', ['#pop', 'root']],
      [String.raw`\"`, 'Literal.String', ['#pop', 'string']],
      [String.raw`'[a-zA-Z0-9_]+`, 'Literal.String'],
      ['%r{', 'Literal.String.Regex', ['#pop', 'regexp']],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`(#|//).*?\n`, 'Comment.Single'],
      ['-?[0-9]+e[+-]?[0-9]+', 'Literal.Number.Float'],
      [String.raw`-?[0-9]+\.[0-9]+(e[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      ['-?[0-9]+', 'Literal.Number.Integer'],
      ['nil(?=[^a-zA-Z_0-9])', 'Name.Builtin'],
      ['true(?=[^a-zA-Z_0-9])', 'Name.Builtin'],
      ['false(?=[^a-zA-Z_0-9])', 'Name.Builtin'],
      ['self(?=[^a-zA-Z_0-9])', 'Name.Builtin'],
      [String.raw`(class)(\s+)([A-Z][a-zA-Z0-9_\']*)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Class')],
      ['class(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['extends(?=[^a-zA-Z_0-9])', 'Keyword'],
      [String.raw`(def)(\s+)(self)(\s*)(\.)(\s*)([a-z_][a-zA-Z0-9_\']*=?|<<|>>|==|<=>|<=|<|>=|>|\+|-(self)?|~(self)?|\*|/|%|^|&&|&|\||\[\]=?)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Builtin', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(def)(\s+)([a-z_][a-zA-Z0-9_\']*=?|<<|>>|==|<=>|<=|<|>=|>|\+|-(self)?|~(self)?|\*|/|%|^|&&|&|\||\[\]=?)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Function')],
      ['def(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['if(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['elsif(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['else(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['unless(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['for(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['in(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['while(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['until(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['and(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['or(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['not(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['lambda(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['try(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['catch(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['return(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['next(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['last(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['throw(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['use(?=[^a-zA-Z_0-9])', 'Keyword'],
      ['switch(?=[^a-zA-Z_0-9])', 'Keyword'],
      [String.raw`\\`, 'Keyword'],
      ['λ', 'Keyword'],
      ['__FILE__(?=[^a-zA-Z_0-9])', 'Name.Builtin.Pseudo'],
      ['__LINE__(?=[^a-zA-Z_0-9])', 'Name.Builtin.Pseudo'],
      [String.raw`[A-Z][a-zA-Z0-9_\']*(?=[^a-zA-Z_0-9])`, 'Name.Constant'],
      [String.raw`[a-z_][a-zA-Z0-9_\']*(?=[^a-zA-Z_0-9])`, 'Name'],
      [String.raw`@[a-z_][a-zA-Z0-9_\']*(?=[^a-zA-Z_0-9])`, 'Name.Variable.Instance'],
      [String.raw`@@[a-z_][a-zA-Z0-9_\']*(?=[^a-zA-Z_0-9])`, 'Name.Variable.Class'],
      [String.raw`\(`, 'Punctuation'],
      [String.raw`\)`, 'Punctuation'],
      [String.raw`\[`, 'Punctuation'],
      [String.raw`\]`, 'Punctuation'],
      [String.raw`\{`, 'Punctuation'],
      [String.raw`\}`, rightBrace],
      [';', 'Punctuation'],
      [',', 'Punctuation'],
      ['<<=', 'Operator'],
      ['>>=', 'Operator'],
      ['<<', 'Operator'],
      ['>>', 'Operator'],
      ['==', 'Operator'],
      ['!=', 'Operator'],
      ['=>', 'Operator'],
      ['=', 'Operator'],
      ['<=>', 'Operator'],
      ['<=', 'Operator'],
      ['>=', 'Operator'],
      ['<', 'Operator'],
      ['>', 'Operator'],
      [String.raw`\+\+`, 'Operator'],
      [String.raw`\+=`, 'Operator'],
      ['-=', 'Operator'],
      [String.raw`\*\*=`, 'Operator'],
      [String.raw`\*=`, 'Operator'],
      [String.raw`\*\*`, 'Operator'],
      [String.raw`\*`, 'Operator'],
      ['/=', 'Operator'],
      [String.raw`\+`, 'Operator'],
      ['-', 'Operator'],
      ['/', 'Operator'],
      ['%=', 'Operator'],
      ['%', 'Operator'],
      ['^=', 'Operator'],
      ['&&=', 'Operator'],
      ['&=', 'Operator'],
      ['&&', 'Operator'],
      ['&', 'Operator'],
      [String.raw`\|\|=`, 'Operator'],
      [String.raw`\|=`, 'Operator'],
      [String.raw`\|\|`, 'Operator'],
      [String.raw`\|`, 'Operator'],
      ['!', 'Operator'],
      [String.raw`\.\.\.`, 'Operator'],
      [String.raw`\.\.`, 'Operator'],
      [String.raw`\.`, 'Operator'],
      ['::', 'Operator'],
      [':', 'Operator'],
      [String.raw`(\s|\n)+`, 'Text.Whitespace'],
      [String.raw`[a-z_][a-zA-Z0-9_\']*`, 'Name.Variable'],
    ],
  },
};

const language: LexerFactory = { name: 'Slash', aliases: [], create: (byName) => compileExtendedLexer(slashLanguage, byName) };

export const slashLexer: LexerFactory = delegatingFactory('Slash', ['slash'], 'html', language);
