/**
 * MkDocs strips page meta before Markdown sees the page: a YAML block between `---` lines at
 * the very top (only when it is a mapping; otherwise the page is left whole, as MkDocs'
 * `get_data` does); without a YAML block, MultiMarkdown `Key: value` lines at the top, up to a
 * blank line or the first line that is neither (mkdocs/utils/meta.py, whatever the extensions).
 * The stripped lines are replaced by blank lines so every later position is still the
 * position in the file.
 */
import { load, YAMLException } from 'js-yaml';
import { parseLikePyYaml } from '../../shared/yaml-indent.ts';
import { yamlTooLarge } from '../../shared/yaml-size.ts';

/** A page's meta is a handful of keys; 100,000 values is far beyond any real front matter. */
const MAX_FRONT_MATTER_VALUES = 100_000;

export interface FrontMatter {
  readonly meta: Record<string, unknown>;
  /** The source with the meta lines blanked. */
  readonly body: string;
  readonly error?: { readonly message: string; readonly line: number } | undefined;
}

const YAML_BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
// MkDocs' META_RE and META_MORE_RE.
const MMD_KEY = /^ {0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
const MMD_MORE = /^(?: {4}|\t)\s*(.*)$/;

export function splitFrontMatter(source: string): FrontMatter {
  const block = YAML_BLOCK.exec(source);
  if (block) {
    const matched = block[0];
    const body = blank(matched) + source.slice(matched.length);
    try {
      // MkDocs reads it with PyYAML, which lets a quoted value's lines sit under-indented.
      const data: unknown = parseLikePyYaml(block[1] ?? '', (text) => load(text));
      // A page's meta is walked by the theme and serialized with the page: an alias bomb is refused here.
      const tooLarge = yamlTooLarge(data, MAX_FRONT_MATTER_VALUES);
      if (tooLarge) return { meta: {}, body, error: { message: `front matter ignored: ${tooLarge}`, line: 1 } };
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { meta: { ...data }, body };
      // Not a mapping (a rule, some text, a list): MkDocs keeps the page as written.
      return { meta: {}, body: source };
    } catch (cause) {
      // MkDocs renders the block as Markdown too, but a broken YAML block is almost always a
      // mistake worth a warning.
      const line = cause instanceof YAMLException && cause.mark ? cause.mark.line + 2 : 2;
      const reason = cause instanceof YAMLException ? cause.reason : String(cause);
      return { meta: {}, body: source, error: { message: `invalid YAML front matter, rendered as Markdown: ${reason}`, line } };
    }
  }
  return splitMultiMarkdown(source);
}

/** MultiMarkdown meta: `Title: x` lines at the top, continued by 4-space indented lines. */
function splitMultiMarkdown(source: string): FrontMatter {
  const lines = source.split('\n');
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
      const value = (pair[2] ?? '').trim();
      meta[key] = key in meta ? `${String(meta[key])} ${value}` : value;
    } else if (more && key !== undefined) {
      meta[key] = `${String(meta[key])} ${(more[1] ?? '').trim()}`;
    } else {
      // The first line that is not meta ends it and stays Markdown (Python-Markdown puts it back).
      break;
    }
  }
  const body = lines.map((line, i) => (i < index ? '' : line)).join('\n');
  return { meta, body };
}

function blank(text: string): string {
  return '\n'.repeat(text.split('\n').length - 1);
}
