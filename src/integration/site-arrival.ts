/**
 * A cold build (no last build to patch) does not wait for its pages before starting Astro: they
 * render in worker processes while this process loads Astro and Vite bundles the theme, which
 * reads none of them (the model reaches the pages at render time, model-module.ts; theme.css is
 * written after Astro, src/theme/assets.ts). Once Vite has built the bundles (Astro's `buildApp`
 * hook, ordered `post` like ours and registered after it), the build takes the site as soon as it
 * is there; Astro meanwhile goes on with what needs no page (its manifest written into the server
 * bundle, the bundle's assets moved, the bundle loaded: ~40 ms of the corpus's critical path when
 * they waited for the pages), and waits where it first asks for pages: the page routes'
 * `getStaticPaths` (and the not-found page) await `arrived()` (`modelArrived` of the model's
 * virtual module). Astro asks every route for its paths before it draws any page.
 *
 *   const arrival = siteArrival(preparing, { ready: (site) => startBuild(site), bundled: copyEarly, waiting: makeParts });
 *   plugins: [arrival.plugin]; // and the model module's source: { arrived: arrival.arrived }
 */
import type { Plugin } from 'vite';

export interface SiteArrival {
  readonly plugin: Plugin;
  /**
   * Settles once Vite has built the bundles and `ready` has taken the site (rejects as preparing
   * it did); undefined before Vite is done, when no page is asked for yet.
   */
  readonly arrived: () => Promise<void> | undefined;
}

export interface ArrivalSteps<T> {
  /** Takes the site, once it is prepared and Vite has built the bundles. */
  readonly ready: (site: T) => void;
  /** Runs once Vite has built the bundles (work that needs them, not the site). */
  readonly bundled?: (() => void) | undefined;
  /** Runs once, when Astro first waits for the site: this thread is idle until it comes. */
  readonly waiting?: (() => void) | undefined;
}

export function siteArrival<T>(site: Promise<T>, steps: ArrivalSteps<T>): SiteArrival {
  let arrival: Promise<void> | undefined;
  let waited = false;
  return {
    plugin: {
      name: 'mkdocs-astro:site-arrival',
      apply: 'build',
      buildApp: {
        order: 'post',
        handler: () => {
          steps.bundled?.();
          arrival = site.then(steps.ready);
          // Awaited by the pages' routes; should Astro fail before it asks, not an unhandled rejection.
          arrival.catch(() => undefined);
          // Vite goes on at once: nothing here waits for the site.
          return Promise.resolve();
        },
      },
    },
    arrived: () => {
      if (arrival && !waited) {
        waited = true;
        steps.waiting?.();
      }
      return arrival;
    },
  };
}
