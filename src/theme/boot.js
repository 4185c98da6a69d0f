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

/*
 * Material's `document$`, for the site's own scripts: Material's docs have extra_javascript
 * subscribe to it to run on every page shown (MathJax, KaTeX, analytics setups), so a site
 * switching over would otherwise stop at "document$ is not defined". A small stand-in for its
 * RxJS ReplaySubject: a subscriber gets the document once it is parsed (at once if it already
 * is) and again after each page navigation.instant loads in place (instant.ts calls `next`).
 * `subscribe` takes a function or an observer and returns a subscription; RxJS operators
 * (`pipe`) are not provided.
 */
(function () {
  if (window.document$) return;
  var observers = [];
  var ready = false;
  function deliver(observer) {
    try {
      observer.next(document);
    } catch (error) {
      setTimeout(function () { throw error; });
    }
  }
  window.document$ = {
    subscribe: function (observer) {
      var entry = typeof observer === 'function' ? { next: observer } : observer && typeof observer.next === 'function' ? observer : { next: function () {} };
      observers.push(entry);
      if (ready) deliver(entry);
      return {
        closed: false,
        unsubscribe: function () {
          var at = observers.indexOf(entry);
          if (at >= 0) observers.splice(at, 1);
          this.closed = true;
        },
      };
    },
    next: function () {
      ready = true;
      observers.slice().forEach(deliver);
    },
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { window.document$.next(); }, { once: true });
  else window.document$.next();
})();
