/**
 * pymdownx.saneheaders: an ATX heading needs a space after its one to six `#`s, so `#3` (an
 * issue reference) and `#hashtag` stay text.
 *
 * ```md
 * # Title     ->  <h1>Title</h1>
 * #3          ->  <p>#3</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { saneHeadingExtension } from './syntax.ts';

export const saneheaders: ExtensionFactory = () => ({ micromark: [saneHeadingExtension] });
