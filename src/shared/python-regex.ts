/**
 * A Python regular expression from a config (mkdocs-exclude's `regex`, mdx_include's `syntax_*`)
 * in JavaScript's syntax, where the two differ in what such patterns use:
 *
 *   (?P<name>x)   ->  (?<name>x)      a named group
 *   (?P=name)     ->  \k<name>        a reference to it
 *   (?i)x  (?s)x  ->  x with flag i, s (global flags, which Python allows only at the start);
 *                     `a`, `L` and `u` change nothing JavaScript can express and are dropped
 *
 * Anything else is left as written: should JavaScript refuse it (`(?x)` verbose mode), the caller
 * reports the pattern.
 */

/** The pattern's JavaScript source and the flags its leading `(?…)` asked for. */
export function pythonRegex(source: string): { readonly source: string; readonly flags: string } {
  let flags = '';
  let rest = source;
  const leading = /^\(\?([aiLmsux]+)\)/.exec(rest);
  if (leading && !(leading[1] ?? '').includes('x')) {
    for (const flag of leading[1] ?? '') if ('ims'.includes(flag) && !flags.includes(flag)) flags += flag;
    rest = rest.slice(leading[0].length);
  }
  return { source: rest.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>'), flags };
}
