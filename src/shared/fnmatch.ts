/**
 * Python's `fnmatch` as MkDocs plugins use it on POSIX (where it is `fnmatchcase`): the
 * git-revision-date-localized and exclude plugins, and Material's file filters
 * (material.extensions.preview) match docs-relative paths with it.
 */

/**
 * Python's fnmatch pattern as a RegExp over the whole path: `*` any text (`/` too), `?` one
 * character, `[seq]` and `[!seq]` a set; the rest literal.
 *
 * @example fnmatch('drafts/*').test('drafts/a/b.md') // true
 */
export function fnmatch(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '*') source += '[^]*';
    else if (char === '?') source += '[^]';
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        let set = pattern.slice(i + 1, close);
        const negated = set.startsWith('!');
        if (negated) set = set.slice(1);
        source += `[${negated ? '^' : ''}${set.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}
