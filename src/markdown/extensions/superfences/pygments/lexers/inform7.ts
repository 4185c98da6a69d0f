/**
 * Pygments' Inform7Lexer and Inform6TemplateLexer (pygments/lexers/int_fiction.py, Pygments
 * 2.20.0), rule for rule: Inform 7 source and Inform 6 templates (`i6t`, which start in
 * `+i6t-root`). Inform 7 embeds Inform 6 between `(-` and `-)`: Inform6Lexer's states are
 * copied in, each but the `_` ones led by `+i6t` and the level's own rules. The level (the `i6t`
 * option: `+i6t-not-inline`, `+i6t-inline`, `+i6t-use-option`) says how `@` lines and `{...}` are
 * read; phrase definitions and use options lex their Inform 6 with a lexer of another level.
 *
 *     "Cave" by Me. The Cave is a room.
 *     ->   <gh>"Cave" by Me.</gh> The Cave is a room.
 */
import { bygroups, compileLexer, defaultState, include, usingThis, type Callback, type Lexer, type LexerDefinition, type LexerFactory, type Rule } from '../regex-lexer.ts';
import { inform6Rules } from './inform6.ts';

const LEVELS = ['+i6t-not-inline', '+i6t-inline', '+i6t-use-option'] as const;
type Level = (typeof LEVELS)[number];
const isLevel = (value: unknown): value is Level => LEVELS.some((level) => level === value);

/** Inform 7's own states, the same at every level; `usingLevel` lexes with another level's lexer. */
function ownStates(usingLevel: (level: Level, stack: readonly string[]) => Callback): Record<string, readonly Rule[]> {
  return {
    '+i6t-root': [
      [String.raw`[^\n\u0085\u2028\u2029]*`, 'Comment.Preproc', ['directive', '+p']],
    ],
    root: [
      [String.raw`(\|?\s)+`, 'Text'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`["\u201c\u201d]`, 'Generic.Heading', ['+main', '+titling', '+titling-string']],
      defaultState(['+main', '+heading?']),
    ],
    '+titling-string': [
      [String.raw`[^"\u201c\u201d]+`, 'Generic.Heading'],
      [String.raw`["\u201c\u201d]`, 'Generic.Heading', '#pop'],
    ],
    '+titling': [
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`[^"\u201c\u201d.;:|\n\u0085\u2028\u2029]+`, 'Generic.Heading'],
      [String.raw`["\u201c\u201d]`, 'Generic.Heading', '+titling-string'],
      [String.raw`[\n\u0085\u2028\u2029]{2}|(?<=[\s"\u201c\u201d])\|[\s"\u201c\u201d]`, 'Text', ['#pop', '+heading?']],
      [String.raw`[.;:]|(?<=[\s"\u201c\u201d])\|`, 'Text', '#pop'],
      [String.raw`[|\n\u0085\u2028\u2029]`, 'Generic.Heading'],
    ],
    '+main': [
      [String.raw`(?i)[^"\u201c\u201d:a\[(|\n\u0085\u2028\u2029]+`, 'Text'],
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', '+text'],
      [String.raw`:`, 'Text', '+phrase-definition'],
      [String.raw`(?i)\bas\b`, 'Text', '+use-option'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`(\([\-\u2010-\u2014])(.*?)([\-\u2010-\u2014]\))`, bygroups('Punctuation', usingLevel('+i6t-not-inline', ['+i6-root', 'directive']), 'Punctuation')],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029])|(?<=[\s;:."\u201c\u201d]))\|\s|[\n\u0085\u2028\u2029]{2,}`, 'Text', '+heading?'],
      [String.raw`(?i)[a(|\n\u0085\u2028\u2029]`, 'Text'],
    ],
    '+phrase-definition': [
      [String.raw`\s+`, 'Text'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`(\([\-\u2010-\u2014])(.*?)([\-\u2010-\u2014]\))`, bygroups('Punctuation', usingLevel('+i6t-inline', ['+i6-root', 'directive', 'default', 'statements']), 'Punctuation'), '#pop'],
      defaultState('#pop'),
    ],
    '+use-option': [
      [String.raw`\s+`, 'Text'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`(\([\-\u2010-\u2014])(.*?)([\-\u2010-\u2014]\))`, bygroups('Punctuation', usingLevel('+i6t-use-option', ['+i6-root', 'directive']), 'Punctuation'), '#pop'],
      defaultState('#pop'),
    ],
    '+comment': [
      [String.raw`[^\[\]]+`, 'Comment.Multiline'],
      [String.raw`\[`, 'Comment.Multiline', '#push'],
      [String.raw`\]`, 'Comment.Multiline', '#pop'],
    ],
    '+text': [
      [String.raw`[^\["\u201c\u201d]+`, 'Literal.String.Double'],
      [String.raw`\[.*?\]`, 'Literal.String.Interpol'],
      [String.raw`["\u201c\u201d]`, 'Literal.String.Double', '#pop'],
    ],
    '+heading?': [
      [String.raw`(\|?\s)+`, 'Text'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`[\-\u2010-\u2014]{4}\s+`, 'Text', '+documentation-heading'],
      [String.raw`[\-\u2010-\u2014]{1,3}`, 'Text'],
      [String.raw`(?i)(volume|book|part|chapter|section)\b[^\n\u0085\u2028\u2029]*`, 'Generic.Heading', '#pop'],
      defaultState('#pop'),
    ],
    '+documentation-heading': [
      [String.raw`\s+`, 'Text'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`(?i)documentation\s+`, 'Text', '+documentation-heading2'],
      defaultState('#pop'),
    ],
    '+documentation-heading2': [
      [String.raw`\s+`, 'Text'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
      [String.raw`[\-\u2010-\u2014]{4}\s`, 'Text', '+documentation'],
      defaultState('#pop:2'),
    ],
    '+documentation': [
      [String.raw`(?i)(\A|(?<=[\n\u0085\u2028\u2029]))\s*(chapter|example)\s*:[^\n\u0085\u2028\u2029]*`, 'Generic.Heading'],
      [String.raw`(?i)(\A|(?<=[\n\u0085\u2028\u2029]))\s*section\s*:[^\n\u0085\u2028\u2029]*`, 'Generic.Subheading'],
      [String.raw`((\A|(?<=[\n\u0085\u2028\u2029]))\t.*?[\n\u0085\u2028\u2029])+`, usingThis('+main')],
      [String.raw`[^\n\u0085\u2028\u2029\[]+|[\n\u0085\u2028\u2029\[]`, 'Text'],
      [String.raw`\[`, 'Comment.Multiline', '+comment'],
    ],
    '+i6t-not-inline': [
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@c( .*?)?([\n\u0085\u2028\u2029]|\Z)`, 'Comment.Preproc'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@([\-\u2010-\u2014]+|Purpose:)[^\n\u0085\u2028\u2029]*`, 'Comment.Preproc'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@p( .*?)?([\n\u0085\u2028\u2029]|\Z)`, 'Generic.Heading', '+p'],
    ],
    '+i6t-use-option': [
      include('+i6t-not-inline'),
      [String.raw`(\{)(N)(\})`, bygroups('Punctuation', 'Text', 'Punctuation')],
    ],
    '+i6t-inline': [
      [String.raw`(\{)(\S[^}]*)?(\})`, bygroups('Punctuation', usingThis('+main'), 'Punctuation')],
    ],
    '+i6t': [
      [String.raw`(\{[\-\u2010-\u2014])(![^}]*)(\}?)`, bygroups('Punctuation', 'Comment.Single', 'Punctuation')],
      [String.raw`(\{[\-\u2010-\u2014])(lines)(:)([^}]*)(\}?)`, bygroups('Punctuation', 'Keyword', 'Punctuation', 'Text', 'Punctuation'), '+lines'],
      [String.raw`(\{[\-\u2010-\u2014])([^:}]*)(:?)([^}]*)(\}?)`, bygroups('Punctuation', 'Keyword', 'Punctuation', 'Text', 'Punctuation')],
      [String.raw`(\(\+)(.*?)(\+\)|\Z)`, bygroups('Punctuation', usingThis('+main'), 'Punctuation')],
    ],
    '+p': [
      [String.raw`[^@]+`, 'Comment.Preproc'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@c( .*?)?([\n\u0085\u2028\u2029]|\Z)`, 'Comment.Preproc', '#pop'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@([\-\u2010-\u2014]|Purpose:)`, 'Comment.Preproc'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@p( .*?)?([\n\u0085\u2028\u2029]|\Z)`, 'Generic.Heading'],
      [String.raw`@`, 'Comment.Preproc'],
    ],
    '+lines': [
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@c( .*?)?([\n\u0085\u2028\u2029]|\Z)`, 'Comment.Preproc'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@([\-\u2010-\u2014]|Purpose:)[^\n\u0085\u2028\u2029]*`, 'Comment.Preproc'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@p( .*?)?([\n\u0085\u2028\u2029]|\Z)`, 'Generic.Heading', '+p'],
      [String.raw`(\A|(?<=[\n\u0085\u2028\u2029]))@\w*[ \n\u0085\u2028\u2029]`, 'Keyword'],
      [String.raw`![^\n\u0085\u2028\u2029]*`, 'Comment.Single'],
      [String.raw`(\{)([\-\u2010-\u2014]endlines)(\})`, bygroups('Punctuation', 'Keyword', 'Punctuation'), '#pop'],
      [String.raw`[^@!{]+?([\n\u0085\u2028\u2029]|\Z)|.`, 'Text'],
    ],
  };
}

/** Inform6Lexer's states at a level: its root as `+i6-root`, the others led by `+i6t` and the level. */
function inform6States(level: Level): Record<string, readonly Rule[]> {
  const states: Record<string, readonly Rule[]> = {};
  for (const [name, rules] of Object.entries(inform6Rules.tokens)) {
    if (name === 'root') states['+i6-root'] = rules;
    else states[name] = name.startsWith('_') ? rules : [include('+i6t'), include(level), ...rules];
  }
  return states;
}

/** One lexer per level, made on first use; `using(this, i6t=...)` reaches the others. */
function createInform7(byName: (alias: string) => Lexer | undefined, name: string, aliases: readonly string[], start: readonly string[], level: Level): Lexer {
  const lexers = new Map<Level, Lexer>();
  const atLevel = (wanted: Level): Lexer => {
    let lexer = lexers.get(wanted);
    if (lexer === undefined) {
      const definition: LexerDefinition = { name, aliases, flags: 'ms', tokens: { ...inform6States(wanted), ...ownStates(usingLevel) } };
      const compiled = compileLexer(definition, byName);
      // Inform6TemplateLexer starts in `+i6t-root` unless given a stack.
      lexer = { ...compiled, tokensUnprocessed: (text, stack) => compiled.tokensUnprocessed(text, stack ?? start) };
      lexers.set(wanted, lexer);
    }
    return lexer;
  };
  const usingLevel = (wanted: Level, stack: readonly string[]): Callback =>
    function* (_lexer, match) {
      for (const [index, type, value] of atLevel(wanted).tokensUnprocessed(match.text, stack)) yield [index + match.start, type, value];
    };
  return {
    ...atLevel(level),
    withOptions: (options) => createInform7(byName, name, aliases, start, isLevel(options['i6t']) ? options['i6t'] : '+i6t-not-inline'),
  };
}

export const inform7Lexer: LexerFactory = {
  name: 'Inform 7',
  aliases: ['inform7', 'i7'],
  create: (byName) => createInform7(byName, 'Inform 7', ['inform7', 'i7'], ['root'], '+i6t-not-inline'),
};

export const inform6TemplateLexer: LexerFactory = {
  name: 'Inform 6 template',
  aliases: ['i6t'],
  create: (byName) => createInform7(byName, 'Inform 6 template', ['i6t'], ['+i6t-root'], '+i6t-not-inline'),
};
