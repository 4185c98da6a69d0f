/**
 * pymdownx.quotes: blockquotes that never merge with the previous one (core reads the enabled
 * list for that), and with `callouts: true`, GitHub / Obsidian callouts:
 *
 * ```md
 * > [!note] Title          ->  <div class="admonition note"><p class="admonition-title">Title</p><p>Body</p></div>
 * > Body
 * > [!tip]- Closed         ->  <details class="tip"><summary>Closed</summary>…</details>  (`+`: open)
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkCallouts } from './callouts.ts';

export const quotes: ExtensionFactory = (context) => (context.options['callouts'] === true ? { remark: [remarkCallouts] } : {});
