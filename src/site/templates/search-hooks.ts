/**
 * The hooks by which our search script finds its parts, Material's own (its search.html): a site
 * that copies Material's search.html and tweaks it keeps them, so our script drives its markup
 * as it drives ours. Each part is found by its `data-md-component` or, failing that, Material's
 * class. Pure data: the browser script (src/components/search/bootstrap.ts) and the build's check
 * of a site's search.html (search-check.ts) both read it.
 *
 *   <div class="md-search" data-md-component="search">            root
 *     <input class="md-search__input" data-md-component="search-query">   query
 *     <div class="md-search__suggest" data-md-component="search-suggest">  suggest (optional)
 *     <a data-md-component="search-share">                         share (optional)
 *     <div class="md-search-result" data-md-component="search-result">    result
 *       <div class="md-search-result__meta">                       meta (optional: made when missing)
 *       <ol class="md-search-result__list">                        list
 */

export interface SearchHook {
  /** Material's `data-md-component` value, when it gives the part one. */
  readonly component?: string;
  /** Material's class of the part. */
  readonly className?: string;
  /** Whether search works without it. */
  readonly required: boolean;
}

export const SEARCH_HOOKS = {
  root: { component: 'search', className: 'md-search', required: true },
  query: { component: 'search-query', className: 'md-search__input', required: true },
  result: { component: 'search-result', className: 'md-search-result', required: true },
  list: { className: 'md-search-result__list', required: true },
  meta: { className: 'md-search-result__meta', required: false },
  suggest: { component: 'search-suggest', className: 'md-search__suggest', required: false },
  share: { component: 'search-share', required: false },
} as const satisfies Record<string, SearchHook>;

export type SearchPart = keyof typeof SEARCH_HOOKS;

/**
 * The CSS selector of a part: its component first, then its class.
 *
 * @example hookSelector('query') // '[data-md-component="search-query"], .md-search__input'
 */
export function hookSelector(part: SearchPart): string {
  const hook: SearchHook = SEARCH_HOOKS[part];
  return [hook.component === undefined ? undefined : `[data-md-component="${hook.component}"]`, hook.className === undefined ? undefined : `.${hook.className}`]
    .filter((selector) => selector !== undefined)
    .join(', ');
}

/** How a part is named in a message: `data-md-component="search-query" (or class md-search__input)`. */
export function hookName(part: SearchPart): string {
  const hook: SearchHook = SEARCH_HOOKS[part];
  if (hook.component === undefined) return `class ${hook.className ?? part}`;
  return hook.className === undefined ? `data-md-component="${hook.component}"` : `data-md-component="${hook.component}" (or class ${hook.className})`;
}
