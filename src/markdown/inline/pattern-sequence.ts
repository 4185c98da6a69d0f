/**
 * PyMdown's `PatternSequenceProcessor` (pymdownx/util.py), the engine of betterem, caret, tilde
 * and mark: at each marker character, an ordered list of regexes is tried; the first that matches
 * there builds one element (`single`), an element inside another (`double`: `<ins><sup>a</sup>
 * b</ins>`), or an element followed by a nested one (`double2`: `<sup>a <ins>b</ins></sup>`), and
 * the content is parsed again with the patterns after the one that matched.
 *
 * ```ts
 * runSequence('x ^^a^^ y', caretPatterns)  // ['x ', { tag: 'ins', children: ['a'] }, ' y']
 * ```
 * Regexes are written for JavaScript with the sticky flag: `pattern.lastIndex = pos` then `exec`
 * is Python's `pattern.match(data, pos)` (lookbehinds still see what is before `pos`).
 */

export interface SequencePattern {
  readonly pattern: RegExp;
  readonly builder: 'single' | 'double' | 'double2';
  /** `ins` or `ins,sup` (outer, inner). */
  readonly tags: string;
  /** Sub-content is parsed with every pattern, not only the later ones. */
  readonly fullRecursion?: boolean | undefined;
}

export interface SequenceElement {
  readonly tag: string;
  readonly children: SequenceNode[];
}

export type SequenceNode = string | SequenceElement;

function matchAt(item: SequencePattern, data: string, pos: number): RegExpExecArray | null {
  const regex = item.pattern;
  regex.lastIndex = pos;
  return regex.exec(data);
}

/** The whole text through the processor: text and elements, in order. */
export function runSequence(data: string, marker: string, patterns: readonly SequencePattern[]): SequenceNode[] {
  const out: SequenceNode[] = [];
  let last = 0;
  let pos = data.indexOf(marker);
  while (pos !== -1) {
    let end = -1;
    for (const [index, item] of patterns.entries()) {
      const m = matchAt(item, data, pos);
      if (!m) continue;
      if (m.index > last) out.push(data.slice(last, m.index));
      out.push(build(m, item, index, marker, patterns));
      end = m.index + m[0].length;
      break;
    }
    if (end === -1) pos = data.indexOf(marker, pos + 1);
    else {
      last = end;
      pos = data.indexOf(marker, end);
    }
  }
  if (last < data.length) out.push(data.slice(last));
  return out;
}

function build(m: RegExpExecArray, item: SequencePattern, index: number, marker: string, patterns: readonly SequencePattern[]): SequenceElement {
  const [outer = '', inner = ''] = item.tags.split(',');
  const recurse = (text: string | undefined): SequenceNode[] => subPatterns(text ?? '', item.fullRecursion === true, index, marker, patterns);
  if (item.builder === 'single') return { tag: outer, children: recurse(m[2]) };
  if (item.builder === 'double') {
    const children: SequenceNode[] = [{ tag: inner, children: recurse(m[2]) }];
    // Python checks `len(m.groups()) == 3`: patterns with a third group add it after the inner element.
    if (m.length - 1 === 3) children.push(...recurse(m[3]));
    return { tag: outer, children };
  }
  return { tag: outer, children: [...recurse(m[2]), { tag: inner, children: recurse(m[3]) }] };
}

/**
 * `parse_sub_patterns`: like `runSequence` inside an element, with PyMdown's quirk kept: after a
 * match, the remaining patterns of the list are still tried at the new position.
 */
function subPatterns(data: string, fullRecursion: boolean, idx: number, marker: string, patterns: readonly SequencePattern[]): SequenceNode[] {
  const out: SequenceNode[] = [];
  let offset = 0;
  let pos = 0;
  while (pos < data.length) {
    if (data.startsWith(marker, pos)) {
      let matched = false;
      for (const [index, item] of patterns.entries()) {
        if (!fullRecursion && index <= idx) continue;
        const m = matchAt(item, data, pos);
        if (!m) continue;
        if (m.index > offset) out.push(data.slice(offset, m.index));
        out.push(build(m, item, index, marker, patterns));
        offset = pos = m.index + m[0].length;
        matched = true;
      }
      if (!matched) pos++;
    } else pos++;
  }
  if (offset < data.length) out.push(data.slice(offset));
  return out;
}
