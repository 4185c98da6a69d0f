/**
 * mkdocstrings' `::: identifier` blocks (its AutoDocProcessor: a block whose line matches
 * `^(#{1,6} *|)::: ?(?P<name>.+?) *$`, its indented lines the YAML options, or, after a blank line,
 * an indented block starting `handler:` or `options:`) cannot be rendered here: the reference
 * is made by a Python handler importing the code. Each block becomes a note saying so, in
 * Material's admonition markup, and the page gets one warning naming them all.
 *
 * ```md
 * ::: typer.Typer            ->  <div class="admonition info mkdocstrings-skipped">
 *     options:                     <p class="admonition-title">API reference: <code>typer.Typer</code></p>
 *       show_root_heading: true    <p>... generated from Python source by mkdocstrings, which this build does not run.</p>
 *                                </div>
 * ```
 *
 * A paragraph is a block here (as in Python-Markdown), so code and fences are never read. Not
 * read: the `## ::: name` heading form (it stays a heading) and a `:::` line in the middle of a
 * paragraph (mkdocstrings splits the paragraph there).
 */
import type { Html, Nodes, Paragraph, Parents, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from '../../core/visit.ts';

const AUTODOC_LINE = /^::: ?(\S(?:.*[^ ])?) *$/;

export function remarkMkdocstrings() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    const found: Array<{ identifier: string; line: number | undefined }> = [];
    visit(tree, (node: Nodes, position, parent: Parents | undefined) => {
      if (node.type !== 'paragraph' || !parent || position === undefined) return undefined;
      const identifier = autodocIdentifier(node, source);
      if (identifier === undefined) return undefined;
      found.push({ identifier, line: node.position?.start.line });
      const siblings: RootContent[] = parent.children;
      // YAML options after a blank line are an indented code block to the parser.
      const next = siblings[position + 1];
      const optionsBlock = next?.type === 'code' && next.lang == null && /^(handler|options):/.test(next.value) && isIndented(next, source);
      siblings.splice(position, optionsBlock ? 2 : 1, note(identifier));
      return [SKIP, position + 1];
    });
    const first = found[0];
    if (first === undefined) return;
    const names = found.map((block) => `'${block.identifier}'`).join(', ');
    file.message(
      `mkdocstrings: ${found.length === 1 ? 'one API reference block' : `${String(found.length)} API reference blocks`} (${names}) shown as a note: they are generated from Python source by mkdocstrings' handlers, which this build cannot run`,
      { place: first.line === undefined ? undefined : { line: first.line, column: 1 }, ruleId: 'mkdocstrings-skipped', source: 'mkdocstrings' },
    );
  };
}

/** The identifier when the paragraph's first source line is a `::: identifier` line. */
function autodocIdentifier(node: Paragraph, source: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const text = source.slice(start, end);
  const newline = text.indexOf('\n');
  const match = AUTODOC_LINE.exec(newline < 0 ? text : text.slice(0, newline));
  return match?.[1];
}

function isIndented(node: Nodes, source: string): boolean {
  const start = node.position?.start.offset;
  if (start === undefined) return false;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return /^( {4}|\t)/.test(source.slice(lineStart, lineStart + 4));
}

function note(identifier: string): Html {
  const code = `<code>${escapeHtml(identifier)}</code>`;
  return {
    type: 'html',
    value:
      `<div class="admonition info mkdocstrings-skipped">\n<p class="admonition-title">API reference: ${code}</p>\n` +
      `<p>The API reference for ${code} is generated from Python source by mkdocstrings, which this build does not run.</p>\n</div>`,
  };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
