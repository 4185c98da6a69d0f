/**
 * mkdocs-static-i18n's `admonition_translations` (its on_page_markdown): in a language's pages,
 * an admonition (and, with pymdownx.details, a details block) without a title gets the title the
 * language gives its type. Line by line, as the plugin does (a line in a code block too), and
 * only at the start of a line:
 *
 *   admonition_translations: {note: Remarque}
 *   !!! note            ->  !!! note "Remarque"
 *   ??? note ""         ->  ??? note "Remarque"      (an empty title counts as none)
 *   !!! note "Titre"    ->  unchanged
 *   !!! note inline     ->  unchanged unless `note inline` itself is translated (the whole type list is the key)
 */

/** Each language's titles by admonition type, and whether pymdownx.details is on. */
export interface AdmonitionTitles {
  readonly byLanguage: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly details: boolean;
}

/**
 * The page hook that titles a page's admonitions in its language (`languageOf`: each page's
 * language, by source path); undefined when no language translates titles.
 */
export function admonitionTitlesHook(titles: AdmonitionTitles | undefined, languageOf: Readonly<Record<string, string>> | undefined): ((src: string, markdown: string) => string) | undefined {
  if (!titles || !languageOf) return undefined;
  return (src, markdown) => {
    const language = languageOf[src];
    const table = language === undefined ? undefined : titles.byLanguage[language];
    return table ? translateAdmonitions(markdown, table, titles.details) : markdown;
  };
}

/** Python's str.splitlines() separators, which the plugin's split and "\n" join turn into `\n`. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/**
 * The page's Markdown with its untitled admonitions titled; the Markdown as it is when the
 * language translates none.
 *
 * @param details whether pymdownx.details is on: then `???` and `???+` blocks count too
 * @example translateAdmonitions('!!! note\n    Text', { note: 'Remarque' }, false) // '!!! note "Remarque"\n    Text'
 */
export function translateAdmonitions(markdown: string, titles: Readonly<Record<string, string>>, details: boolean): string {
  if (Object.keys(titles).length === 0) return markdown;
  // Python-Markdown's admonition pattern made one line, as the plugin has it (`\w` is Unicode in Python).
  const marker = details ? String.raw`(?:\?{3}\+?|!{3})` : '!{3}';
  const line = new RegExp(String.raw`^(${marker} ?)([\p{L}\p{N}_\-]+(?: +[\p{L}\p{N}_\-]+)*)(?: +"(.*?)")? *$`, 'u');
  // splitlines() drops the break after the last line, and the join gives none back.
  const lines = markdown.split(LINE_BREAK);
  if (lines.at(-1) === '' && lines.length > 1) lines.pop();
  return lines.map((text) => {
    const found = line.exec(text);
    if (!found) return text;
    const type = found[2] ?? '';
    const title = found[3];
    const translated = Object.hasOwn(titles, type) ? titles[type] : undefined;
    return (title === undefined || title.trim() === '') && translated !== undefined ? `${found[1] ?? ''}${type} "${translated}"` : text;
  }).join('\n');
}
