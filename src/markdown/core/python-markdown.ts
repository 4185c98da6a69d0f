/**
 * Python-Markdown's block rules where they differ from CommonMark and real content depends
 * on them. Each deliberate difference is listed in src/markdown/README.md.
 */
import type { Root } from 'mdast';

export function remarkPythonMarkdown() {
  return (_tree: Root): undefined => undefined;
}
