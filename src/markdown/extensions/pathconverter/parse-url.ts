/**
 * How PyMdown tells a file path from a URL in `href` / `src` (its `util.parse_url`, on Python's
 * `urlparse`), shared by pathconverter and b64.
 *
 * ```ts
 * parseUrl('../img/a.png?v=2')  // { path: '../img/a.png', query: 'v=2', isUrl: false, isAbsolute: false, … }
 * parseUrl('https://x.org/a')   // isUrl: true
 * ```
 */

export interface UrlParts {
  scheme: string;
  netloc: string;
  path: string;
  query: string;
  fragment: string;
  /** A web or other non-file URL (or a bare fragment): never touched. */
  readonly isUrl: boolean;
  /** A root (`/x`) or `file:` path. */
  readonly isAbsolute: boolean;
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+\-.]*):/;
const URL_SCHEME = /^(?:(?:http|ftp)s?|data|mailto|tel|news)/;
const WIN_DRIVE_LETTER = /^[A-Za-z]$/;
const WIN_DRIVE_PATH = /^[A-Za-z]:(?:\\.*)?$/;

/** Python's `urlparse` without `params` (kept in the path). */
function split(url: string): Omit<UrlParts, 'isUrl' | 'isAbsolute'> {
  let rest = url;
  let scheme = '';
  const match = SCHEME.exec(rest);
  if (match?.[1] !== undefined) {
    scheme = match[1].toLowerCase();
    rest = rest.slice(match[0].length);
  }
  let netloc = '';
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end === -1 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end === -1 ? '' : rest.slice(end + 2);
  }
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let query = '';
  const question = rest.indexOf('?');
  if (question !== -1) {
    query = rest.slice(question + 1);
    rest = rest.slice(0, question);
  }
  return { scheme, netloc, path: rest, query, fragment };
}

export function parseUrl(url: string): UrlParts {
  const parts = split(url);
  let { scheme, netloc, path } = parts;
  let isUrl = false;
  let isAbsolute = false;
  if (URL_SCHEME.test(scheme)) isUrl = true;
  else if (scheme === '' && netloc === '' && path === '') isUrl = true;
  else if (scheme === 'file' && WIN_DRIVE_PATH.test(netloc)) {
    path = `/${(netloc + path).replace(/\\/g, '/')}`;
    netloc = '';
    isAbsolute = true;
  } else if (scheme === 'file' && netloc.startsWith('\\')) {
    path = (netloc + path).replace(/\\/g, '/');
    netloc = '';
    isAbsolute = true;
  } else if (scheme === 'file') isAbsolute = true;
  else if (WIN_DRIVE_LETTER.test(scheme)) {
    path = `/${scheme}:${path.replace(/\\/g, '/')}`;
    scheme = 'file';
    netloc = '';
    isAbsolute = true;
  } else if (scheme === '' && netloc !== '' && url.startsWith('//')) {
    path = `//${netloc}${path}`;
    scheme = 'file';
    netloc = '';
    isAbsolute = true;
  } else if (scheme !== '' && netloc !== '') isUrl = true;
  else if (path.startsWith('/') || path.startsWith('\\')) isAbsolute = true;
  return { ...parts, scheme, netloc, path, isUrl, isAbsolute };
}

/** Python's `urlunparse`: empty parts leave no separator. */
export function unparseUrl(parts: Pick<UrlParts, 'scheme' | 'netloc' | 'path' | 'query' | 'fragment'>): string {
  let url = parts.path;
  if (parts.netloc !== '' || (parts.scheme === 'file' && !url.startsWith('//'))) {
    if (url !== '' && !url.startsWith('/')) url = `/${url}`;
    url = `//${parts.netloc}${url}`;
  }
  if (parts.scheme !== '') url = `${parts.scheme}:${url}`;
  if (parts.query !== '') url += `?${parts.query}`;
  if (parts.fragment !== '') url += `#${parts.fragment}`;
  return url;
}

/** Python's `url2pathname` on POSIX: percent-decoding. */
export function urlToPath(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Python's `pathname2url` on POSIX: `quote` with `/` safe. */
export function pathToUrl(path: string): string {
  return encodeURIComponent(path).replace(/%2F/gi, '/').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
