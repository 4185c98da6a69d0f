/**
 * What a `:::` block becomes when its object cannot be drawn (no Python source given to the
 * renderer: `not-run`; a module not found or not readable, another handler: `not-found`): a note
 * naming the identifier, in Material's admonition markup.
 *
 * ```html
 * <div class="admonition info mkdocstrings-skipped"><p class="admonition-title">API reference: <code>typer.Typer</code></p>…</div>
 * ```
 */
import type { Html } from 'mdast';

export function placeholder(identifier: string, why: 'not-run' | 'not-found'): Html {
  const code = `<code>${escapeHtml(identifier)}</code>`;
  const reason = why === 'not-run' ? 'which this build does not run' : 'which could not document it from the Python source found (see the build\'s warnings)';
  return {
    type: 'html',
    value:
      `<div class="admonition info mkdocstrings-skipped">\n<p class="admonition-title">API reference: ${code}</p>\n` +
      `<p>The API reference for ${code} is generated from Python source by mkdocstrings, ${reason}.</p>\n</div>`,
  };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
