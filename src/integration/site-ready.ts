/**
 * A cold build (no last build to patch) does not wait for its pages before starting Astro: they
 * render in worker processes while this process loads Astro and Vite bundles the theme, which
 * reads none of them (the model reaches the pages at render time, model-module.ts; theme.css is
 * written after Astro, src/theme/assets.ts). Once Vite has built the bundles (Astro's `buildApp`
 * hook, ordered `post` like ours and registered after it), the build takes the site as soon as it
 * is there; Astro meanwhile goes on with what needs no page (its manifest written into the server
 * bundle, the bundle's assets moved, the bundle loaded: ~40 ms of the corpus's critical path when
 * they waited for the pages), and waits where it first asks for pages: the page routes'
 * `getStaticPaths` await `arrived()` (`modelArrived` of the model's virtual module). Astro asks
 * every route for its paths before it draws any page, so no page is drawn without the site.
 *
 *   const arrival = siteArrival(preparing, (site) => startBuild(site), () => copyStaticFilesEarly());
 *   plugins: [arrival.plugin]; // and the model module's source: { arrived: arrival.arrived }
 */
import type { Plugin } from 'vite';

export interface SiteArrival {
  readonly plugin: Plugin;
  /**
   * Settles once Vite has built the bundles and `ready` has taken the site (rejects as preparing
   * it did); undefined before Vite is done.
   */
  readonly arrived: () => Promise<void> | undefined;
}

export function siteArrival<T>(site: Promise<T>, ready: (site: T) => void, meanwhile?: () => void): SiteArrival {
  let arrival: Promise<void> | undefined;
  return {
    plugin: {
      name: 'mkdocs-astro:site-ready',
      apply: 'build',
      buildApp: {
        order: 'post',
        handler: () => {
          // This thread has nothing else to do until the pages are rendered.
          meanwhile?.();
          arrival = site.then(ready);
          // Awaited by the pages' routes; should Astro fail before it asks, not an unhandled rejection.
          arrival.catch(() => undefined);
        },
      },
    },
    arrived: () => arrival,
  };
}
