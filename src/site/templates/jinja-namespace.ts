/**
 * Jinja's `namespace()` for the custom_dir templates: Material's nav-item.html finds a section's
 * index page with
 *
 *   {% set _ = namespace(index = none) %}
 *   {% for item in nav_item.children %}{% set _.index = item %}{% endfor %}
 *
 * nunjucks has no `namespace` and cannot parse a `set` whose target is an attribute. The global
 * gives a plain object of the keyword arguments; namespaceSets rewrites each attribute `set` into
 * a call that assigns it (`{% if __jinja_setattr(_, "index", item) %}{% endif %}`), keeping the
 * tag's white-space control and line breaks so nunjucks' line numbers stay the file's.
 */
import type nunjucks from 'nunjucks';

const SETATTR = '__jinja_setattr';

/** `{% set a.b = expr %}`, with `-` on either side. */
const ATTRIBUTE_SET = /\{%(-?)\s*set\s+([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*=([\s\S]*?)(-?)%\}/g;

/**
 * The template with each attribute `set` made a call nunjucks can run.
 *
 * @example namespaceSets('{%- set ns.found = true -%}') // '{%- if __jinja_setattr(ns, "found",  true ) %}{% endif -%}'
 */
export function namespaceSets(source: string): string {
  if (!source.includes('set')) return source;
  return source.replace(ATTRIBUTE_SET, (_all, before: string, target: string, name: string, value: string, after: string) =>
    `{%${before} if ${SETATTR}(${target}, "${name}", ${value}) %}{% endif ${after}%}`,
  );
}

/** Adds `namespace(...)` and the assignment namespaceSets calls to `env`; returns it. */
export function addNamespace(env: nunjucks.Environment): nunjucks.Environment {
  env.addGlobal('namespace', (...args: unknown[]) => {
    const keywords = args.find((arg): arg is Record<string, unknown> => typeof arg === 'object' && arg !== null && Object.hasOwn(arg, '__keywords'));
    return Object.fromEntries(Object.entries(keywords ?? {}).filter(([key]) => key !== '__keywords'));
  });
  env.addGlobal(SETATTR, (target: unknown, name: string, value: unknown) => {
    // Only a namespace (a plain object) takes attributes, as in Jinja; the call prints nothing.
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) Reflect.set(target, name, value);
    return false;
  });
  return env;
}
