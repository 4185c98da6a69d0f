/**
 * Markup as an Astro component writes it, for the parts of the theme drawn as one string instead
 * of a component per entry (the tocs, the primary nav: src/theme/toc-html.ts, nav-html.ts): a
 * page must come out byte for byte as the component drew it, so these follow Astro's own
 * escapeHTML, addAttribute and `class:list` (node_modules/astro/dist/runtime/server).
 */

const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as Astro escapes an expression's string (its escapeHTML): `A & <b>` -> `A &amp; &lt;b&gt;`. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (char) => TEXT_ENTITIES[char] ?? char);
}

/**
 * An attribute as Astro writes an expression's value (its addAttribute): nothing for undefined,
 * the bare name for '', else the value with `&` and `"` escaped.
 *
 *   attribute('href', 'a&b') -> ` href="a&amp;b"`    attribute('title', undefined) -> ``
 */
export function attribute(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${attributeValue(String(value))}"`;
}

/** An attribute's value as Astro writes it between its quotes: `&` and `"` escaped. */
export function attributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** One of HTML's boolean attributes (`checked`) as Astro writes a boolean: its name when on. */
export function flag(name: string, on: boolean): string {
  return on ? ` ${name}` : '';
}

/**
 * A `class:list` attribute: the names whose condition holds, in order, space-separated (clsx),
 * none when no name holds.
 *
 *   classList({ 'md-nav__item': true, 'md-nav__item--active': false }) -> ` class="md-nav__item"`
 */
export function classList(names: Readonly<Record<string, boolean>>): string {
  let value = '';
  for (const [name, on] of Object.entries(names)) if (on) value += value === '' ? name : ` ${name}`;
  return value === '' ? '' : attribute('class', value);
}
