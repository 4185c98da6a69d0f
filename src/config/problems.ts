/**
 * Turns validation failures into ConfigErrors that point at the offending key:
 *
 *   mkdocs.yml:14:12: invalid value for 'theme.font.text': found 3 (a number), expected a string
 */
import type { z } from 'zod';
import { ConfigError, describeValue, type SourcePlace } from './errors.ts';
import { findPosition, type PositionNode } from './positions.ts';

export type ValuePath = ReadonlyArray<string | number>;

export interface Problem {
  readonly path: ValuePath;
  readonly expected: string;
  /** Defaults to "invalid value for '<path>'". */
  readonly what?: string;
}

/** `['theme', 'palette', 0, 'primary']` -> `theme.palette[0].primary`. */
export function formatPath(path: ValuePath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

export function valueAt(root: unknown, path: ValuePath): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Object.hasOwn(value, segment) ? Reflect.get(value, segment) : undefined;
  }
  return value;
}

/** The place a problem points at: the value if it was written, else the closest parent key. */
export function placeOf(positions: PositionNode | undefined, path: ValuePath, file: string): SourcePlace {
  return findPosition(positions, path)?.value ?? { file, line: 1, column: 1 };
}

export function problemError(problems: readonly Problem[], root: unknown, positions: PositionNode | undefined, file: string): ConfigError {
  const lines = problems.map((problem) => {
    const found = valueAt(root, problem.path);
    const what = problem.what
      ?? (found === undefined ? `missing required setting '${formatPath(problem.path)}'` : `invalid value for '${formatPath(problem.path)}'`);
    return { place: placeOf(positions, problem.path, file), reason: `${what}: found ${describeValue(found)}, expected ${problem.expected}` };
  });
  // In file order, like reading the file top to bottom.
  lines.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0) || (a.place.column ?? 0) - (b.place.column ?? 0));
  const [first, ...rest] = lines;
  if (!first) return new ConfigError({ file }, 'invalid configuration');
  const error = new ConfigError(first.place, first.reason);
  // Further problems follow on their own lines, each with its own place, like MkDocs lists them all.
  if (rest.length > 0) {
    error.message += rest.map((line) => `\n${new ConfigError(line.place, line.reason).message}`).join('');
  }
  return error;
}

/** zod issues -> problems. A failed union is narrowed to the branch matching the value's kind. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], prefix: ValuePath = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((segment) => typeof segment !== 'symbol')];
    if (issue.code === 'invalid_union') {
      const branch = issue.errors.find((branchIssues) => !branchIssues.some((inner) => inner.path.length === 0));
      if (branch) {
        problems.push(...zodProblems(branch, path));
        continue;
      }
    }
    problems.push({ path, expected: issue.message });
  }
  return problems;
}
