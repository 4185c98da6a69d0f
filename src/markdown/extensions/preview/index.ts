/**
 * material.extensions.preview (Material for MkDocs 9.7): marks internal links whose target file
 * its filters admit with `data-preview`, so the theme shows that part of the target page in a
 * tooltip on hover or focus (src/components/scripts/preview.ts). Needs the site's files
 * (`RendererOptions.files`); without them no link is marked.
 *
 * ```md
 * [Install](setup.md#install)  ->  <p><a data-preview="" href="setup/#install">Install</a></p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { previewOptions } from './options.ts';
import { rehypePreview } from './rehype.ts';

export const preview: ExtensionFactory = (context) => {
  const { configurations, warnings } = previewOptions(context.options);
  // Material's treeprocessor runs at priority 0, after toc's 5: it sees the permalinks.
  return { optionWarnings: warnings, rehypeAfterToc: [[rehypePreview, { configurations, files: context.renderer.files }]] };
};
