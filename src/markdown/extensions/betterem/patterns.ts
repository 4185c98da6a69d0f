/**
 * betterem's pattern lists for `*` and `_`, in PyMdown's order, dumb or smart ("smart": a marker
 * inside a word is text, `snake_case_name` stays as is). Python's `\w` is Unicode here.
 */
import type { SequencePattern } from '../../inline/pattern-sequence.ts';

const W = String.raw`\p{L}\p{N}_`;

function compile(source: string): RegExp {
  return new RegExp(source, 'suy');
}

/**
 * `NOT_STRONG`: lone `*` / `_` runs between spaces stay text. PyMdown applies it to both markers
 * before either processor; each of our passes applies it to its own marker (same result: a run
 * of one marker never touches the other processor's matches).
 */
export function loneEmphasisMarkers(marker: '*' | '_'): RegExp {
  return new RegExp(String.raw`((^|(?<=\s))(${marker === '*' ? '\\*' : '_'}+)(?=\s|$))`, 'gsu');
}

/** The non-smart list; the same shapes for both markers. */
function dumb(x: string): SequencePattern[] {
  const content = String.raw`(${x}|(?:(?<=\s)${x}|[^${x}])+?)`;
  const content2 = String.raw`((?:[^${x}]|(?<!${x}{2})${x})+?)`;
  return [
    { pattern: compile(String.raw`(${x}{3})(?!\s)(${x}{1,2}|[^${x}]+?)(?<!\s)\1`), builder: 'double', tags: 'strong,em' },
    { pattern: compile(String.raw`(${x}{3})(?![\s${x}])${content}(?<!\s)${x}{2}${content}(?<!\s)${x}`), builder: 'double', tags: 'em,strong' },
    { pattern: compile(String.raw`(${x}{3})(?![\s${x}])${content}(?<!\s)${x}${content}(?<!\s)${x}{2}`), builder: 'double', tags: 'strong,em' },
    { pattern: compile(String.raw`(${x}{2})(?![\s${x}])${content}${x}(?![\s${x}])${content}(?<!\s)${x}{3}`), builder: 'double2', tags: 'strong,em' },
    { pattern: compile(String.raw`(${x}{2})(?!\s)${content2}(?<!\s)\1`), builder: 'single', tags: 'strong' },
    { pattern: compile(String.raw`(?<!${x})(${x})(?![${x}\s])${content}${x}{2}${content}${x}{3}`), builder: 'double2', tags: 'em,strong' },
    { pattern: compile(String.raw`(?<!${x})(${x})(?![${x}\s])((?:[^${x}]|${x}{2,})+?)(?<![${x}\s])(${x})(?!${x})`), builder: 'single', tags: 'em', fullRecursion: true },
    { pattern: compile(String.raw`(${x})(?!\s)${content}(?<!\s)\1`), builder: 'single', tags: 'em' },
  ];
}

function smartStar(): SequencePattern[] {
  const x = '\\*';
  const content = String.raw`(.+?${x}*?)`;
  const limited = String.raw`((?:[^${x}]|(?<=[${W}])${x}+?(?=[${W}])|(?<=\s)${x}+?(?=\s))+?)`;
  const start = String.raw`(?:(?<=_)|(?<![${W}${x}]))`;
  const end = String.raw`(?:(?=_)|(?![${W}${x}]))`;
  return [
    { pattern: compile(String.raw`${start}(${x}{3})(?![\s${x}])${content}(?<!\s)\1${end}`), builder: 'double', tags: 'strong,em' },
    { pattern: compile(String.raw`${start}(${x}{3})(?![\s${x}])${limited}(?<![\s${x}])${x}{2}${end}${limited}(?<![\s${x}])${x}${end}`), builder: 'double', tags: 'em,strong' },
    { pattern: compile(String.raw`${start}(${x}{3})(?![\s${x}])${limited}(?<![\s${x}])${x}${end}${limited}(?<![\s${x}])${x}{2}${end}`), builder: 'double', tags: 'strong,em' },
    { pattern: compile(String.raw`${start}(${x}{2})(?![\s${x}])${limited}${start}${x}(?![\s${x}])${limited}(?<![\s${x}])${x}{3}${end}`), builder: 'double2', tags: 'strong,em' },
    { pattern: compile(String.raw`${start}(${x}{2})(?![\s${x}])${content}(?<!\s)\1${end}`), builder: 'single', tags: 'strong' },
    { pattern: compile(String.raw`${start}(${x})(?![\s${x}])${limited}${start}${x}{2}(?![\s${x}])${limited}(?<!\s)${x}{3}${end}`), builder: 'double2', tags: 'em,strong' },
    { pattern: compile(String.raw`${start}(${x})(?![${x}\s])((?:[^${x}]|${x}{2,})+?)(?<![${x}\s])(${x})${end}`), builder: 'single', tags: 'em', fullRecursion: true },
    { pattern: compile(String.raw`${start}(${x})(?![\s${x}])${content}(?<!\s)\1${end}`), builder: 'single', tags: 'em' },
  ];
}

function smartUnderscore(): SequencePattern[] {
  const content = String.raw`(.+?_*?)`;
  const limited = String.raw`((?:[^_]|(?<=[\p{L}\p{N}])_+?(?=[\p{L}\p{N}])|(?<=\s)_+?(?=\s))+?)`;
  const notBefore = `(?<![${W}])`;
  const notAfter = `(?![${W}])`;
  return [
    { pattern: compile(String.raw`${notBefore}(_{3})(?![\s_])${content}(?<!\s)\1${notAfter}`), builder: 'double', tags: 'strong,em' },
    { pattern: compile(String.raw`${notBefore}(_{3})(?![\s_])${limited}(?<!\s)_{2}${notAfter}${limited}(?<!\s)_${notAfter}`), builder: 'double', tags: 'em,strong' },
    { pattern: compile(String.raw`${notBefore}(_{3})(?![\s_])${limited}(?<!\s)_${notAfter}${limited}(?<!\s)_{2}${notAfter}`), builder: 'double', tags: 'strong,em' },
    { pattern: compile(String.raw`${notBefore}(_{2})(?![\s_])${limited}${notBefore}_(?![\s_])${limited}(?<!\s)_{3}${notAfter}`), builder: 'double2', tags: 'strong,em' },
    { pattern: compile(String.raw`${notBefore}(_{2})(?![\s_])${content}(?<!\s)\1${notAfter}`), builder: 'single', tags: 'strong' },
    { pattern: compile(String.raw`${notBefore}(_)(?![\s_])${limited}${notBefore}_{2}(?![\s_])${limited}(?<!\s)_{3}${notAfter}`), builder: 'double2', tags: 'em,strong' },
    { pattern: compile(String.raw`(?<![${W}])(_)(?![_\s])((?:[^_]|_{2,})+?)(?<![_\s])(_)${notAfter}`), builder: 'single', tags: 'em', fullRecursion: true },
    { pattern: compile(String.raw`${notBefore}(_)(?![\s_])${content}(?<!\s)\1${notAfter}`), builder: 'single', tags: 'em' },
  ];
}

export function asteriskPatterns(smart: boolean): SequencePattern[] {
  return smart ? smartStar() : dumb('\\*');
}

export function underscorePatterns(smart: boolean): SequencePattern[] {
  return smart ? smartUnderscore() : dumb('_');
}
