/**
 * The UI labels the theme draws, under Material's key names (partials/languages/*.html) where
 * Material has the label, so a site's `custom_dir/partials/languages/<lang>.html` overrides
 * them as it does with Material. Keys Material lacks (our search dialog's help line, the 404
 * text) are named in the same dotted style.
 */
export const LABEL_KEYS = [
  'language',
  'direction',
  'action.edit',
  'action.view',
  'action.skip',
  'annotation',
  'clipboard.copy',
  'clipboard.copied',
  'code.select',
  'footer',
  'footer.next',
  'footer.previous',
  'header',
  'nav',
  'nav.open',
  'nav.path',
  'nav.home',
  'palette.switch',
  'search',
  'search.placeholder',
  'search.share',
  'search.open',
  'search.title',
  'search.close',
  'search.close.title',
  'search.help.move',
  'search.help.open',
  'search.help.close',
  'search.highlight.clear',
  'search.result.list',
  'search.result.initializer',
  'search.result.placeholder',
  'search.result.none',
  'search.result.one',
  'search.result.other',
  'search.result.unavailable',
  'search.result.failed',
  'source',
  'tabs',
  'toc',
  'top',
  'announce.dismiss',
  'blog.archive',
  'blog.categories',
  'blog.categories.in',
  'blog.continue',
  'blog.draft',
  'blog.index',
  'blog.meta',
  'readtime.one',
  'readtime.other',
  'notfound.title',
  'notfound.text',
  'notfound.home',
  'notfound.search',
] as const;

export type LabelKey = (typeof LABEL_KEYS)[number];

/** One language's table: every key has its text. */
export type LabelTable = Readonly<Record<LabelKey, string>>;

const KEY_SET: ReadonlySet<string> = new Set(LABEL_KEYS);

export function isLabelKey(key: string): key is LabelKey {
  return KEY_SET.has(key);
}

/** The labels the browser scripts need (search dialog, copy button), passed as a data attribute. */
export const CLIENT_KEYS = [
  'annotation',
  'clipboard.copy',
  'clipboard.copied',
  'code.select',
  'search.highlight.clear',
  'search.result.initializer',
  'search.result.placeholder',
  'search.result.none',
  'search.result.one',
  'search.result.other',
  'search.result.unavailable',
  'search.result.failed',
] as const satisfies readonly LabelKey[];

export type ClientKey = (typeof CLIENT_KEYS)[number];
export type ClientLabels = Readonly<Record<ClientKey, string>>;
