/**
 * mkdocstrings' `::: identifier` blocks with its Python handler: each block's object is looked
 * up in the Python source the site found (`RendererOptions.python`, src/site/mkdocstrings.ts),
 * drawn as mkdocstrings-python's material templates draw it (render/), and put in the page as
 * one node whose headings the page's toc reads (ids are the objects' paths: `pkg.mod.Class`).
 *
 * ```md
 * ::: pkg.Client     ->  <div class="doc doc-object doc-class">…<h2 id="pkg.Client" …>…</div>
 * ```
 * A block that cannot be drawn (no Python source given to the renderer, a module not found or
 * not readable, another handler) becomes a note naming it (placeholder.ts), with a warning at
 * the block's line saying why. The page's other Markdown is never touched.
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { SKIP, visit } from '../../core/visit.ts';
import type { RendererOptions } from '../../types.ts';
import { readBlock, type AutodocBlock } from './block.ts';
import { readOptions } from './options.ts';
import { placeholder } from './placeholder.ts';
import type { Highlighter } from './render/highlight.ts';
import { createConverter } from './render/markdown.ts';
import { renderRoot } from './render/objects.ts';
import type {} from './mdast.ts';

export interface MkdocstringsSettings {
  readonly renderer: RendererOptions;
  /** The plugin's options as written in mkdocs.yml (`default_handler`, `handlers: python: options:`). */
  readonly plugin: Readonly<Record<string, unknown>>;
  readonly highlight: Highlighter;
}

export function remarkMkdocstrings(this: Processor, settings: MkdocstringsSettings) {
  const processor = this;
  const handlerOptions = pythonHandlerOptions(settings.plugin);
  const defaultHandler = typeof settings.plugin['default_handler'] === 'string' ? settings.plugin['default_handler'] : 'python';
  return (tree: Root, file: VFile): undefined => {
    if (file.data.mkdocstringsNested === true) return;
    const source = String(file.value);
    const skipped: AutodocBlock[] = [];
    visit(tree, (node: Nodes, position, parent: Parents | undefined) => {
      if (node.type !== 'paragraph' || !parent || position === undefined) return undefined;
      const siblings: RootContent[] = parent.children;
      const block = readBlock(node, siblings[position + 1], source);
      if (!block) return undefined;
      const place = block.line === undefined ? undefined : { line: block.line, column: 1 };
      const warn = (reason: string) => file.message(`mkdocstrings: ${reason}`, { place, ruleId: 'mkdocstrings', source: 'mkdocstrings' });
      if (block.problem !== undefined) warn(`'::: ${block.identifier}': ${block.problem}`);
      const handler = typeof block.config?.['handler'] === 'string' ? block.config['handler'] : defaultHandler;
      const python = settings.renderer.python;
      let replacement: RootContent = placeholder(block.identifier, python ? 'not-found' : 'not-run');
      if (handler !== 'python') warn(`'::: ${block.identifier}' uses the '${handler}' handler; only the Python handler is read here, so it is shown as a note`);
      else if (!python) skipped.push(block);
      else {
        // Whatever goes wrong stays with this block: a note and a warning, the page goes on.
        try {
          const found = python.resolve(block.identifier);
          file.data.includes = [...new Set([...(file.data.includes ?? []), ...found.files])];
          if (found.kind === 'not-found') warn(`'::: ${block.identifier}' could not be documented: ${found.reason}; it is shown as a note`);
          else {
            const blockOptions = block.config?.['options'];
            const { options, problems } = readOptions([handlerOptions, isRecord(blockOptions) ? blockOptions : {}]);
            for (const problem of problems) warn(`'::: ${block.identifier}': ${problem}`);
            const converter = createConverter(processor, file, (reason) => warn(`in the docstrings of '${block.identifier}': ${reason}`));
            // Drawing reads more modules (bases, submodules, re-exports): the page depends on them too.
            const { value: hast, files } = python.track(() => renderRoot(found, { options, python, highlight: settings.highlight, projectDir: settings.renderer.projectDir, ...converter }));
            file.data.includes = [...new Set([...(file.data.includes ?? []), ...files])];
            replacement = { type: 'mkdocstringsBlock', hast };
          }
        } catch (cause) {
          warn(`'::: ${block.identifier}' could not be documented: ${cause instanceof Error ? cause.message : String(cause)}; it is shown as a note (please report this)`);
        }
      }
      siblings.splice(position, block.remove, replacement);
      return [SKIP, position + 1];
    });
    const first = skipped[0];
    if (first === undefined) return;
    const names = skipped.map((block) => `'${block.identifier}'`).join(', ');
    file.message(
      `mkdocstrings: ${skipped.length === 1 ? 'one API reference block' : `${String(skipped.length)} API reference blocks`} (${names}) shown as a note: they are generated from Python source by mkdocstrings' handlers, which this build cannot run`,
      { place: first.line === undefined ? undefined : { line: first.line, column: 1 }, ruleId: 'mkdocstrings-skipped', source: 'mkdocstrings' },
    );
  };
}

/** `handlers: python: options:` of the plugin's config. */
function pythonHandlerOptions(plugin: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const handlers = plugin['handlers'];
  const python = isRecord(handlers) ? handlers['python'] : undefined;
  const options = isRecord(python) ? python['options'] : undefined;
  return isRecord(options) ? options : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
