/**
 * A paragraph's first source line and the rest: extensions that read a marker line at the top of
 * a block (GitHub alerts' `[!NOTE]`) take that line off and keep the lines after it.
 *
 * `[!NOTE]\nBody *x*` -> rest: `Body *x*`; a hard break (`[!NOTE]  \n`) ends the line too.
 */
import type { Paragraph, PhrasingContent } from 'mdast';

/** The children after the paragraph's first line ending; empty when it has one line. */
export function afterFirstLine(paragraph: Paragraph): PhrasingContent[] {
  const rest: PhrasingContent[] = [];
  let found = false;
  for (const node of paragraph.children) {
    if (found) rest.push(node);
    else if (node.type === 'break') found = true;
    else if (node.type === 'text' && node.value.includes('\n')) {
      found = true;
      const after = node.value.slice(node.value.indexOf('\n') + 1);
      if (after !== '') rest.push({ type: 'text', value: after });
    }
  }
  return rest;
}
