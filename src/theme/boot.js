/*
 * The theme's first script: the first child of <body>, loaded synchronously so it runs before
 * the page paints. It marks the document as scripted (`no-js` -> `js`) and applies the stored
 * palette choice, or the first entry whose media query matches, so the page never flashes in the
 * wrong scheme. An external file, not an inline script, so the site works under a strict
 * Content-Security-Policy (`default-src 'self'`). Its data comes from its own tag:
 * `<script src=".../boot.js" data-palette="[...]" data-key="/__palette">`.
 */
(function () {
  var root = document.documentElement;
  root.className = root.className.replace('no-js', 'js');
  var script = document.currentScript;
  var entries = [];
  try {
    entries = JSON.parse((script && script.getAttribute('data-palette')) || '[]');
  } catch (error) {
    entries = [];
  }
  if (!entries.length) return;
  var key = (script && script.getAttribute('data-key')) || '__palette';
  var index = -1;
  try {
    var stored = JSON.parse(localStorage.getItem(key) || 'null');
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
})();
