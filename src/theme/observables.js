/*
 * Material's observables for the site's own scripts (published in boot.js, after its first part).
 * Material's bundle exports RxJS Observables on `window`; scripts in the wild call
 * `document$.subscribe(...)`, `location$.subscribe(url => ...)`, `keyboard$.subscribe(key => ...)`
 * and `document$.pipe(...)`. RxJS itself is not shipped: this is a small Observable with RxJS's
 * interop points, so RxJS operators a site loads itself work on it:
 *   subscribe(fn | observer)  -> a subscription with unsubscribe()
 *   pipe(...fns)              -> fns applied left to right (RxJS operator functions, or plain ones)
 *   lift(operator)            -> what RxJS 6/7 operators call on their source
 *   [Symbol.observable]       -> so rxjs.from(document$) adopts it
 * Emissions follow Material 9.7: document$ replays the last document (ReplaySubject(1)); location$
 * does not replay (a Subject fed by navigation.instant); target$ replays the last anchor;
 * viewport$, tablet$, screen$ give their current value to each subscriber; print$ and keyboard$
 * emit events only. The theme's instant navigation calls `document$.next` and `location$.next`.
 */
(function () {
  function Subscriber(observer) {
    this.closed = false;
    this._observer = observer;
    this._teardowns = [];
  }
  Subscriber.prototype.add = function (teardown) {
    if (!teardown || teardown === this) return;
    if (this.closed) run(teardown);
    else this._teardowns.push(teardown);
  };
  Subscriber.prototype.remove = function (teardown) {
    var at = this._teardowns.indexOf(teardown);
    if (at >= 0) this._teardowns.splice(at, 1);
  };
  Subscriber.prototype.unsubscribe = function () {
    if (this.closed) return;
    this.closed = true;
    this._teardowns.splice(0).forEach(run);
  };
  ['next', 'error', 'complete'].forEach(function (kind) {
    Subscriber.prototype[kind] = function (value) {
      if (this.closed) return;
      if (kind !== 'next') this.closed = true;
      var handler = this._observer[kind];
      try {
        if (typeof handler === 'function') handler.call(this._observer, value);
        else if (kind === 'error') throw value;
      } catch (error) {
        // As RxJS does: a subscriber that throws does not stop the others; the error is reported.
        setTimeout(function () { throw error; });
      }
      if (kind !== 'next') this.unsubscribe();
    };
  });
  function run(teardown) {
    if (typeof teardown === 'function') teardown();
    else if (teardown && typeof teardown.unsubscribe === 'function') teardown.unsubscribe();
  }

  function Observable(subscribe) {
    this._subscribe = subscribe;
  }
  Observable.prototype.subscribe = function (observerOrNext, error, complete) {
    var observer = typeof observerOrNext === 'function' || !observerOrNext
      ? { next: observerOrNext, error: error, complete: complete }
      : observerOrNext;
    var subscriber = new Subscriber(observer);
    // An RxJS subscriber (an operator's) ends ours when it ends.
    if (observer === observerOrNext && typeof observer.add === 'function') observer.add(function () { subscriber.unsubscribe(); });
    subscriber.add(this._subscribe(subscriber));
    return subscriber;
  };
  Observable.prototype.pipe = function () {
    return Array.prototype.reduce.call(arguments, function (source, operator) { return operator(source); }, this);
  };
  Observable.prototype.lift = function (operator) {
    var source = this;
    return new Observable(function (subscriber) { return operator.call(subscriber, source); });
  };
  Observable.prototype['@@observable'] = function () { return this; };
  if (typeof Symbol === 'function' && Symbol.observable) Observable.prototype[Symbol.observable] = Observable.prototype['@@observable'];

  /* A Subject; with `replay`, a late subscriber first gets the last value (ReplaySubject(1)). */
  function subject(replay) {
    var subscribers = [];
    var last = [];
    var result = new Observable(function (subscriber) {
      subscribers.push(subscriber);
      if (last.length) subscriber.next(last[0]);
      return function () { result._drop(subscriber); };
    });
    result._drop = function (subscriber) {
      var at = subscribers.indexOf(subscriber);
      if (at >= 0) subscribers.splice(at, 1);
    };
    result.next = function (value) {
      if (replay) last = [value];
      subscribers.slice().forEach(function (subscriber) { subscriber.next(value); });
    };
    result.asObservable = function () { return new Observable(function (subscriber) { return result.subscribe(subscriber); }); };
    return result;
  }

  /* Events of `target`, listened to only while someone subscribes. */
  function events(target, names, map, capture) {
    return new Observable(function (subscriber) {
      var listener = function (event) {
        var value = map(event);
        if (value !== undefined) subscriber.next(value);
      };
      names.forEach(function (name) { target.addEventListener(name, listener, capture); });
      return function () { names.forEach(function (name) { target.removeEventListener(name, listener, capture); }); };
    });
  }

  /* Emits the current value to each subscriber, then again on each event. */
  function current(read, changes) {
    return new Observable(function (subscriber) {
      subscriber.next(read());
      return changes.subscribe(function () { subscriber.next(read()); });
    });
  }

  var document$ = subject(true);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { document$.next(document); }, { once: true });
  else document$.next(document);

  var location$ = subject(false);

  // target$: the element the last non-empty anchor names (the address's, a hashchange's, or
  // one navigation.instant goes to), looked up when it is delivered; absent ones are skipped.
  var hash$ = subject(true);
  var pushHash = function (hash) { if (hash.length > 1) hash$.next(hash.slice(1)); };
  pushHash(location.hash);
  window.addEventListener('hashchange', function () { pushHash(location.hash); });
  location$.subscribe(function (url) { pushHash(url.hash); });
  var target$ = new Observable(function (subscriber) {
    return hash$.subscribe(function (id) {
      var element = document.getElementById(id);
      if (element) subscriber.next(element);
    });
  });

  // keyboard$: Material's key objects. In capture, so the mode is read before the theme's own
  // handlers act (search opens on `/`); claim() keeps the key from the browser and the theme.
  var composing = false;
  window.addEventListener('compositionstart', function () { composing = true; });
  window.addEventListener('compositionend', function () { composing = false; });
  var keyboard$ = events(window, ['keydown'], function (event) {
    if (event.metaKey || event.ctrlKey || composing) return undefined;
    var toggle = document.getElementById('__search');
    var mode = toggle && toggle.checked ? 'search' : 'global';
    var active = document.activeElement;
    if (mode === 'global' && active && active !== document.body) {
      var tag = active.tagName;
      var types = tag === 'INPUT' ? (active.type === 'radio' ? /^Arrow/.test(event.key) : true) : tag === 'SELECT' || tag === 'TEXTAREA' || active.isContentEditable;
      if (types) return undefined;
    }
    return {
      mode: mode,
      type: event.key,
      claim: function () {
        event.preventDefault();
        event.stopPropagation();
      },
    };
  }, true);

  var viewport$ = current(function () {
    return {
      offset: { x: Math.max(0, scrollX), y: Math.max(0, scrollY) },
      size: { width: innerWidth, height: innerHeight },
    };
  }, events(window, ['scroll', 'resize'], function () { return true; }, { passive: true }));

  function media(query) {
    var list = matchMedia(query);
    return current(function () { return list.matches; }, events(list, ['change'], function () { return true; }));
  }

  var print$ = events(window, ['beforeprint', 'afterprint'], function (event) { return event.type === 'beforeprint'; });

  // component$: each of the page's components (`{ ref }`, its `data-md-component` element) after
  // each page shown; the last one replays, as Material's shareReplay(1).
  var component$ = subject(true);
  document$.subscribe(function (doc) {
    doc.querySelectorAll('[data-md-component]').forEach(function (ref) { component$.next({ ref: ref }); });
  });

  var globals = {
    document$: document$,
    location$: location$,
    target$: target$,
    keyboard$: keyboard$,
    viewport$: viewport$,
    tablet$: media('(min-width: 960px)'),
    screen$: media('(min-width: 1220px)'),
    print$: print$,
    component$: component$,
  };
  window.app = globals;
  Object.keys(globals).forEach(function (name) { window[name] = globals[name]; });
})();
