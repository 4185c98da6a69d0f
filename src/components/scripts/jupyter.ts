/**
 * mkdocs-jupyter's notebook pages: links the notebook stylesheet (src/styles/plugins/jupyter.css)
 * once, when a page that holds a notebook (`.jupyter-wrapper`) is shown. Nothing else runs: the
 * notebook's HTML is drawn at build time, and no kernel or widget is started.
 */
// Linked by this script, not imported: Astro would link an imported stylesheet from every page of every site.
import stylesheet from '../../styles/plugins/jupyter.css?url';
import { linkStylesheetOnce } from './plugin-stylesheet.ts';

export function initJupyter(): void {
  linkStylesheetOnce(stylesheet, 'jupyter');
}
