/**
 * Imported first by the command (and the bench's builds), before Astro: Rolldown, the bundler of
 * Vite that Astro runs, is native code that allocates with mimalloc, and mimalloc gives freed
 * memory back to the system only when the thread that freed it allocates again, after a delay
 * (`MIMALLOC_PURGE_DELAY`, 1 s by default in mimalloc 3). Rolldown's threads go idle as soon as
 * the theme is bundled, so what they had freed stayed in the build's memory until it ended. With
 * 0 a page is given back as it is freed; mimalloc reads the variable when Rolldown's binding
 * loads. A value the user set is kept.
 */
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
