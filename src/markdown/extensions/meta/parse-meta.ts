/**
 * Python-Markdown's meta preprocessor: `Key: value` lines at the very top of what Markdown is
 * given (after an optional `---` line), continued by lines indented 4 spaces, up to a blank
 * line, a `---`/`...` line or the first line that is neither.
 *
 * ```md
 * Title: My Page        ->  meta { title: ['My Page'], authors: ['Ann', 'Bob'] }, body "\n\n\n\nText"
 * Authors: Ann
 *     Bob
 *
 * Text
 * ```
 * Under MkDocs the page's own front matter is gone before Markdown runs (MkDocs strips it,
 * core/front-matter.ts), so this only finds a second block, after the empty lines MkDocs strips:
 * `---\ntitle: x\n---\nAuthor: y\n\ntext` renders as `<p>text</p>`. Removed lines become blank
 * lines, so positions stay those of the page.
 */

export interface MarkdownMeta {
  /** Keys lowercased; one value per line, as Python-Markdown's `md.Meta`. */
  readonly meta: Record<string, string[]>;
  readonly body: string;
}

const KEY = /^ {0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
const MORE = /^ {4,}(.*)$/;
const BEGIN = /^-{3}(?:\s.*)?$/;
const END = /^(?:-{3}|\.{3})(?:\s.*)?$/;

export function parseMeta(source: string): MarkdownMeta {
  const lines = source.split('\n');
  const meta: Record<string, string[]> = {};
  // MkDocs hands Markdown its page with leading empty lines stripped (get_data's lstrip('\n')),
  // and core/front-matter.ts left blank lines where the page meta was: skip them.
  let first = 0;
  while (first < lines.length - 1 && lines[first] === '') first += 1;
  let index = first;
  if (BEGIN.test(lines[index] ?? '')) index += 1;
  let key: string | undefined;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    // The blank line or end marker that closes the block is consumed with it.
    if (line.trim() === '' || END.test(line)) {
      index += 1;
      break;
    }
    const keyed = KEY.exec(line);
    if (keyed) {
      key = (keyed[1] ?? '').toLowerCase();
      (meta[key] ??= []).push(pyStrip(keyed[2] ?? ''));
      continue;
    }
    const more = MORE.exec(line);
    if (more && key !== undefined) {
      meta[key]?.push(pyStrip(more[1] ?? ''));
      continue;
    }
    break;
  }
  if (index === first) return { meta, body: source };
  return { meta, body: [...lines.slice(0, index).map(() => ''), ...lines.slice(index)].join('\n') };
}

/** Python's str.strip(): Unicode whitespace and the information separators. */
function pyStrip(text: string): string {
  return text.replace(/^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$/g, '');
}
