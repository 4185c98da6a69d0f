/**
 * What Jinja2 has and nunjucks lacks, for every nunjucks environment that stands in for Jinja:
 * custom_dir template overrides (environment.ts) and the macros plugin's page templates
 * (src/site/macros-render.ts). Filters `tojson`, `format`, `map`; the `none` test; Python's
 * `True`, `False` and `None`.
 *
 * @example addJinjaShims(env).renderString('{{ "%s of %s" | format(1, 2) }}', {}) // '1 of 2'
 */
import nunjucks from 'nunjucks';
import { jinjaJson } from '../../shared/jinja-json.ts';

// nunjucks has `addTest` (environment.js) but its typings leave it out.
declare module 'nunjucks' {
  interface Environment {
    addTest(name: string, test: (value: unknown) => boolean): Environment;
  }
}

/** Jinja's `tojson`: Python's JSON (sorted keys, `", "`, ASCII only), safe inside HTML. */
function toJson(value: unknown): nunjucks.runtime.SafeString {
  return new nunjucks.runtime.SafeString(jinjaJson(value));
}

/** Jinja's `format`: `"%s of %s" | format(a, b)`, printf-style `%s`, `%d` and `%%`. */
function formatFilter(template: unknown, ...args: unknown[]): string {
  let index = 0;
  return String(template).replace(/%([sd%])/g, (_, kind: string) => (kind === '%' ? '%' : kind === 'd' ? String(Math.trunc(Number(args[index++]))) : String(args[index++] ?? '')));
}

/** Jinja's `map`: `map(attribute='name')` picks an attribute of each item; `map('upper')` applies a filter. */
function mapFilter(env: nunjucks.Environment, items: unknown, ...args: unknown[]): unknown[] {
  const list: unknown[] = Array.isArray(items) ? items : [];
  const keywords = args.find((arg): arg is Record<string, unknown> => typeof arg === 'object' && arg !== null);
  const attribute = keywords?.['attribute'];
  if (typeof attribute === 'string') {
    return list.map((item) => attribute.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? new Map(Object.entries(value)).get(key) : undefined), item));
  }
  const name = args[0];
  if (typeof name !== 'string') return list;
  const filter: unknown = env.getFilter(name);
  return typeof filter === 'function' ? list.map((item): unknown => filter(item)) : list;
}

/** Adds the shims to `env` and returns it. */
export function addJinjaShims(env: nunjucks.Environment): nunjucks.Environment {
  env.addFilter('tojson', toJson);
  env.addFilter('format', formatFilter);
  env.addFilter('map', (items: unknown, ...args: unknown[]) => mapFilter(env, items, ...args));
  // `x is none` compiles to nunjucks' `null` test; where MkDocs has None our context often has
  // no value at all (an unset site_url), so both count. Then Jinja's Python literals.
  env.addTest('null', (value: unknown) => value === null || value === undefined);
  env.addGlobal('True', true);
  env.addGlobal('False', false);
  env.addGlobal('None', null);
  return env;
}
