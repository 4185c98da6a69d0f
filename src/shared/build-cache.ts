/**
 * The build's own cache folder, inside the output folder: a dot-folder, so publishing keeps it
 * (MkDocs' clean_directory spares dot entries) and gh-deploy leaves it out. It holds the render
 * cache and the pages' views (src/integration/cache-file.ts, page-reuse.ts), the last build's
 * manifest (build-manifest.ts), social cards (social-files.ts) and the privacy plugin's downloads
 * (src/site/privacy.ts): whatever a build keeps for the next, it keeps here, never in the project.
 */
export const CACHE_DIR = '.mkdocs-astro-cache';
