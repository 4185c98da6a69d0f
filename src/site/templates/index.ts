/**
 * A site's Jinja template overrides (`theme.custom_dir`), rendered with nunjucks per page: the
 * page's template (`template:` in its front matter, else `main.html`; the blog plugin's views
 * `blog.html` and its posts `blog-post.html`, ours in blog-defaults.ts where custom_dir has none)
 * through our own base.html, whose markers tell which of Material's blocks the site changed, and
 * each partial the site overrides that our theme draws. The theme puts the site's HTML in Material's places and its
 * own HTML wherever `{{ super() }}` or an included stand-in partial stood.
 *
 * What does not render (a filter or tag nunjucks lacks, a Python-only helper, a missing
 * include) is a warning at the template's `file:line`; the block that holds it keeps its default
 * and the other blocks still render. Nothing here throws.
 *
 * @example
 *   // custom_dir/main.html: {% extends "base.html" %}{% block announce %}<b>New!</b>{% endblock %}
 *   siteTemplates({ config, site, base: '/', icons })?.overrides(page)
 *   // -> { blocks: { announce: [{ kind: 'html', html: '<b>New!</b>' }] }, partials: {} }
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type nunjucks from 'nunjucks';
import type { MkdocsConfig } from '../../config/index.ts';
import type { IconIndex } from '../../markdown/index.ts';
import { parseLanguagePartial } from '../../shared/languages/jinja-dict.ts';
import type { SiteMessage } from '../messages.ts';
import { siteOf, type PageModel, type SiteInfo } from '../model.ts';
import { labelLookup } from '../../shared/languages/lookup.ts';
import { searchEnabled } from '../active-plugins.ts';
import { BLOG_PARTIALS, BLOG_TEMPLATES, blogDefaults } from './blog-defaults.ts';
import { templateContext } from './context.ts';
import { PARTIAL_DEFAULTS } from './defaults.ts';
import { createEnvironment, customTemplate } from './environment.ts';
import { blockAt, findInclude, locateError, type TemplateProblem } from './locate.ts';
import { blockOverrides, PARTIALS, segmentsOf, type PartialName, type TemplateOverrides, type TemplateSegment } from './markers.ts';
import { searchHooksWarning } from './search-check.ts';

export type { TemplateOverrides, TemplateSegment } from './markers.ts';

export interface TemplateOptions {
  readonly config: MkdocsConfig;
  readonly site: SiteInfo;
  /** The URL path the site is served under: `/` or `/guide/`. */
  readonly base: string;
  readonly icons: IconIndex;
  /** The site's pages, whose meta the nav's items carry (`nav_item.meta.icon`). */
  readonly pages?: readonly PageModel[] | undefined;
  /** The tags plugin's `tags_name_variable` (`tags`) when the plugin is on: that variable holds each page's drawn tags. */
  readonly tagsVariable?: string | undefined;
  /**
   * With the i18n plugin, each language's config (src/site/i18n-config.ts), by locale: a page of
   * that language is rendered with it, its language's site (siteOf) and labels, as the plugin
   * builds each language with its own config.
   */
  readonly languageConfigs?: Readonly<Record<string, MkdocsConfig>> | undefined;
  /** `theme.static_templates`: rendered on their own by MkDocs, never included, so never "unused" (src/site/static-templates.ts says what becomes of them). */
  readonly standalone?: readonly string[] | undefined;
}

export interface SiteTemplates {
  /**
   * What the site's templates change on this page; undefined when nothing. `template` is the
   * one a page without `template:` uses when custom_dir has it (`404.html` for the not-found
   * page, as MkDocs does), main.html otherwise.
   */
  overrides(page: PageModel, template?: string): TemplateOverrides | undefined;
  /**
   * Every problem met so far, each reported once however many pages met it, and each template
   * of custom_dir no page has used so far (ask after the last page).
   */
  messages(): SiteMessage[];
}

/**
 * Material partials our theme draws when a template includes them (in their own block or
 * partial's place); `language` is the label macro. Any other stand-in draws nothing.
 */
const DRAWN: ReadonlySet<string> = new Set(['header', 'footer', 'copyright', 'social', 'source', 'logo', 'content', 'source-file', 'comments', 'tabs', 'language', 'toc', 'actions', 'alternate', 'palette', 'search']);

/**
 * The files that make a partial: Material's nav.html imports nav-item.html, tabs.html
 * tabs-item.html and path.html path-item.html, so overriding either file redraws the whole nav,
 * tabs bar or breadcrumbs (defaults.ts has our own of the other file).
 */
const PAIRS: Partial<Record<PartialName, readonly string[]>> = { nav: ['nav', 'nav-item'], tabs: ['tabs', 'tabs-item'], path: ['path', 'path-item'] };

/**
 * Whether Material's templates include a partial for this site at all (base.html and
 * header.html): an override of one they never include is reported unused instead.
 */
function included(name: PartialName, config: MkdocsConfig): boolean {
  switch (name) {
    case 'tabs':
      return config.theme.features.includes('navigation.tabs');
    case 'path':
      return config.theme.features.includes('navigation.path');
    case 'alternate':
      return Array.isArray(config.extra['alternate']) && config.extra['alternate'].length > 0;
    // header.html: `{% if config.theme.palette %}{% if not config.theme.palette is mapping %}`,
    // so a list of palettes, even of one; a mapping (or none: Material's default) draws no toggle.
    case 'palette':
      return config.theme.paletteIsList && config.theme.palette.length > 0;
    case 'search':
      return searchEnabled(config.plugins);
    default:
      return true;
  }
}

/** Tries per page: each failed try leaves one more block at its default. */
const MAX_TRIES = 12;

/** The site's templates, or undefined when it has no custom_dir. */
export function siteTemplates(options: TemplateOptions): SiteTemplates | undefined {
  const customDir = options.config.theme.custom_dir;
  if (!customDir) return undefined;
  const messages: SiteMessage[] = [];
  const seen = new Set<string>();
  const report = (message: SiteMessage) => {
    const key = `${message.file ?? ''}:${message.line ?? ''}:${message.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    messages.push(message);
  };
  const templateFiles = htmlFiles(customDir);
  const readSource = (file: string) => {
    try {
      return path.isAbsolute(file) ? readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
  const used = new Set<string>();
  const standInUsed = (partial: string) => {
    if (DRAWN.has(partial) || partial.startsWith('languages/')) return;
    const place = findInclude(templateFiles, readSource, `partials/${partial}.html`);
    report({ severity: 'warning', message: `partials/${partial}.html: our theme has no such partial, or draws it only in its own place; nothing is drawn where it is included`, file: place?.file, line: place?.line, column: place?.column, ruleId: 'templates' });
  };
  // `lang.t` of the language being rendered: the environments are shared by every language, so
  // their global reads the one set for the page at hand (rendering is synchronous).
  const translators = new Map<string, (key: unknown) => string>();
  const translatorOf = (site: SiteInfo, config: MkdocsConfig) => {
    const key = `${site.language}\0${config.theme.language}`;
    let found = translators.get(key);
    if (!found) {
      found = labelLookup(site.labels, ownLabels(customDir, config.theme.language));
      translators.set(key, found);
    }
    return found;
  };
  let current = translatorOf(options.site, options.config);
  const translate = (key: unknown) => current(key);
  // Material includes tabs.html only with navigation.tabs (and path.html with navigation.path...): without it such an override is unused.
  const partialFiles = PARTIALS.filter((name) => (PAIRS[name] ?? [name]).some((file) => customTemplate(customDir, `partials/${file}.html`) !== undefined))
    .filter((name) => included(name, options.config));
  // A site's post.html or pagination.html is drawn through blog.html's container: ours when it has none.
  const blogPartials = BLOG_PARTIALS.some((name) => customTemplate(customDir, name) !== undefined);
  const defaults = new Map([
    ...partialFiles.flatMap((name) => (name === 'nav' || name === 'tabs' || name === 'path' ? [...PARTIAL_DEFAULTS[name]] : [])),
    ...blogDefaults(blogPartials),
  ]);
  const hasMain = customTemplate(customDir, 'main.html') !== undefined;
  const metaBySrc = new Map((options.pages ?? []).map((page) => [page.src, page.meta]));
  const pageMeta = (src: string) => metaBySrc.get(src);
  const titleBySrc = new Map((options.pages ?? []).map((page) => [page.src, page.title]));
  const pageTitle = (src: string) => titleBySrc.get(src);

  // One environment per set of left-out blocks, so compiled templates are reused across pages.
  const environments = new Map<string, nunjucks.Environment>();
  const environment = (stripped: ReadonlyMap<string, ReadonlySet<string>>) => {
    const key = JSON.stringify([...stripped].map(([file, names]) => [file, [...names].sort()]).sort());
    let env = environments.get(key);
    if (!env) {
      env = createEnvironment({ customDir, base: options.base, icons: options.icons, translate, stripped, defaults, onLoad: (file) => used.add(file), onStandIn: standInUsed, onExcerptError });
      environments.set(key, env);
    }
    return env;
  };
  const problemMessage = (problem: TemplateProblem, outcome: string): SiteMessage => ({
    severity: 'warning',
    message: `template: ${problem.reason}; ${outcome}`,
    file: problem.file !== undefined && path.isAbsolute(problem.file) ? problem.file : undefined,
    line: problem.line,
    column: problem.column,
    ruleId: 'templates',
  });

  // A site's post.html that fails on one post: that excerpt alone is ours (excerpt-guard.ts).
  const onExcerptError = (error: unknown) => report(problemMessage(locateError(error, readSource, templateFiles), 'that post\'s excerpt is drawn by our post.html, the others by the site\'s'));

  // What failed once is left out for the pages after it too: template errors rarely depend on
  // the page, and a block that overflows the stack would otherwise cost seconds on every page.
  const strippedBy = new Map<string, Map<string, Set<string>>>();
  const unusable = new Set<string>();
  const failedPartials = new Set<string>();
  // A site's search.html is checked for our script's hooks once, on the first page that draws it.
  let searchChecked = false;

  /** Blocks of the page's template, leaving each block that fails at its default. */
  const renderBlocks = (name: string, context: Record<string, unknown>): TemplateOverrides['blocks'] => {
    if (unusable.has(name)) return {};
    const stripped = strippedBy.get(name) ?? new Map<string, Set<string>>();
    strippedBy.set(name, stripped);
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      try {
        return blockOverrides(environment(stripped).render(name, context));
      } catch (error) {
        const problem = locateError(error, readSource, templateFiles);
        const place = [...problem.chain].reverse().flatMap((at) => {
          const source = at.line === undefined ? undefined : readSource(at.file);
          const block = source === undefined || at.line === undefined ? undefined : blockAt(source, at.line);
          return block === undefined || stripped.get(at.file)?.has(block) ? [] : [{ file: at.file, block }];
        })[0];
        if (!place) {
          report(problemMessage(problem, `${name} is not used: every block keeps its default`));
          unusable.add(name);
          return {};
        }
        report(problemMessage(problem, `block "${place.block}" keeps its default`));
        stripped.set(place.file, new Set([...(stripped.get(place.file) ?? []), place.block]));
      }
    }
    unusable.add(name);
    return {};
  };

  return {
    messages: () => [...messages, ...unusedTemplates(customDir, templateFiles, used, new Set(options.standalone))],
    overrides(page, template) {
      // The blog plugin's pages use Material's blog.html (views) and blog-post.html (posts).
      const blogTemplate = page.blog?.kind === 'post' ? 'blog-post.html' : page.blog?.kind === 'view' ? 'blog.html' : undefined;
      let name = template !== undefined && customTemplate(customDir, template) ? template : (blogTemplate ?? 'main.html');
      if (page.template !== undefined) {
        if (customTemplate(customDir, page.template) || BLOG_TEMPLATES.has(page.template)) name = page.template;
        // home.html is the one page template our theme draws itself (its hero).
        else if (page.template !== 'home.html') {
          report({ severity: 'warning', message: `template "${page.template}" (front matter) is not in custom_dir: the page uses main.html`, file: path.join(options.config.docs_dir, page.src), ruleId: 'templates' });
        }
      }
      // Our blog templates change nothing unless the site's main.html or blog partials are under them.
      const own = customTemplate(customDir, name) !== undefined || (BLOG_TEMPLATES.has(name) && (hasMain || (name === 'blog.html' && blogPartials)));
      // Our own main.html changes no block: without a template of the site's, nothing to render.
      if (!own && partialFiles.length === 0) return undefined;
      const config = (page.language === undefined ? undefined : options.languageConfigs?.[page.language]) ?? options.config;
      const site = siteOf(options.site, page);
      current = translatorOf(site, config);
      const context = templateContext({ config, site, page, base: options.base, translate: current, tagsVariable: options.tagsVariable, pageMeta, pageTitle });
      const blocks = own ? renderBlocks(name, context) : {};
      const partials: Partial<Record<PartialName, TemplateSegment[]>> = {};
      for (const partial of partialFiles) {
        if (failedPartials.has(partial)) continue;
        try {
          partials[partial] = segmentsOf(environment(new Map()).render(`partials/${partial}.html`, context), partial);
          if (partial === 'search' && !searchChecked) {
            searchChecked = true;
            const file = customTemplate(customDir, 'partials/search.html');
            const warning = searchHooksWarning(partials[partial], (file && readSource(file)) ?? '');
            if (warning) report({ severity: 'warning', ...warning, file, ruleId: 'templates' });
          }
        } catch (error) {
          report(problemMessage(locateError(error, readSource, templateFiles), `partials/${partial}.html keeps its default`));
          failedPartials.add(partial);
        }
      }
      const changed = Object.keys(blocks).length > 0 || Object.keys(partials).length > 0;
      return changed ? { blocks, partials } : undefined;
    },
  };
}

/**
 * Every entry of the site's own language partial (src/site/labels.ts keeps only the labels our
 * theme draws and reports its problems; templates may ask for any key).
 */
function ownLabels(customDir: string, language: string): ReadonlyMap<string, string> {
  try {
    return parseLanguagePartial(readFileSync(path.join(customDir, 'partials', 'languages', `${language.trim() || 'en'}.html`), 'utf8')).entries;
  } catch {
    // No partial of its own (the usual case): the shipped labels answer.
    return new Map();
  }
}

/** The .html files of custom_dir (its templates), absolute; language partials are data, not templates. */
function htmlFiles(dir: string): string[] {
  let entries: Array<{ name: string; parentPath: string; isFile: () => boolean }> = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}languages${path.sep}`))
    .sort();
}

/**
 * Templates of custom_dir that no page used: its own base.html (ours carries the markers), and
 * partials that nothing includes (Material's own included only with a feature or setting
 * this site lacks, as tabs.html without navigation.tabs). Said once each, at the file.
 */
function unusedTemplates(customDir: string, files: readonly string[], used: ReadonlySet<string>, standalone: ReadonlySet<string>): SiteMessage[] {
  const nameOf = (file: string) => path.relative(customDir, file).split(path.sep).join('/');
  return files.filter((file) => !used.has(file) && !standalone.has(nameOf(file))).map((file) => {
    const name = nameOf(file);
    const message = name === 'base.html'
      ? 'custom_dir/base.html is not used: our theme draws Material\'s base.html itself; override its blocks in main.html instead'
      : `${name} is not used: no page's template includes it (Material includes tabs.html only with navigation.tabs, path.html with navigation.path, alternate.html with extra.alternate, palette.html with a list of palettes, even of one)`;
    return { severity: 'warning', message, file, ruleId: 'templates' };
  });
}
