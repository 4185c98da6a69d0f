/**
 * Where a tag sits in a page's front matter, so a tag `tags_allowed` refuses is reported at its
 * line. The front matter is YAML between `---` lines at the top; the tag is looked for in its
 * key's block (`tags: [A, B]` or one `- A` per line).
 *
 *   tagLine('---\ntitle: X\ntags:\n  - Setup\n  - Typo\n---\n', 'tags', 'Typo') // { line: 5, exact: true }
 */

/** The 1-based line of `tag` under `property` (exact), else of the key itself; undefined when the front matter lacks the key. */
export function tagLine(source: string, property: string, tag: string): { line: number; exact: boolean } | undefined {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  const last = end === -1 ? lines.length : end;
  const key = new RegExp(`^(['"]?)${escapeRegExp(property)}\\1\\s*:`);
  const start = lines.findIndex((line, i) => i > 0 && i < last && key.test(line));
  if (start === -1) return undefined;
  // The scalar, plain or quoted, between YAML's list punctuation.
  const scalar = new RegExp(`(^|[\\s\\[,:-])(['"]?)${escapeRegExp(tag)}\\2\\s*($|[\\],#])`);
  for (let i = start; i < last; i++) {
    const line = lines[i] ?? '';
    if (i > start && /^\S/.test(line) && !line.startsWith('-')) break;
    const value = i === start ? line.slice(line.indexOf(':') + 1) : line;
    if (scalar.test(value)) return { line: i + 1, exact: true };
  }
  return { line: start + 1, exact: false };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
