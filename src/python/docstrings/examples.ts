/**
 * An Examples section split as griffe splits it: `>>>` lines and their output (up to a blank
 * line) are pycon code, the rest Markdown text; doctest flags (`# doctest: +SKIP`) and
 * `<BLANKLINE>` markers are trimmed (griffe's `trim_doctest_flags`, on by default).
 */
import type { ExamplePart } from './sections.ts';

const DOCTEST_FLAGS = /\s*#\s*doctest:.+$/;
const BLANKLINE = /^\s*<BLANKLINE>\s*$/;

export function readExamples(text: string): ExamplePart[] {
  const parts: ExamplePart[] = [];
  let inExample = false;
  let inFence = false;
  let textLines: string[] = [];
  let example: string[] = [];
  const flushText = () => {
    if (textLines.length > 0) parts.push(['text', textLines.join('\n').replace(/\n+$/, '')]);
    textLines = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (inExample) {
        if (example.length > 0) parts.push(['examples', example.join('\n')]);
        example = [];
        inExample = false;
      } else textLines.push(line);
    } else if (inExample) example.push(line.replace(DOCTEST_FLAGS, '').replace(BLANKLINE, ''));
    else if (line.startsWith('```')) {
      inFence = !inFence;
      textLines.push(line);
    } else if (inFence) textLines.push(line);
    else if (line.startsWith('>>>')) {
      flushText();
      inExample = true;
      example.push(line.replace(DOCTEST_FLAGS, ''));
    } else textLines.push(line);
  }
  flushText();
  if (example.length > 0) parts.push(['examples', example.join('\n')]);
  return parts;
}
