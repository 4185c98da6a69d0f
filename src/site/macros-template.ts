/**
 * A page (or an included file) made ready for nunjucks, where nunjucks and Jinja2 differ in ways
 * a page would show. Lines never move, so nunjucks' line numbers stay the page's.
 *
 * - `{% raw %}…{% endraw %}`: nunjucks finds the end of a raw block with the default `{%` `%}`
 *   whatever the block markers are (parser.js parseRaw), and nests raw blocks where Jinja ends
 *   at the first `endraw`. Raw blocks are taken out here, with Jinja's rule and the configured
 *   markers, and put back through a variable (`{{ __mkdocs_raw[0] }}`), whose tag keeps their
 *   line breaks.
 * - `on_undefined: keep` (the plugin's default, Jinja's DebugUndefined): `{{ name }}` and
 *   `{{ a.b }}` without a value print themselves (`{{ name }}`), where nunjucks prints nothing.
 *   Jinja fails on `{{ a.b }}` when `a` itself is undefined; here it prints itself too.
 * - `{% for k, v in d.items() %}`: nunjucks iterates a mapping's pairs directly and has no
 *   `.items()`, so it is dropped from `for` tags.
 *
 * Not bridged (a page using them fails with a located warning and is kept as written): Python
 * string and list methods (`'a'.upper()`, `.keys()`), `namespace()`, `{% do %}`, loop controls,
 * Jinja tests nunjucks lacks. A value of None (`~` in YAML) prints as nothing, not `None`, and a
 * boolean as `true`/`false`, not `True`/`False` (nunjucks has no `finalize` to change that).
 *
 *   prepareTemplate('{{ missing }} {% raw %}{{ x }}{% endraw %}', tags, 'keep', raws)
 *   // '{{ missing if missing is defined else "{{ missing }}" }} {{ __mkdocs_raw[0] }}'
 */
import type { MacrosDelimiters, UndefinedMode } from './macros.ts';

/** The global that holds the raw blocks' text of the page being rendered. */
export const RAW_VARIABLE = '__mkdocs_raw';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `source` for nunjucks; the text of each raw block is appended to `raws` (shared by a page and
 * the files it includes, which render in the same context).
 */
export function prepareTemplate(source: string, tags: MacrosDelimiters, onUndefined: UndefinedMode, raws: string[]): string {
  const bs = escape(tags.blockStart);
  const be = escape(tags.blockEnd);
  const vs = tags.variableStart;
  const ve = tags.variableEnd;
  // Jinja's raw: the first endraw closes it; `-` trims the whitespace on that side.
  const raw = new RegExp(`${bs}(-?)\\s*raw\\s*(-?)${be}([\\s\\S]*?)${bs}(-?)\\s*endraw\\s*(-?)${be}`, 'g');
  let text = source.replace(raw, (_all, before: string, open: string, body: string, close: string, after: string) => {
    let content = body;
    if (open === '-') content = content.replace(/^\s+/, '');
    if (close === '-') content = content.replace(/\s+$/, '');
    const index = raws.push(content) - 1;
    const breaks = '\n'.repeat((body.match(/\n/g) ?? []).length);
    return `${vs}${before} ${RAW_VARIABLE}[${index}] ${breaks}${after}${ve}`;
  });
  const forTag = new RegExp(`${bs}[-+]?\\s*for\\s[\\s\\S]*?${be}`, 'g');
  text = text.replace(forTag, (tag) => tag.replace(/\.items\(\)/g, ''));
  if (onUndefined === 'keep') {
    // Block tags and comments are matched first and left alone: a `{{ x }}` in a string there is text.
    const skipped = `${bs}[\\s\\S]*?${be}|${escape(tags.commentStart)}[\\s\\S]*?${escape(tags.commentEnd)}`;
    const bare = `${escape(vs)}(-?)\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*(-?)${escape(ve)}`;
    // Jinja's DebugUndefined prints `{{ name }}` with the default markers, whatever j2_* say.
    text = text.replace(new RegExp(`${skipped}|${bare}`, 'g'), (all, before: string | undefined, name: string | undefined, after: string | undefined) =>
      name === undefined ? all : `${vs}${before ?? ''} ${name} if ${name} is defined else "{{ ${name} }}" ${after ?? ''}${ve}`,
    );
  }
  return text;
}
