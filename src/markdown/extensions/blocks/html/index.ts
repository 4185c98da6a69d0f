/**
 * `pymdownx.blocks.html`: `/// html | tag#id.class[attr=value]` makes any element; its body is
 * parsed as blocks, inline text or kept raw depending on the tag (or `markdown:` option, or
 * the extension's `custom` list of `{tag, mode}`).
 *
 * `/// html | div.note\nHi\n///` -> `<div class="note"><p>Hi</p></div>`
 */
import type { BlockKind, ContentMode } from '../kind.ts';
import { blockElement } from '../kind.ts';
import { parseOneOf } from '../options.ts';
import { parseSelector } from './selector.ts';

const MODES = ['auto', 'inline', 'block', 'raw', 'html'] as const;

function isMode(value: unknown): value is ContentMode {
  return typeof value === 'string' && MODES.some((mode) => mode === value);
}

/** `/// html | selector`, with the extension's `custom` list of `{tag, mode}`. */
export function htmlKind(config: Readonly<Record<string, unknown>>): BlockKind {
  const custom = new Map<string, ContentMode>();
  const entries = config['custom'];
  if (Array.isArray(entries)) {
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null || !('tag' in entry) || typeof entry.tag !== 'string') continue;
      const mode = 'mode' in entry ? entry.mode : 'auto';
      custom.set(entry.tag, isMode(mode) ? mode : 'auto');
    }
  }
  return {
    name: 'html',
    argument: 'required',
    options: { markdown: { defaultValue: 'auto', parse: parseOneOf(MODES) } },
    accepts: (argument) => parseSelector(argument ?? '') !== undefined,
    create(input, siblings) {
      const selector = parseSelector(input.argument ?? '') ?? { tag: 'div', attributes: [] };
      const tag = selector.tag.toLowerCase();
      const element = blockElement(tag, selector.attributes);
      siblings.push(element);
      const option = input.options.get('markdown');
      let mode: ContentMode = isMode(option) ? option : 'auto';
      if (mode === 'auto') mode = custom.get(tag) ?? 'auto';
      return { element, target: element, mode };
    },
  };
}
