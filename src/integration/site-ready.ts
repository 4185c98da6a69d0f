/**
 * A cold build (no last build to patch) does not wait for its pages before starting Astro: they
 * render in worker processes while this process loads Astro and Vite bundles the theme, which
 * reads none of them (the model reaches the pages at render time, model-module.ts; theme.css is
 * written after Astro, src/theme/assets.ts). This Vite plugin is where the build waits: after
 * Vite has built the bundles and before Astro renders the first page, the moment Astro's own
 * page generation starts (its `buildApp` hook, ordered `post` like ours and registered after it).
 *
 *   plugins: [siteReady(preparing, (site) => startBuild(site), () => copyStaticFilesEarly())]
 */
import type { Plugin } from 'vite';

export function siteReady<T>(site: Promise<T>, ready: (site: T) => void, meanwhile?: () => void): Plugin {
  return {
    name: 'mkdocs-astro:site-ready',
    apply: 'build',
    buildApp: {
      order: 'post',
      handler: async () => {
        // This thread has nothing else to do until the pages are rendered.
        meanwhile?.();
        ready(await site);
      },
    },
  };
}
