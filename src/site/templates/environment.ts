/**
 * The nunjucks environment one set of templates renders in: the site's `custom_dir` first,
 * then our own stand-ins (base.html with its markers, main.html, a marker for each partial,
 * Material's `.icons/` from the icon index), and the filters MkDocs and Material add to Jinja
 * (`url`, `script_tag`, the blog plugin's `date`; what Jinja itself has and nunjucks lacks comes from jinja-shims.ts).
 * Autoescaping is on: page data is escaped unless the context marked it as HTML.
 *
 * Why nunjucks: a site's overrides (and the macros plugin's pages) are Jinja written against
 * Material's templates, and nunjucks (Mozilla's Jinja2-inspired engine) reads Jinja's own syntax:
 * `{% extends %}` and `{% block %}` with `super()`, `{% macro %}` with `{% import %}`/`{% from %}`,
 * filters, `{% include ... ignore missing %}`, so they run as written. The Twig ports spell
 * `super()` as `parent()` and Liquid has no macros: either would mean rewriting the site's
 * templates. The git history (f721a05, "Add nunjucks") records no other engine tried. Where
 * nunjucks still differs from Jinja, jinja-shims.ts and jinja-namespace.ts add what Jinja has.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';
import type { IconIndex } from '../../markdown/index.ts';
import { dateFilter, viewLink } from './blog-context.ts';
import { addExcerptGuard, OWN_PREFIX } from './excerpt-guard.ts';
import { addNamespace, namespaceSets } from './jinja-namespace.ts';
import { addJinjaShims } from './jinja-shims.ts';
import { withoutBlocks } from './locate.ts';
import { baseTemplate, partialStub } from './markers.ts';
import { contains } from '../output-dir.ts';

export interface EnvironmentOptions {
  /** Absolute; undefined when the site has none (only our stand-ins are found). */
  readonly customDir: string | undefined;
  /** The URL path the site is served under (`/`, `/guide/`), for the `url` filter. */
  readonly base: string;
  readonly icons: IconIndex;
  /** Material's `lang.t`, for templates that import `partials/language.html` themselves, as Material's do. */
  readonly translate: (key: unknown) => string;
  /** Blocks left at their default, by template file (absolute path): they failed to render. */
  readonly stripped: ReadonlyMap<string, ReadonlySet<string>>;
  /** Told each custom_dir file read, so templates no page uses can be reported. */
  readonly onLoad: (file: string) => void;
  /** Told each stand-in partial a template includes (`footer`, `integrations/analytics`). */
  readonly onStandIn: (partial: string) => void;
  /** Our own templates by name (defaults.ts), found where custom_dir has none, before the stand-ins. */
  readonly defaults?: ReadonlyMap<string, string> | undefined;
  /** Told when the site's post.html fails on one excerpt of a blog view (ours draws that excerpt). */
  readonly onExcerptError?: ((error: unknown) => void) | undefined;
}

/**
 * A template file of custom_dir, or undefined when it has none by that name (or the name leaves the folder).
 *
 * @example customTemplate('/site/overrides', '../mkdocs.yml') // undefined
 */
export function customTemplate(customDir: string | undefined, name: string): string | undefined {
  if (!customDir) return undefined;
  const file = path.resolve(customDir, name);
  if (file === path.resolve(customDir) || !contains(customDir, file)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The `url` filter: a site-relative path under the site's base; absolute URLs and anchors as they are. */
function siteUrl(base: string, value: unknown): string {
  const url = String(value ?? '');
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#|^\//i.test(url)) return url;
  return base + url.replace(/^\.\//, '');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** MkDocs' `script_tag`: an extra_javascript entry (a path or `{path, type, defer, async}`) as a script element. */
function scriptTag(base: string, value: unknown): nunjucks.runtime.SafeString {
  const entry = typeof value === 'object' && value !== null ? new Map(Object.entries(value)) : new Map([['path', value]]);
  let tag = `<script src="${escapeAttribute(siteUrl(base, entry.get('path')))}"`;
  const type = entry.get('type');
  if (typeof type === 'string' && type !== '') tag += ` type="${escapeAttribute(type)}"`;
  if (entry.get('defer') === true) tag += ' defer';
  if (entry.get('async') === true) tag += ' async';
  return new nunjucks.runtime.SafeString(`${tag}></script>`);
}

/** The global our language.html stand-in calls: an imported macro sees globals, not the page's context. */
const TRANSLATE = '__mkdocs_astro_t';

/** Our stand-in for a name custom_dir does not have, or undefined when there is none. */
function standIn(name: string, icons: IconIndex): string | undefined {
  if (name === 'base.html') return baseTemplate();
  if (name === 'main.html') return '{% extends "base.html" %}';
  if (name === 'partials/language.html') return `{% macro t(key) %}{{ ${TRANSLATE}(key) }}{% endmacro %}`;
  const partial = /^partials\/([a-z0-9_/-]+)\.html$/.exec(name);
  if (partial?.[1] !== undefined) return partialStub(partial[1]);
  const icon = /^\.icons\/(.+)\.svg$/.exec(name);
  if (icon?.[1] !== undefined) {
    const entry = icons.lookup(icon[1].replaceAll('/', '-'));
    if (entry?.kind === 'svg') return entry.svg;
  }
  return undefined;
}

/**
 * A nunjucks environment over custom_dir and our stand-ins.
 *
 * @example createEnvironment(options).renderString('{{ "a/" | url }}', {}) // '/docs/a/' under base /docs/
 */
export function createEnvironment(options: EnvironmentOptions): nunjucks.Environment {
  // The callback form, answered at once (so rendering stays synchronous), because its typings
  // allow nunjucks' "null: not here", which `{% include ... ignore missing %}` relies on.
  const loader: nunjucks.ILoaderAsync = {
    async: true,
    getSource(name, done) {
      // Our base.html always: its markers are how blocks are read back (a site's own base.html is reported).
      const file = name === 'base.html' || name.startsWith(OWN_PREFIX) ? undefined : customTemplate(options.customDir, name);
      if (file) {
        options.onLoad(file);
        let source: string;
        try {
          source = readFileSync(file, 'utf8');
        } catch (error) {
          done(error instanceof Error ? error : new Error(String(error)), null);
          return;
        }
        const src = namespaceSets(withoutBlocks(source, options.stripped.get(file) ?? new Set()));
        // Compiled here so a syntax error comes back to the template that includes it: nunjucks
        // reports an included template's compile error on a later tick (callbackAsap), after the
        // synchronous render returned, where it would crash the build.
        try {
          new nunjucks.Template(src, env, file, true);
        } catch (error) {
          done(error instanceof Error ? error : new Error(String(error)), null);
          return;
        }
        done(null, { src, path: file, noCache: false });
        return;
      }
      const own = options.defaults?.get(name);
      if (own !== undefined) {
        done(null, { src: namespaceSets(own), path: name, noCache: false });
        return;
      }
      const src = standIn(name, options.icons);
      const partial = /^partials\/(.+)\.html$/.exec(name)?.[1];
      if (src !== undefined && partial !== undefined) options.onStandIn(partial);
      done(null, src === undefined ? null : { src, path: name, noCache: false });
    },
  };
  const env = new nunjucks.Environment(loader, { autoescape: true });
  // A function, not an arrow: nunjucks passes the template's context as `this` (the blog plugin's pagination patch reads it).
  env.addFilter('url', function url(this: unknown, value: unknown) {
    return siteUrl(options.base, viewLink(this, value));
  });
  env.addFilter('script_tag', (value: unknown) => scriptTag(options.base, value));
  // The blog plugin's (its on_env): a post's date in post_date_format.
  env.addFilter('date', dateFilter);
  addJinjaShims(env);
  addNamespace(env);
  addExcerptGuard(env, options.onExcerptError ?? (() => undefined));
  env.addGlobal(TRANSLATE, options.translate);
  return env;
}
