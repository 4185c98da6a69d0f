/** The site model of the build rendering the page (src/integration/model-module.ts serves it). */
declare module 'virtual:mkdocs-astro/model' {
  // An ambient module cannot `import` a relative path; an import() type is the only way to name it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export function currentModel(): import('./site/model.ts').SiteModel;
  /** Settles once the model is there (a cold build's arrives as Astro starts drawing pages): what a page route's getStaticPaths awaits first. */
  export function modelArrived(): Promise<void>;
  /** The pages Astro renders in this build: all of them, but those reused from the last build. */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export function pagesToRender(): readonly import('./site/model.ts').PageModel[];
  /** Hands the HTML Astro rendered for a page (by route id) back to the build, with its UTF-8 (what Astro writes). */
  export function pageRendered(route: string, html: string, bytes?: Uint8Array): Promise<void> | undefined;
  /** Whether the build reads this page's HTML from the file Astro writes (a big page), so it is not to be handed back. */
  export function readsRenderedFile(route: string): boolean;
  /** What to draw in place of a big page's content and toc, which the build writes into the file itself (src/integration/content-splice.ts); undefined: draw them. */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export function spliceMarkers(route: string): import('./integration/content-splice.ts').SpliceMarkers | undefined;
  /** Whether the build wants each page's HTML (a `build`; not `serve`). */
  export function wantsRenderedPages(): boolean;
}
