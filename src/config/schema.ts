/**
 * The shape of mkdocs.yml, checked with zod. Every schema carries its "expected ..." text as its
 * error, so a failure reads `found 3 (a number), expected a string`. `nav` is checked by nav.ts
 * (MkDocs' own rules and wording), theme features and plugins by notices.ts.
 */
import { z } from 'zod';

const text = z.string({ error: 'a string' });
const optionalText = text.nullish();
const flag = z.boolean({ error: 'true or false' });
const stringList = z.array(text, { error: 'a list of strings' });

/** An extension / plugin options mapping; `name:` alone (null) means no options. */
const options = z.record(z.string(), z.unknown(), { error: 'a mapping of options' }).nullish();

/** `- name` or `- name: {options}` items, or one `name: {options}` mapping. */
const namedList = (what: string) =>
  z.union(
    [
      z.array(z.union([text, z.record(z.string(), options)], { error: `a ${what} name or a mapping of one ${what} name to its options` })),
      z.record(z.string(), options),
    ],
    { error: `a list or a mapping of ${what}s` },
  );

const url = text.refine((value) => value === '' || /^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(value), {
  error: 'a URL with a scheme and a host, like https://example.com/',
});

const toggle = z.looseObject({ icon: optionalText, name: optionalText }, { error: 'a mapping with icon and name' });
const paletteEntry = z.looseObject(
  { media: optionalText, scheme: optionalText, primary: optionalText, accent: optionalText, toggle: toggle.nullish() },
  { error: 'a mapping with media, scheme, primary, accent and toggle' },
);

/** Material's theme options as this site reads them (another theme's own options may share their names: config/foreign-theme.ts). */
export const MATERIAL_THEME_OPTIONS = {
  custom_dir: optionalText,
  language: optionalText,
  features: stringList.nullish(),
  palette: z.union([paletteEntry, z.array(paletteEntry)], { error: 'a palette mapping or a list of them' }).nullish(),
  font: z.union([z.literal(false), z.looseObject({ text: optionalText, code: optionalText })], {
    error: 'false or a mapping with text and code',
  }).nullish(),
  icon: z.record(z.string(), z.unknown(), { error: 'a mapping of icons' }).nullish(),
  logo: optionalText,
  favicon: optionalText,
};

const theme = z.union(
  [
    text,
    z.looseObject({ name: optionalText, ...MATERIAL_THEME_OPTIONS }, { error: 'a theme name or a mapping with name, features, palette, ...' }),
  ],
  { error: 'a theme name or a mapping with name, features, palette, ...' },
);

const script = z.union(
  [
    text,
    z.looseObject(
      { path: text, type: optionalText, async: flag.nullish(), defer: flag.nullish() },
      { error: 'a mapping with path, type, async, defer' },
    ),
  ],
  { error: 'a path or a mapping with path, type, async, defer' },
);

const patterns = z.union([text, stringList], { error: 'gitignore-style patterns, one per line' }).nullish();

const level = z.enum(['warn', 'info', 'ignore'], { error: "'warn', 'info' or 'ignore'" });
const validation = z.looseObject(
  {
    omitted_files: level.optional(),
    not_found: level.optional(),
    absolute_links: level.optional(),
    unrecognized_links: level.optional(),
    anchors: level.optional(),
    nav: z.looseObject({ omitted_files: level.optional(), not_found: level.optional(), absolute_links: level.optional() }).nullish(),
    links: z.looseObject({
      not_found: level.optional(),
      absolute_links: level.optional(),
      unrecognized_links: level.optional(),
      anchors: level.optional(),
    }).nullish(),
  },
  { error: 'a mapping with nav and links levels' },
);

export const rawConfigSchema = z.looseObject({
  site_name: text,
  site_url: url.nullish(),
  site_description: optionalText,
  site_author: optionalText,
  copyright: optionalText,
  repo_url: url.nullish(),
  repo_name: optionalText,
  edit_uri: optionalText,
  edit_uri_template: optionalText,
  docs_dir: text.optional(),
  site_dir: text.optional(),
  use_directory_urls: flag.optional(),
  nav: z.unknown().optional(),
  not_in_nav: patterns,
  exclude_docs: patterns,
  theme: theme.optional(),
  extra: z.record(z.string(), z.unknown(), { error: 'a mapping' }).nullish(),
  extra_css: stringList.nullish(),
  extra_javascript: z.array(script, { error: 'a list of scripts' }).nullish(),
  extra_templates: stringList.nullish(),
  markdown_extensions: namedList('Markdown extension').nullish(),
  plugins: namedList('plugin').nullish(),
  watch: stringList.nullish(),
  strict: flag.optional(),
  validation: validation.nullish(),
  hooks: stringList.nullish(),
  dev_addr: optionalText,
  remote_branch: optionalText,
  remote_name: optionalText,
});

export type RawConfig = z.infer<typeof rawConfigSchema>;

/** Every top-level key MkDocs 1.6 knows; anything else gets an "unknown setting" warning. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(rawConfigSchema.shape),
  'draft_docs',
  'google_analytics',
]);
