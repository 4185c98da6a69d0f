/**
 * Python-Markdown's emphasis: its `AsteriskProcessor` (`*`, priority 60) and
 * `UnderscoreProcessor` (`_`, priority 50) are ordered regex lists tried at each marker, the
 * same engine as PyMdown's pattern sequences (inline/pattern-sequence.ts), so they run as two
 * passes of it over the parsed tree, after every inline pattern of higher priority (code,
 * links, HTML, the PyMdown inlines) has made its nodes. micromark's emphasis is switched off:
 * its delimiter pairing is CommonMark's, not Python-Markdown's.
 *
 * ```md
 * *a **b** c*             ->  <em>a </em><em>b</em><em> c</em>
 * THIS___SHOULD___STAY?   ->  THIS<strong><em>SHOULD</em></strong>STAY?
 * snake_case_name         ->  snake_case_name   (`_` is "smart": not inside a word)
 * ```
 * `legacy_em` swaps the `_` list for Python-Markdown 2's, where `_` works inside words like `*`.
 */
import type { PluggableList } from 'unified';
import { patternSequencePlugin } from '../inline/sequence-pass.ts';
import type { SequencePattern } from '../inline/pattern-sequence.ts';

/** Python's Unicode `\w`. */
const W = String.raw`[\p{L}\p{N}_]`;

/** Python's `re.match(data, pos)` with DOTALL: sticky, dot matches line endings. */
function compile(source: string): RegExp {
  return new RegExp(source, 'suy');
}

/** `NOT_STRONG_RE` (priority 70): a lone run of one to three markers between spaces stays text. */
function notStrong(marker: '*' | '_'): RegExp {
  return new RegExp(String.raw`((^|(?<=\s))(${marker === '*' ? '\\*' : '_'}{1,3})(?=\s|$))`, 'gsu');
}

/** `AsteriskProcessor.PATTERNS`. */
const ASTERISK: readonly SequencePattern[] = [
  { pattern: compile(String.raw`(\*)\1{2}(.+?)\1(.*?)\1{2}`), builder: 'double', tags: 'strong,em' },
  { pattern: compile(String.raw`(\*)\1{2}(.+?)\1{2}(.*?)\1`), builder: 'double', tags: 'em,strong' },
  { pattern: compile(String.raw`(\*)\1(?!\1)([^*]+?)\1(?!\1)(.+?)\1{3}`), builder: 'double2', tags: 'strong,em' },
  { pattern: compile(String.raw`(\*{2})(.+?)\1`), builder: 'single', tags: 'strong' },
  { pattern: compile(String.raw`(\*)([^\*]+)\1`), builder: 'single', tags: 'em' },
];

/** `UnderscoreProcessor.PATTERNS`: triple runs anywhere, the rest only at word edges ("smart"). */
const UNDERSCORE: readonly SequencePattern[] = [
  { pattern: compile(String.raw`(_)\1{2}(.+?)\1(.*?)\1{2}`), builder: 'double', tags: 'strong,em' },
  { pattern: compile(String.raw`(_)\1{2}(.+?)\1{2}(.*?)\1`), builder: 'double', tags: 'em,strong' },
  { pattern: compile(String.raw`(?<!${W})(_)\1(?!\1)(.+?)(?<!${W})\1(?!\1)(.+?)\1{3}(?!${W})`), builder: 'double2', tags: 'strong,em' },
  { pattern: compile(String.raw`(?<!${W})(_{2})(?!_)(.+?)(?<!_)\1(?!${W})`), builder: 'single', tags: 'strong' },
  { pattern: compile(String.raw`(?<!${W})(_)(?!_)(.+?)(?<!_)\1(?!${W})`), builder: 'single', tags: 'em' },
];

/** legacy_em's `LegacyUnderscoreProcessor.PATTERNS`: `_` as `*` (inside words too). */
const LEGACY_UNDERSCORE: readonly SequencePattern[] = [
  { pattern: compile(String.raw`(_)\1{2}(.+?)\1(.*?)\1{2}`), builder: 'double', tags: 'strong,em' },
  { pattern: compile(String.raw`(_)\1{2}(.+?)\1{2}(.*?)\1`), builder: 'double', tags: 'em,strong' },
  { pattern: compile(String.raw`(_)\1(?!\1)([^_]+?)\1(?!\1)(.+?)\1{3}`), builder: 'double2', tags: 'strong,em' },
  { pattern: compile(String.raw`(_{2})(.+?)\1`), builder: 'single', tags: 'strong' },
  { pattern: compile(String.raw`(_)([^_]+)\1`), builder: 'single', tags: 'em' },
];

export interface EmphasisOptions {
  /** legacy_em is enabled: Python-Markdown 2's `_` rules. */
  readonly legacyUnderscore: boolean;
}

/** micromark's own emphasis, off: these passes build every `em` and `strong`. */
export const noMicromarkEmphasis = { disable: { null: ['attention'] } };

/** The two passes, `*` first (its priority is higher). */
export function pythonEmphasisPasses(options: EmphasisOptions): PluggableList {
  return [
    patternSequencePlugin({ marker: '*', protect: [notStrong('*')], patterns: ASTERISK }),
    patternSequencePlugin({ marker: '_', protect: [notStrong('_')], patterns: options.legacyUnderscore ? LEGACY_UNDERSCORE : UNDERSCORE }),
  ];
}
