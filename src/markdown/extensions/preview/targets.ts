/**
 * Which documentation files a link may mean, as material.extensions.preview asks MkDocs 1.6
 * (`_RelativePathTreeprocessor._possible_target_uris`): the file the link names, then MkDocs'
 * guesses for a link written as a URL (`../other/` from `guide/page.md`, whose URL is
 * `guide/page/`, may mean `guide/other.md`). Python's `posixpath` rules, ported exactly.
 *
 *   possibleTargets('guide/page.md', 'guide/page/', '../other/', true)
 *   // ['other', 'other/index.md', 'other/README.md', 'other.md', 'guide/other', 'guide/other/index.md', …]
 */

/** `posixpath.normpath`: `.` and empty parts dropped, `..` resolved, no trailing slash; `` is `.`. */
export function normpath(value: string): string {
  if (value === '') return '.';
  const leading = value.startsWith('//') && !value.startsWith('///') ? 2 : value.startsWith('/') ? 1 : 0;
  const parts: string[] = [];
  for (const part of value.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..' || (leading === 0 && (parts.length === 0 || parts.at(-1) === '..'))) parts.push(part);
    else if (parts.length > 0) parts.pop();
  }
  const joined = '/'.repeat(leading) + parts.join('/');
  return joined === '' ? '.' : joined;
}

/** `posixpath.dirname`. */
function dirname(value: string): string {
  const head = value.slice(0, value.lastIndexOf('/') + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, '');
}

/** `posixpath.join` of two parts. */
function join(a: string, b: string): string {
  if (b.startsWith('/')) return b;
  return a === '' || a.endsWith('/') ? a + b : `${a}/${b}`;
}

/** `posixpath.splitext(value)[1]`: the last part's extension; a leading dot starts none. */
function extension(value: string): string {
  const last = value.slice(value.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot <= 0 || /^\.+$/.test(last.slice(0, dot + 1)) ? '' : last.slice(dot);
}

/** MkDocs' `_target_uri`: `dest` read from the folder of `src`, without a leading slash. */
function targetUri(src: string, dest: string): string {
  return normpath(join(dirname(src), dest).replace(/^\/+/, ''));
}

/**
 * Every docs-relative path MkDocs tries for a link's path written on the page `src` (whose
 * MkDocs URL is `url`: `guide/page/`, `guide/page.html`, `./` for the home page), first the one
 * the link names. A link to the page itself (an empty path, `.`) means `src` too.
 */
export function possibleTargets(src: string, url: string, linkPath: string, useDirectoryUrls: boolean): string[] {
  const target = targetUri(src, linkPath);
  const found = [target];
  if (normpath(linkPath) === '.') return [target, src];
  const tried = new Set([target]);
  const prefixes = [target, targetUri(url, linkPath)];
  if (prefixes[0] === prefixes[1]) prefixes.pop();
  const suffixes: Array<(prefix: string) => string> = [];
  if (useDirectoryUrls) suffixes.push((prefix) => prefix);
  if (extension(target) === '') {
    suffixes.push((prefix) => join(prefix, 'index.md'));
    suffixes.push((prefix) => join(prefix, 'README.md'));
  }
  if (!target.endsWith('.') && !linkPath.endsWith('.md') && (useDirectoryUrls || !linkPath.endsWith('/'))) {
    suffixes.push((prefix) => `${prefix.endsWith('.html') ? prefix.slice(0, -'.html'.length) : prefix}.md`);
  }
  for (const prefix of prefixes) {
    for (const suffix of suffixes) {
      const guess = normpath(suffix(prefix));
      if (!tried.has(guess) && !guess.startsWith('../')) {
        found.push(guess);
        tried.add(guess);
      }
    }
  }
  return found;
}

/** What Python's `urlparse` makes of an href: its scheme and network location, and its path. */
export function splitHref(href: string): { readonly external: boolean; readonly path: string } {
  // urlsplit drops leading C0 controls and spaces, and tabs and line feeds anywhere.
  let rest = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(rest);
  if (scheme) return { external: true, path: '' };
  if (rest.startsWith('//')) {
    // `//host/x` names another host; `///x` has an empty one, and its path is `/x`.
    const end = rest.slice(2).search(/[/?#]/);
    const netloc = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
    if (netloc !== '') return { external: true, path: '' };
    rest = rest.slice(2);
  }
  const cut = rest.search(/[?#]/);
  if (cut !== -1) rest = rest.slice(0, cut);
  // urlparse (not urlsplit) moves `;params` of the last segment out of the path.
  const params = rest.indexOf(';', rest.lastIndexOf('/') + 1);
  return { external: false, path: params === -1 ? rest : rest.slice(0, params) };
}
