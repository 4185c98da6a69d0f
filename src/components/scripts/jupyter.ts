/**
 * mkdocs-jupyter's notebook pages: links the notebook stylesheet (src/styles/plugins/jupyter.css)
 * once, when a page that holds a notebook (`.jupyter-wrapper`) is shown. Nothing else runs: the
 * notebook's HTML is drawn at build time, and no kernel or widget is started.
 */
// Linked by this script, not imported: Astro would link an imported stylesheet from every page of every site.
import stylesheet from '../../styles/plugins/jupyter.css?url';

export function initJupyter(): void {
  if (document.head.querySelector('link[data-md-jupyter]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  link.dataset['mdJupyter'] = '';
  document.head.append(link);
}
