/**
 * The renderer's micromark extensions merged once, for every parse. micromark's `parse()` merges
 * its constructs with every extension it is given (combineExtensions) on each call, and a page is
 * parsed in many parts: each md_in_html block, raw-block tail, glossary tail and piece on its own
 * (about 1,000 parses for the corpus's 123 pages, where the merge cost about as much as
 * tokenizing 100 KB). Handed the one merged extension, micromark merges it with its own
 * constructs only (a third of the work).
 *
 * The table of constructs is the same: combineExtensions puts an extension's constructs before
 * those already listed for a character (after them for `add: 'after'`), so merging the list first
 * and then with micromark's own constructs gives, for each character, the `before` constructs
 * last extension first, micromark's, then the `after` ones in order — as merging one by one does
 * (tests/markdown/combined-syntax.test.ts compares the two tables).
 *
 * ```ts
 * fromMarkdown(text, { extensions: combinedSyntax(processor), mdastExtensions })
 * ```
 */
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Extension } from 'micromark-util-types';
import type { Processor } from 'unified';

declare module 'unified' {
  interface Data {
    /** `micromarkExtensions` merged (see combinedSyntax), and how many there were then. */
    combinedMicromarkExtensions?: { readonly count: number; readonly extensions: Extension[] } | undefined;
  }
}

/**
 * The processor's `micromarkExtensions` as one extension (in a list, to spread with more). Merged
 * on the first parse, when every plugin has added its own; merged again if the list grew since.
 */
export function combinedSyntax(processor: Processor): Extension[] {
  const data = processor.data();
  const extensions = data.micromarkExtensions ?? [];
  const cached = data.combinedMicromarkExtensions;
  if (cached?.count === extensions.length) return cached.extensions;
  const combined = [combineExtensions(extensions)];
  data.combinedMicromarkExtensions = { count: extensions.length, extensions: combined };
  return combined;
}
