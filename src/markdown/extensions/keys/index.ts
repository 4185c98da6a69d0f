/**
 * pymdownx.keys: `++ctrl+alt+del++` -> keyboard keys.
 *
 * ```md
 * ++ctrl+c++  ->  <span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-c">C</kbd></span>
 * ```
 * Options as PyMdown's: `separator`, `strict`, `class`, `camel_case`, `key_map`.
 */
import type { ExtensionFactory } from '../../types.ts';
import { keysFromMarkdown } from './from-markdown.ts';
import { createKeyMap, strings } from './key-map.ts';
import { keysSyntax } from './syntax.ts';
import { keysHandler } from './to-hast.ts';


export const keys: ExtensionFactory = (context) => {
  const { options } = context;
  const keyMap = createKeyMap({ camelCase: options['camel_case'] === true, extra: strings(options['key_map']) });
  const separator = typeof options['separator'] === 'string' ? options['separator'] : '+';
  const classes = (typeof options['class'] === 'string' ? options['class'] : 'keys').split(' ').filter((c) => c !== '');
  return {
    pieces: true,
    micromark: [keysSyntax(keyMap)],
    fromMarkdown: [keysFromMarkdown()],
    handlers: { keys: keysHandler(keyMap, { separator, strict: options['strict'] === true, classes }) },
  };
};
