/**
 * MkDocs strips page meta before Markdown sees the page: a YAML block between `---` lines at
 * the very top, or MultiMarkdown `Key: value` lines up to the first blank line.
 * The stripped lines are replaced by blank lines so every later position is still the
 * position in the file.
 */
import { load, YAMLException } from 'js-yaml';

export interface FrontMatter {
  readonly meta: Record<string, unknown>;
  /** The source with the meta lines blanked. */
  readonly body: string;
  readonly error?: { readonly message: string; readonly line: number } | undefined;
}

const YAML_BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const MMD_FIRST = /^[A-Za-z0-9_-]+:[ \t]*\S/;
const MMD_KEY = /^([A-Za-z0-9_-]+):[ \t]*(.*)$/;
const MMD_MORE = /^(?: {4}|\t)(.*)$/;

export function splitFrontMatter(source: string): FrontMatter {
  const block = YAML_BLOCK.exec(source);
  if (block) {
    const matched = block[0];
    const body = blank(matched) + source.slice(matched.length);
    try {
      const data: unknown = load(block[1] ?? '');
      if (data === null || data === undefined) return { meta: {}, body };
      if (typeof data === 'object' && !Array.isArray(data)) return { meta: { ...data }, body };
      return { meta: {}, body, error: { message: 'front matter is not a mapping of keys to values', line: 2 } };
    } catch (cause) {
      const line = cause instanceof YAMLException && cause.mark ? cause.mark.line + 2 : 2;
      const reason = cause instanceof YAMLException ? cause.reason : String(cause);
      return { meta: {}, body, error: { message: `invalid YAML front matter: ${reason}`, line } };
    }
  }
  return splitMultiMarkdown(source);
}

/** MultiMarkdown meta: `Title: x` lines at the top, continued by 4-space indented lines. */
function splitMultiMarkdown(source: string): FrontMatter {
  const lines = source.split('\n');
  if (!MMD_FIRST.test(lines[0] ?? '')) return { meta: {}, body: source };
  const meta: Record<string, unknown> = {};
  let key: string | undefined;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').replace(/\r$/, '');
    if (line.trim() === '') break;
    const pair = MMD_KEY.exec(line);
    const more = MMD_MORE.exec(line);
    if (pair?.[1] !== undefined) {
      key = pair[1].toLowerCase();
      meta[key] = (pair[2] ?? '').trim();
    } else if (more && key !== undefined) {
      meta[key] = `${String(meta[key])}\n${(more[1] ?? '').trim()}`;
    } else {
      // Not meta after all: MkDocs keeps the whole text as Markdown.
      return { meta: {}, body: source };
    }
  }
  const body = lines.map((line, i) => (i < index ? '' : line)).join('\n');
  return { meta, body };
}

function blank(text: string): string {
  return '\n'.repeat(text.split('\n').length - 1);
}
