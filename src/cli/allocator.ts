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
/**
 * mimalloc 3 asks the kernel for transparent huge pages on its arenas (`MIMALLOC_ALLOW_THP`), and
 * Linux's default THP mode (`madvise`) grants them: each 2 MB region Rolldown's threads touched,
 * again after every purge, was a fresh huge page the kernel zeroed whole. Measured on the Privacy
 * Guides corpus (2 cores, cold builds, three each): with huge pages the build process spent
 * 1.9-3.3 s in the kernel and peaked at 455-475 MB; without, 1.6-1.8 s and 397-413 MB, and the
 * builds were 0.3-1.5 s shorter.
 */
process.env['MIMALLOC_ALLOW_THP'] ??= '0';
