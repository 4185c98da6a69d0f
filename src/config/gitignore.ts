/**
 * gitignore-style patterns, as MkDocs reads `exclude_docs` and `not_in_nav` (through pathspec's
 * GitIgnoreSpec): `#` comments, `!` re-includes, a trailing `/` for folders only, a leading or
 * inner `/` anchors to docs_dir, otherwise the name matches at any depth; `*`, `?`, `[a-z]`, `**`.
 * The last matching pattern wins; a pattern matching a folder matches everything inside it.
 *
 * Hand-written rather than the npm `ignore` package on purpose: `ignore` follows git, where a
 * file inside an excluded folder can never be re-included (`drafts/` then `!drafts/a.md` still
 * ignores drafts/a.md), while pathspec's last-match-wins keeps it, and MkDocs uses pathspec.
 * Which pages a site has is at stake, so the rules are pathspec's (tests/config pin the case).
 *
 *   createIgnoreMatcher(['drafts/', '*.tmp', '!keep.tmp']).ignores('drafts/a.md') // true
 */

export interface IgnoreMatcher {
  /** `relativePath` is docs-relative with `/` separators. */
  ignores(relativePath: string, isDirectory?: boolean): boolean;
}

interface Rule {
  readonly regex: RegExp;
  readonly negated: boolean;
  readonly directoryOnly: boolean;
}

export function createIgnoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const rules = patterns.flatMap((line) => {
    const rule = parseRule(line);
    return rule ? [rule] : [];
  });
  return {
    ignores(relativePath, isDirectory = false) {
      const parts = relativePath.split('/').filter((part) => part !== '');
      const candidates = parts.map((_, index) => ({
        path: parts.slice(0, index + 1).join('/'),
        isDirectory: index < parts.length - 1 || isDirectory,
      }));
      let ignored = false;
      for (const rule of rules) {
        const hit = candidates.some((candidate) => (!rule.directoryOnly || candidate.isDirectory) && rule.regex.test(candidate.path));
        if (hit) ignored = !rule.negated;
      }
      return ignored;
    },
  };
}

function parseRule(line: string): Rule | undefined {
  // Trailing spaces are dropped unless escaped with a backslash.
  let pattern = line.replace(/(?<!\\)\s+$/, '');
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  let negated = false;
  if (pattern.startsWith('!')) {
    negated = true;
    pattern = pattern.slice(1);
  } else if (pattern.startsWith('\\!') || pattern.startsWith('\\#')) {
    pattern = pattern.slice(1);
  }
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.slice(0, -1);
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  if (pattern === '') return undefined;
  const segments = pattern.split('/');
  let source = anchored ? '' : '(?:.*/)?';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:.*/)?';
    else source += globSegment(segment) + (last ? '' : '/');
  });
  return { regex: new RegExp(`^${source}$`, 'u'), negated, directoryOnly };
}

/** One path segment's glob -> regex source (`*` and `?` never cross a `/`). */
function globSegment(segment: string): string {
  let out = '';
  for (let index = 0; index < segment.length; index++) {
    const char = segment.charAt(index);
    if (char === '\\' && index + 1 < segment.length) {
      out += escapeRegex(segment.charAt(++index));
    } else if (char === '*') {
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = segment.indexOf(']', index + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(index + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\(?!\])/g, '\\\\')}]`;
      index = close;
    } else {
      out += escapeRegex(char);
    }
  }
  return out;
}

function escapeRegex(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}
