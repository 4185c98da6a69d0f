/**
 * mkdocs-exclude-search (chrieke/mkdocs-exclude-search, plugin.py `select_included_records`):
 * pages and sections its `exclude` patterns name are left out of the search index, but for the
 * sections its `ignore` entries keep. The plugin filters MkDocs' index, whose records are a page
 * (`dir/page/`, its text before the first section) and each of its sections (`dir/page/#id`); here
 * the same rules say which parts of a page Pagefind is given (src/search/exclude.ts), and a page left with
 * none is not indexed at all.
 *
 * The plugin's matching, quirks kept: a record's path loses its last character (the trailing `/`
 * of a directory URL) and is matched with fnmatch against the entry's file with `.md` removed, so
 * `dir/*` names the pages under dir/ but not dir/index.md (`dir/`); a record whose path has no `/`
 * (the home page, and top-level pages without directory URLs) is always kept; with
 * `exclude_tags`, every record whose path holds `tags.html` goes.
 *
 *   const rules = excludeSearchRules({ exclude: ['private/*', 'guide/setup.md#secrets'], ignore: ['private/faq.md#public'], excludeTags: false });
 *   pageExclusion(rules, 'private/faq/')     // { intro: false (kept with its section), section: (id) => id !== 'public' }
 *   pageExclusion(rules, 'private/notes/')   // { intro: true, section: () => true }: not indexed
 *   pageExclusion(rules, 'guide/setup/')     // { intro: false, section: (id) => id === 'secrets' }
 *   pageExclusion(rules, 'guide/')           // undefined: nothing of it goes
 */
import { fnmatch } from '../shared/fnmatch.ts';

/** The plugin's options as mkdocs.yml gives them (src/site/exclude-search-options.ts reads them). */
export interface ExcludeSearchOptions {
  /** `file.md`, `dir/*`, `file.md#heading-id`. */
  readonly exclude: readonly string[];
  /** `file.md#heading-id`: a section kept, and its page's own record with it. */
  readonly ignore: readonly string[];
  readonly excludeTags: boolean;
}

interface Rule {
  readonly file: RegExp;
  /** Undefined: the rule names every record of the file. */
  readonly header: string | undefined;
}

export interface ExcludeSearchRules {
  readonly exclude: readonly Rule[];
  readonly ignore: readonly Rule[];
  readonly excludeTags: boolean;
}

/** What of one page the index leaves out. */
export interface PageExclusion {
  /** The page's own record: what comes before its first heading with an id, and that heading's section when it is an h1. */
  readonly intro: boolean;
  /** Whether the section a heading with this id starts is left out. */
  readonly section: (id: string) => boolean;
}

/** The options as rules; a pattern that cannot be matched matches nothing. */
export function excludeSearchRules(options: ExcludeSearchOptions): ExcludeSearchRules {
  const rule = (file: string, header: string | undefined): Rule[] => {
    const matcher = fnmatch(file.replaceAll('.md', ''));
    return 'regex' in matcher ? [{ file: matcher.regex, header }] : [];
  };
  const exclude = options.exclude.flatMap((entry) => {
    const parts = entry.split('#');
    // `file, header = entry.split("#")`: an entry with two `#` is taken whole, as the plugin does.
    return parts.length === 2 ? rule(parts[0] ?? '', parts[1]) : rule(entry, undefined);
  });
  const ignore = options.ignore.flatMap((entry) => {
    const [file = '', header] = entry.split('#');
    return [...rule(file, undefined), ...rule(file, header)];
  });
  return { exclude, ignore, excludeTags: options.excludeTags };
}

/** What of the page at `url` (site-relative: `dir/page/`, `` for home) the rules leave out; undefined when nothing. */
export function pageExclusion(rules: ExcludeSearchRules, url: string): PageExclusion | undefined {
  const tags = rules.excludeTags && url.includes('tags.html');
  // Only an exclude entry naming the page can leave something of it out (or exclude_tags), and
  // never of a record without a slash.
  if (!tags && (!url.includes('/') || !rules.exclude.some((rule) => matches(rule, url)))) return undefined;
  return { intro: recordExcluded(rules, url, undefined), section: (id) => recordExcluded(rules, url, id) };
}

/** Whether a rule names the page at `url`: its path less its last character, as the plugin matches it. */
function matches(rule: Rule, url: string): boolean {
  return rule.file.test(url.slice(0, -1));
}

/** `select_included_records` for one record: the page's (`header` undefined) or one of its sections. */
function recordExcluded(rules: ExcludeSearchRules, file: string, header: string | undefined): boolean {
  if (rules.excludeTags && file.includes('tags.html')) return true;
  if (!file.includes('/')) return false;
  if (rules.ignore.some((rule) => matches(rule, file) && rule.header === header)) return false;
  return rules.exclude.some((rule) => matches(rule, file) && (rule.header === undefined || rule.header === header));
}
