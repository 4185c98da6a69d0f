/** The site model of the build rendering the page (src/integration/model-module.ts serves it). */
declare module 'virtual:mkdocs-astro/model' {
  // An ambient module cannot `import` a relative path; an import() type is the only way to name it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export function currentModel(): import('./site/model.ts').SiteModel;
}
