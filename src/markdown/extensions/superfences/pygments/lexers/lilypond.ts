/**
 * Pygments' LilyPondLexer (pygments/lexers/lilypond.py, Pygments 2.20), rule for rule: SchemeLexer
 * with its `root` state replaced by LilyPond's (pitches, durations, articulations and its many
 * builtin lists) and `#{ ... #}` added to Scheme's `value` state; after Scheme's retyping pass,
 * Scheme names LilyPond defines become `Name.Builtin.SchemeFunction` and Scheme's own builtins
 * `Name.Builtin.SchemeBuiltin`. re.DOTALL | re.MULTILINE.
 *
 *     \relative c' { c4 }   ->   <span class="nb nb-MusicFunction">\relative</span> <span class=" -Pitch">c'</span> <p>{</p> <span class=" -Pitch">c</span><m>4</m> <p>}</p>
 */
import { bygroups, defaultState, retypingLexer, words, type LexerDefinition, type LexerFactory, type Rule } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import {
  LILYPOND_ARTICULATIONS, LILYPOND_CHORD_MODIFIERS, LILYPOND_CLEFS, LILYPOND_CONTEXTS, LILYPOND_CONTEXT_PROPERTIES,
  LILYPOND_DYNAMICS, LILYPOND_GROBS, LILYPOND_GROB_PROPERTIES, LILYPOND_HEADER_VARIABLES, LILYPOND_KEYWORDS,
  LILYPOND_MARKUP_COMMANDS, LILYPOND_MUSIC_COMMANDS, LILYPOND_MUSIC_FUNCTIONS, LILYPOND_PAPER_VARIABLES,
  LILYPOND_PITCHES, LILYPOND_PITCH_LANGUAGE_NAMES, LILYPOND_REPEAT_TYPES, LILYPOND_SCALES, LILYPOND_SCHEME_FUNCTIONS,
  LILYPOND_TRANSLATORS, LILYPOND_UNITS,
} from './lilypond-words.ts';
import { schemeDefinition, schemeRetype } from './scheme.ts';

/** Where a name ends: a digit, a character that is no word character or `-`, or `-`/`_` before one. */
const NAME_END = String.raw`(?=\d|[^\w\-]|[\-_][\W\d])`;

/** `builtin_words`: a list with an optional direction specifier and a backslash as the list wants it. */
function builtinWords(names: readonly string[], backslash: 'mandatory' | 'optional' | 'disallowed'): string {
  const prefix = String.raw`[\-_^]?` + { mandatory: String.raw`\\`, optional: String.raw`\\?`, disallowed: '' }[backslash];
  return words(names, prefix, NAME_END);
}

const SCHEME_FUNCTIONS: ReadonlySet<string> = new Set(LILYPOND_SCHEME_FUNCTIONS);

const root: Rule[] = [
  [String.raw`\s+`, 'Text.Whitespace'],
  // Multi-line comments (not nestable), then simple comments
  [String.raw`%\{.*?%\}`, 'Comment.Multiline'],
  ['%.*?$', 'Comment.Single'],
  // End of embedded LilyPond in Scheme.
  [String.raw`#\}`, 'Punctuation', '#pop'],
  // Embedded Scheme, `#` (delayed) or `$` (immediate); `#@` and `$@` splice lists.
  ['[#$]@?', 'Punctuation', 'value'],
  // Punctuation: `{ }`, `<< \\ >>`, chords, bar checks, property dots, `=`, lists, tremolo colons,
  // and lyrics' `--` and `__` after ASCII whitespace.
  [
    String.raw`(?x)
       \\\\
       | (?<= \s ) (?: -- | __ )
       | [{}<>=.,:|]
    `,
    'Punctuation',
  ],
  // Pitches, with octave marks, octave check and forced or cautionary accidental.
  [words(LILYPOND_PITCHES, '', String.raw`=?[',]*!?\??` + NAME_END), 'Token.Pitch'],
  // Strings, optionally with direction specifier.
  [String.raw`[\-_^]?"`, 'Literal.String', 'string'],
  // Numbers (`5.` and `.5` are not allowed), fractions
  [String.raw`-?\d+\.\d+`, 'Literal.Number.Float'],
  [String.raw`-?\d+/\d+`, 'Literal.Number.Fraction'],
  // Integers or durations with augmentation dots (one cannot tell them apart); a negative number
  // needs a space before it, else it is a fingering below.
  [
    String.raw`(?x)
       (?<= \s ) -\d+
       | (?: (?: \d+ | \\breve | \\longa | \\maxima )
             \.* )
    `,
    'Literal.Number',
  ],
  // Separates duration and duration multiplier.
  [String.raw`\*`, 'Literal.Number'],
  // Ties, slurs, manual beams.
  [String.raw`[~()[\]]`, 'Name.Builtin.Articulation'],
  // Articulation shortcuts, which need a direction specifier.
  [String.raw`[\-_^][>^_!.\-+]`, 'Name.Builtin.Articulation'],
  // Fingering numbers, string numbers.
  [String.raw`[\-_^]?\\?\d+`, 'Name.Builtin.Articulation'],
  // Builtins.
  [builtinWords(LILYPOND_KEYWORDS, 'mandatory'), 'Keyword'],
  [builtinWords(LILYPOND_PITCH_LANGUAGE_NAMES, 'disallowed'), 'Name.PitchLanguage'],
  [builtinWords(LILYPOND_CLEFS, 'disallowed'), 'Name.Builtin.Clef'],
  [builtinWords(LILYPOND_SCALES, 'mandatory'), 'Name.Builtin.Scale'],
  [builtinWords(LILYPOND_REPEAT_TYPES, 'disallowed'), 'Name.Builtin.RepeatType'],
  [builtinWords(LILYPOND_UNITS, 'mandatory'), 'Literal.Number'],
  [builtinWords(LILYPOND_CHORD_MODIFIERS, 'disallowed'), 'Token.ChordModifier'],
  [builtinWords(LILYPOND_MUSIC_FUNCTIONS, 'mandatory'), 'Name.Builtin.MusicFunction'],
  [builtinWords(LILYPOND_DYNAMICS, 'mandatory'), 'Name.Builtin.Dynamic'],
  // Those like slurs that take no backslash are above.
  [builtinWords(LILYPOND_ARTICULATIONS, 'mandatory'), 'Name.Builtin.Articulation'],
  [builtinWords(LILYPOND_MUSIC_COMMANDS, 'mandatory'), 'Name.Builtin.MusicCommand'],
  [builtinWords(LILYPOND_MARKUP_COMMANDS, 'mandatory'), 'Name.Builtin.MarkupCommand'],
  [builtinWords(LILYPOND_GROBS, 'disallowed'), 'Name.Builtin.Grob'],
  [builtinWords(LILYPOND_TRANSLATORS, 'disallowed'), 'Name.Builtin.Translator'],
  // An optional backslash: \layout { \context { \Score ... } }.
  [builtinWords(LILYPOND_CONTEXTS, 'optional'), 'Name.Builtin.Context'],
  [builtinWords(LILYPOND_CONTEXT_PROPERTIES, 'disallowed'), 'Name.Builtin.ContextProperty'],
  [builtinWords(LILYPOND_GROB_PROPERTIES, 'disallowed'), 'Name.Builtin.GrobProperty', 'maybe-subproperties'],
  // Optional backslashes: output definitions are wrappers around modules
  // (\paper { oddHeaderMarkup = \evenHeaderMarkup }).
  [builtinWords(LILYPOND_PAPER_VARIABLES, 'optional'), 'Name.Builtin.PaperVariable'],
  [builtinWords(LILYPOND_HEADER_VARIABLES, 'optional'), 'Name.Builtin.HeaderVariable'],
  // Other backslashed names (a music variable), possibly with a direction specifier.
  [String.raw`[\-_^]?\\.+?` + NAME_END, 'Name.BackslashReference'],
  // A variable's definition, alist keys too (myAlist.my-key.my-nested-key = \markup \spam).
  [
    String.raw`(?x)
       (?: [^\W\d] | - )+
       (?= (?: [^\W\d] | [\-.] )* \s* = )
    `,
    'Name.Lvalue',
  ],
  // Markup text: a whole word, so a builtin suffix (`myStaff`) is not taken for a builtin.
  [String.raw`([^\W\d]|-)+?` + NAME_END, 'Text'],
  ['.', 'Text'],
];

const definition: LexerDefinition = {
  ...schemeDefinition,
  name: 'LilyPond',
  aliases: ['lilypond'],
  flags: 'sm',
  tokens: {
    ...schemeDefinition.tokens,
    root,
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
    // A LilyPond value inside Scheme (`#{ ... #}`), then Scheme's own value rules (`inherit`).
    value: [[String.raw`#\{`, 'Punctuation', ['#pop', 'root']], ...(schemeDefinition.tokens['value'] ?? [])],
    // Grob subproperties are undeclared: a-known-property.foo.bar-baz is one property name.
    'maybe-subproperties': [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\.)((?:[^\W\d]|-)+?)` + NAME_END, bygroups('Punctuation', 'Name.Builtin.GrobProperty')],
      defaultState('#pop'),
    ],
  },
};

/** SchemeLexer's pass, then LilyPond's: its Scheme functions, and Scheme's builtins marked as such. */
function retype(type: TokenType, value: string): TokenType {
  const scheme = schemeRetype(type, value);
  if (scheme === 'Name.Function' || scheme === 'Name.Variable') return SCHEME_FUNCTIONS.has(value) ? 'Name.Builtin.SchemeFunction' : scheme;
  return scheme === 'Name.Builtin' ? 'Name.Builtin.SchemeBuiltin' : scheme;
}

export const lilypondLexer: LexerFactory = retypingLexer(definition, retype);
