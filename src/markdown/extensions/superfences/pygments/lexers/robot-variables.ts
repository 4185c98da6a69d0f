/**
 * Robot Framework's VariableSplitter (pygments/lexers/robotframework.py, Pygments 2.20.0, copied there
 * from Robot Framework 2.7.5): finds the last complete `${name}` / `@{list}[index]` in a cell, as a
 * small state machine that counts nested braces and skips backslash-escaped ones.
 *
 *     splitVariable('Log  ${x}[0]', '$@%&')   ->   { start: 5, identifier: '$', base: 'x', end: 9 }
 */

export interface VariableSplit {
  readonly start: number;
  readonly end: number;
  readonly identifier: string;
  readonly base: string;
  /** `@{list}[index]` and `&{dict}[key]` only: the text between the brackets. */
  readonly index: string | undefined;
}

/** Python's `str.find(sub, start, end)` for a one-character `sub`. */
function find(string: string, char: string, start: number, end: number): number {
  const found = string.indexOf(char, start);
  return found !== -1 && found < end ? found : -1;
}

/** Whether an odd number of backslashes precedes `index`. */
function isEscaped(string: string, index: number): boolean {
  let escaped = false;
  let at = index;
  while (at > 0 && string[at - 1] === '\\') {
    at--;
    escaped = !escaped;
  }
  return escaped;
}

/** `_find_variable`: where a variable may start, and the last unescaped `}` it may end at. */
function findVariable(string: string, identifiers: string): [start: number, maxEnd: number] | undefined {
  const maxEnd = string.lastIndexOf('}');
  if (maxEnd === -1) return undefined;
  if (isEscaped(string, maxEnd)) return findVariable(string.slice(0, maxEnd), identifiers);
  // `_find_start_index`: an identifier right before a `{`, not escaped, searching from index 1.
  let from = 1;
  for (;;) {
    const index = find(string, '{', from, maxEnd) - 1;
    if (index < 0) return undefined;
    if (identifiers.includes(string[index] ?? '') && !isEscaped(string, index)) return [index, maxEnd];
    from = index + 2;
  }
}

type State = 'variable' | 'internal' | 'waitingIndex' | 'index';

/** The variable in `string`, or undefined where Robot Framework finds none (start -1). */
export function splitVariable(string: string, identifiers: string): VariableSplit | undefined {
  const found = findVariable(string, identifiers);
  if (found === undefined) return undefined;
  const [start, maxEnd] = found;
  const chars = [string[start] ?? '', '{'];
  const indexChars: string[] = [];
  let openCurly = 1;
  let state: State = 'variable';
  const isListOrDict = (): boolean => chars[0] === '@' || chars[0] === '&';
  // One step of the state machine; false is the StopIteration that ends the scan.
  const variableState = (char: string, index: number): boolean => {
    chars.push(char);
    if (char === '}' && !isEscaped(string, index)) {
      openCurly--;
      if (openCurly === 0) {
        if (!isListOrDict()) return false;
        state = 'waitingIndex';
      }
    } else if (identifiers.includes(char)) state = 'internal';
    return true;
  };
  const step = (char: string, index: number): boolean => {
    switch (state) {
      case 'variable':
        return variableState(char, index);
      case 'internal':
        state = 'variable';
        if (char !== '{') return variableState(char, index);
        chars.push(char);
        openCurly++;
        return true;
      case 'waitingIndex':
        if (char !== '[') return false;
        indexChars.push(char);
        state = 'index';
        return true;
      case 'index':
        indexChars.push(char);
        return char !== ']';
    }
  };
  const scanningIndex = (): boolean => state === 'waitingIndex' || state === 'index';
  for (let index = start + 2; index < string.length; index++) {
    if (!step(string[index] ?? '', index)) break;
    // Past the last `}`, only a list or dict index is still read.
    if (index === maxEnd && !scanningIndex()) break;
  }
  const hasIndex = indexChars.length > 0 && indexChars.at(-1) === ']';
  return {
    start,
    identifier: chars[0] ?? '',
    base: chars.slice(2, -1).join(''),
    end: start + chars.length + (hasIndex ? indexChars.length : 0),
    index: hasIndex ? indexChars.slice(1, -1).join('') : undefined,
  };
}
