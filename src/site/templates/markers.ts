/**
 * How a block's output is told apart from ours. Our own `base.html` wraps every block in a
 * start and an end marker and gives it a default marker as its body; our stand-in partials are
 * a partial marker. After a page's template has run, the text between a block's markers says
 * everything: the default marker alone means "not overridden", no default marker means
 * "replaced", and a default marker among the site's HTML is where `{{ super() }}` stood, so our
 * own HTML goes there. The markers use private-use characters no template writes.
 *
 *   {% block announce %}<b>Hi</b>{{ super() }}{% endblock %}
 *   -> [{ kind: 'html', html: '<b>Hi</b>' }, { kind: 'slot', name: 'default' }]
 */

/** Material 9.7's blocks of base.html, in the order its base.html renders them. */
export const BLOCKS = [
  'site_meta',
  'htmltitle',
  'styles',
  'libs',
  'fonts',
  'analytics',
  'extrahead',
  'announce',
  'outdated',
  'header',
  'hero',
  'tabs',
  'site_nav',
  'container',
  'content',
  'footer',
  'config',
  'scripts',
] as const;
export type BlockName = (typeof BLOCKS)[number];

/**
 * The partials a site may override that our theme draws in a place of its own. `nav`, `tabs` and
 * `path` stand for their pair (nav.html with nav-item.html, tabs.html with tabs-item.html,
 * path.html with path-item.html).
 */
export const PARTIALS = ['header', 'footer', 'copyright', 'social', 'source', 'logo', 'toc', 'content', 'source-file', 'comments', 'nav', 'tabs', 'actions', 'path', 'alternate', 'palette', 'search'] as const;
export type PartialName = (typeof PARTIALS)[number];

/**
 * A piece of an overridden block or partial: the site's own HTML, or a place where our theme
 * draws its default (`default`: the block's own default or, for a partial, its own markup;
 * another name: that block's or partial's default).
 */
export type TemplateSegment = { readonly kind: 'html'; readonly html: string } | { readonly kind: 'slot'; readonly name: string };

/** What a page's templates changed: only the blocks and partials that differ from ours. */
export interface TemplateOverrides {
  readonly blocks: Partial<Record<BlockName, TemplateSegment[]>>;
  readonly partials: Partial<Record<PartialName, TemplateSegment[]>>;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000([BEDP]):([a-z0-9_/-]+)\uE001/g;

const marker = (kind: 'B' | 'E' | 'D' | 'P', name: string) => `${OPEN}${kind}:${name}${CLOSE}`;

/**
 * Our `base.html`: every block of Material's, each between its markers with a default marker as body.
 *
 * @example baseTemplate() // '\uE000B:site_meta\uE001{% block site_meta %}\uE000D:site_meta\uE001{% endblock %}\uE000E:site_meta\uE001\n...'
 */
export function baseTemplate(): string {
  return BLOCKS.map((name) => `${marker('B', name)}{% block ${name} %}${marker('D', name)}{% endblock %}${marker('E', name)}`).join('\n');
}

/**
 * A block's default marker, for a stand-in template that keeps a block of ours as it is (where
 * Material's own template replaces the block of the site's main.html).
 *
 * @example blockDefault('container') // '\uE000D:container\uE001'
 */
export function blockDefault(name: BlockName): string {
  return marker('D', name);
}

/**
 * Our stand-in for a partial the site does not override: its marker (our theme draws it).
 *
 * @example partialStub('copyright') // '\uE000P:copyright\uE001'
 */
export function partialStub(name: string): string {
  return marker('P', name);
}

/**
 * The segments of a partial's output, or of a block's text between its markers. `self` is the
 * name whose default marker means "our own default here"; markers of other blocks' starts and
 * ends (a block the site nested inside another) are dropped, their text kept.
 *
 * @example segmentsOf(`<p>${partialStub('social')}</p>`, 'footer') // [html '<p>', slot 'social', html '</p>']
 */
export function segmentsOf(text: string, self: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let html = '';
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    html += text.slice(last, match.index);
    last = match.index + match[0].length;
    const kind = match[1];
    const name = match[2] ?? '';
    if (kind === 'B' || kind === 'E') continue;
    if (html !== '') segments.push({ kind: 'html', html });
    html = '';
    segments.push({ kind: 'slot', name: name === self ? 'default' : name });
  }
  html += text.slice(last);
  if (html !== '') segments.push({ kind: 'html', html });
  return segments;
}

/**
 * Each block's segments from the output of our base.html, only for the blocks whose output
 * differs from their default marker (the others are not overridden).
 *
 * @example blockOverrides(env.render('main.html', context)).announce // [{ kind: 'html', html: '<b>New</b>' }]
 */
export function blockOverrides(output: string): Partial<Record<BlockName, TemplateSegment[]>> {
  const blocks: Partial<Record<BlockName, TemplateSegment[]>> = {};
  for (const name of BLOCKS) {
    const start = output.indexOf(marker('B', name));
    const end = output.indexOf(marker('E', name));
    if (start < 0 || end < start) continue;
    const inner = output.slice(start + marker('B', name).length, end);
    const segments = segmentsOf(inner, name);
    // `{% block x %}\n  {{ super() }}\n{% endblock %}` changes nothing but white space.
    const onlyDefault = segments.every((s) => (s.kind === 'slot' ? s.name === 'default' : s.html.trim() === '')) && segments.filter((s) => s.kind === 'slot').length === 1;
    if (!onlyDefault) blocks[name] = segments;
  }
  return blocks;
}
