/**
 * What a `:::` block becomes when its object cannot be drawn (no Python source found, a module
 * the parser cannot read, another handler): a note naming the identifier, in Material's
 * admonition markup, as before this build read Python.
 *
 * ```html
 * <div class="admonition info mkdocstrings-skipped"><p class="admonition-title">API reference: <code>typer.Typer</code></p>…</div>
 * ```
 */
import type { Html } from 'mdast';

export function placeholder(identifier: string): Html {
  const code = `<code>${escapeHtml(identifier)}</code>`;
  return {
    type: 'html',
    value:
      `<div class="admonition info mkdocstrings-skipped">\n<p class="admonition-title">API reference: ${code}</p>\n` +
      `<p>The API reference for ${code} is generated from Python source by mkdocstrings, which this build could not read for it.</p>\n</div>`,
  };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
