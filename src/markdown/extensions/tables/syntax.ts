/**
 * GFM's table tokenizer, held to Python-Markdown's rule that a table is a block of its own:
 * it never interrupts a paragraph (Python-Markdown only sees a table at the start of a block,
 * so `Text\n| a |\n|---|` stays one paragraph).
 */
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Construct, Extension, Tokenizer } from 'micromark-util-types';

export function pythonTable(): Extension {
  const flow = gfmTable().flow?.['null'];
  const base = Array.isArray(flow) ? flow[0] : flow;
  if (!base) return {};
  const tokenize: Tokenizer = function (effects, ok, nok) {
    // `interrupt` is set while micromark checks whether a line may end the open paragraph.
    return this.interrupt ? nok : base.tokenize.call(this, effects, ok, nok);
  };
  const construct: Construct = { ...base, tokenize };
  return { flow: { null: construct } };
}
