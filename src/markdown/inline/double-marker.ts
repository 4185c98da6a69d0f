/**
 * The pattern lists of pymdownx.caret (`^^ins^^`, `^sup^`) and pymdownx.tilde (`~~del~~`,
 * `~sub~`), which PyMdown writes twice with only the character and tags changed: here once,
 * for a marker and its double / single tags, in PyMdown's order. Python's `\w` is Unicode.
 */
import type { SequencePattern } from './pattern-sequence.ts';

export interface DoubleMarkerOptions {
  /** `^` or `~`. */
  readonly marker: string;
  /** Tag of the double marker (`ins`, `del`) and of the single one (`sup`, `sub`). */
  readonly double: string;
  readonly single: string;
  readonly smart: boolean;
  readonly doubleEnabled: boolean;
  readonly singleEnabled: boolean;
}

const W = String.raw`\p{L}\p{N}_`;

function compile(source: string): RegExp {
  return new RegExp(source, 'suy');
}

/** Lone runs of the marker between spaces stay text (`NOT_CARET`, `NOT_TILDE`). */
export function lonePattern(marker: string): RegExp {
  const x = marker === '^' ? '\\^' : marker;
  return new RegExp(String.raw`((^|(?<=\s))(${x}+)(?=\s|$))`, 'gsu');
}

export function doubleMarkerPatterns(options: DoubleMarkerOptions): SequencePattern[] {
  const x = options.marker === '^' ? '\\^' : options.marker;
  const a = options.double;
  const b = options.single;
  const content = String.raw`(${x}|[^\s]+?)`;
  const content2 = String.raw`((?:[^${x}]|(?<!${x}{2})${x})+?)`;
  const smartContent = String.raw`(.+?${x}*?)`;
  const smartLimited = String.raw`((?:[^${x}]|(?<=[${W}])${x}+?(?=[${W}])|(?<=\s)${x}+?(?=\s))+?)`;
  const wordEnd = String.raw`(?:(?=_)|(?![${W}${x}]))`;
  const wordStart = String.raw`(?:(?<=_)|(?<![${W}${x}]))`;
  const single: SequencePattern = { pattern: compile(String.raw`(${x})(?!\s)${content}(?<!\s)\1`), builder: 'single', tags: b };
  const single2: SequencePattern = { pattern: compile(String.raw`(?<!${x})(${x})(?![${x}\s])((?:[^${x}\s]|${x}{2,})+?)(?<![${x}\s])(${x})(?!${x})`), builder: 'single', tags: b, fullRecursion: true };
  const dumbDouble: SequencePattern = { pattern: compile(String.raw`(${x}{2})(?!\s)${content2}(?<!\s)\1`), builder: 'single', tags: a };
  const smartDouble: SequencePattern = { pattern: compile(String.raw`${wordStart}(${x}{2})(?![\s${x}])${smartContent}(?<!\s)\1${wordEnd}`), builder: 'single', tags: a };
  if (options.doubleEnabled && !options.singleEnabled) return [options.smart ? smartDouble : dumbDouble];
  if (!options.doubleEnabled) return options.singleEnabled ? [single] : [];
  if (options.smart) {
    return [
      { pattern: compile(String.raw`(${x}{3})(?![\s${x}])${content}(?<!\s)\1`), builder: 'double', tags: `${a},${b}` },
      { pattern: compile(String.raw`(${x}{3})(?![\s${x}])${content}(?<!\s)${x}{2}${wordEnd}${content}(?<!\s)${x}`), builder: 'double', tags: `${b},${a}` },
      { pattern: compile(String.raw`(${x}{3})(?![\s${x}])${content}(?<!\s)${x}${wordEnd}${smartLimited}(?<!\s)${x}{2}`), builder: 'double', tags: `${a},${b}` },
      { pattern: compile(String.raw`(?<!${x})(${x}{2})(?![\s${x}])${smartLimited}${wordStart}${x}(?![\s${x}])${content}(?<!\s)${x}{3}`), builder: 'double2', tags: `${a},${b}` },
      smartDouble,
      { pattern: compile(String.raw`(?<!${x})(${x})(?![\s${x}])${content}${wordStart}${x}{2}(?![\s${x}])${content}(?<!\s)${x}{3}`), builder: 'double2', tags: `${b},${a}` },
      single2,
      single,
    ];
  }
  return [
    { pattern: compile(String.raw`(${x}{3})(?!\s)(${x}{1,2}|[^${x}\s]+?)(?<!\s)\1`), builder: 'double', tags: `${a},${b}` },
    { pattern: compile(String.raw`(${x}{3})(?![\s${x}])${content}(?<!\s)${x}{2}${content}(?<!\s)${x}`), builder: 'double', tags: `${b},${a}` },
    { pattern: compile(String.raw`(${x}{3})(?![\s${x}])${content}(?<!\s)${x}${content2}(?<!\s)${x}{2}`), builder: 'double', tags: `${a},${b}` },
    { pattern: compile(String.raw`(${x}{2})(?![\s${x}])${content2}${x}(?![\s${x}])${content}(?<!\s)${x}{3}`), builder: 'double2', tags: `${a},${b}` },
    dumbDouble,
    { pattern: compile(String.raw`(?<!${x})(${x})(?![${x}\s])${content}${x}{2}${content}${x}{3}`), builder: 'double2', tags: `${b},${a}` },
    single2,
    single,
  ];
}
