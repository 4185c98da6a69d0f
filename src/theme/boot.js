/*
 * The theme's first script: the first child of <body>, loaded synchronously so it runs before the
 * page paints and before the site's extra_javascript. An external file, not an inline script, so
 * the site works under a strict Content-Security-Policy (`default-src 'self'`). Its data comes
 * from its own tag: `<script src=".../boot.js" data-scope=".." data-palette="[...]">`.
 *
 * 1. `no-js` -> `js`.
 * 2. Material's storage helpers, as its base.html defines them (same keys, same JSON):
 *    `__md_scope` (the site's root URL, or `extra.scope`), `__md_hash`, `__md_get`, `__md_set`.
 * 3. The stored palette (`<scope>.__palette`, `{index, color}`), or the first entry whose media
 *    matches, applied before paint and stored, as Material's bundle stores it at start.
 * 4. Material's observables for the site's scripts (`document$`, `location$`, `keyboard$`...),
 *    also under `window.app`; the theme feeds them (src/components/scripts/globals.ts).
 */
(function () {
  var root = document.documentElement;
  root.className = root.className.replace('no-js', 'js');
  var script = document.currentScript;
  var data = function (name) { return (script && script.getAttribute(name)) || ''; };

  // Material's base.html, word for word in behaviour: scripts of sites call these directly.
  window.__md_scope = new URL(data('data-scope') || '.', location);
  window.__md_hash = function (value) {
    return Array.from(value).reduce(function (h, c) { return (h << 5) - h + c.charCodeAt(0); }, 0);
  };
  window.__md_get = function (key, storage, scope) {
    return JSON.parse((storage || localStorage).getItem((scope || window.__md_scope).pathname + '.' + key));
  };
  window.__md_set = function (key, value, storage, scope) {
    try {
      (storage || localStorage).setItem((scope || window.__md_scope).pathname + '.' + key, JSON.stringify(value));
    } catch (error) {
      // Storage off or full: the choice holds for this page only, as with Material.
    }
  };

  var entries = [];
  try {
    entries = JSON.parse(data('data-palette') || '[]');
  } catch (error) {
    entries = [];
  }
  if (!entries.length) return;
  var index = -1;
  try {
    var stored = window.__md_get('__palette');
    // Our earlier key (`<base>__palette`, `{index}`), read once and moved to Material's.
    var legacy = data('data-legacy-key');
    if (!stored && legacy) {
      stored = JSON.parse(localStorage.getItem(legacy) || 'null');
      localStorage.removeItem(legacy);
    }
    if (stored && entries[stored.index]) index = stored.index;
  } catch (error) {}
  if (index < 0) {
    index = 0;
    for (var i = 0; i < entries.length; i++) {
      if (!entries[i].media || matchMedia(entries[i].media).matches) { index = i; break; }
    }
  }
  var entry = entries[index];
  if (entry.media === '(prefers-color-scheme)') {
    var want = matchMedia('(prefers-color-scheme: dark)').matches ? '(prefers-color-scheme: dark)' : '(prefers-color-scheme: light)';
    for (var j = 0; j < entries.length; j++) if (entries[j].media === want) { entry = entries[j]; break; }
  }
  var body = document.body;
  body.setAttribute('data-md-color-scheme', entry.scheme);
  body.setAttribute('data-md-color-primary', entry.primary);
  body.setAttribute('data-md-color-accent', entry.accent);
  body.setAttribute('data-md-color-media', entries[index].media);
  if (entries.length > 1) {
    window.__md_set('__palette', { index: index, color: { media: entries[index].media, scheme: entry.scheme, primary: entry.primary, accent: entry.accent } });
  }
})();
