/**
 * An Examples section split as griffe splits it: `>>>` lines and their output (up to a blank
 * line) are pycon code, the rest Markdown text; doctest flags (`# doctest: +SKIP`) and
 * `<BLANKLINE>` markers are trimmed unless `trim` is off (griffe's `trim_doctest_flags`, on by default).
 */
import type { ExamplePart } from './sections.ts';

const DOCTEST_FLAGS = /\s*#\s*doctest:.+$/;
const BLANKLINE = /^\s*<BLANKLINE>\s*$/;

export function readExamples(text: string, trim = true): ExamplePart[] {
  const clean = (line: string) => (trim ? line.replace(DOCTEST_FLAGS, '').replace(BLANKLINE, '') : line);
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
    } else if (inExample) example.push(clean(line));
    else if (line.startsWith('```')) {
      inFence = !inFence;
      textLines.push(line);
    } else if (inFence) textLines.push(line);
    else if (line.startsWith('>>>')) {
      flushText();
      inExample = true;
      example.push(clean(line));
    } else textLines.push(line);
  }
  flushText();
  if (example.length > 0) parts.push(['examples', example.join('\n')]);
  return parts;
}
