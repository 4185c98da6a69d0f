/**
 * legacy_em: Python-Markdown 2's underscore emphasis, where `_` works inside words like `*`.
 * Core's `_` emphasis pass takes legacy_em's patterns when it is enabled (core/emphasis.ts,
 * wired in pipeline.ts), so this extension adds no layer of its own.
 *
 * ```md
 * _connected_words_   ->  <p><em>connected</em>words_</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';

export const legacyEm: ExtensionFactory = () => ({});
