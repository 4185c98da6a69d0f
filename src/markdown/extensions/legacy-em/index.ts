/**
 * legacy_em: Python-Markdown 2's underscore emphasis, where `_` works inside words like `*`
 * (see syntax.ts).
 *
 * ```md
 * _connected_words_   ->  <p><em>connected</em>words_</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { legacyEmSyntax } from './syntax.ts';

export const legacyEm: ExtensionFactory = () => ({ micromark: [legacyEmSyntax()] });
