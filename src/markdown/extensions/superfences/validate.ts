/**
 * Which fence entry takes a fence, and with which options: PyMdown's `parse_options` /
 * `handle_attrs` with `highlight_validator` (the default entry) and `default_validator`
 * (custom fences). Entries are tried from the last configured; a validator sorts the header's
 * keys into options (`hl_lines`, `linenums`, `title` for highlighting) and attributes; in the
 * `key="value"` form any attribute makes the entry refuse the fence, in the `{...}` form
 * attributes are kept (when attr_list is enabled).
 *
 * ```` ```python title="a.py" ```` -> highlighted, options `{title: 'a.py'}`
 * ```` ```python foo="x" ```` -> not a fence (PyMdown leaves the lines as text)
 */
import { readFenceHeader, type FenceHeader } from './fence-info.ts';
import { markdownExecValidator } from './markdown-exec.ts';
import type { CustomFence, FenceValidator } from './options.ts';

export interface ResolvedFence {
  readonly lang: string;
  readonly classes: readonly string[];
  readonly id: string | undefined;
  /** Highlight options that passed the validator: `hl_lines`, `linenums`, `title`. */
  readonly options: Readonly<Record<string, string>>;
  /** Other keys, in order: written as attributes (only `data-*` ones on highlighted blocks). */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** The custom fence that formats it; undefined for the highlighted default. */
  readonly custom: CustomFence | undefined;
}

export interface FenceContext {
  readonly fences: readonly CustomFence[];
  readonly relaxedHeaders: boolean;
  readonly usePygments: boolean;
  /** attr_list is enabled: attributes of the `{...}` form are kept. */
  readonly attrList: boolean;
}

const HL_LINES = /^\d+(?:-\d+)?(?:[ \t]+\d+(?:-\d+)?)*$/;
const LINENUMS = /^\d+(?:[ \t]+\d+)?(?:[ \t]+\d+)?/;

interface Sorted {
  readonly options: Record<string, string>;
  readonly attributes: Array<readonly [string, string]>;
}

function sort(values: ReadonlyMap<string, string>, validator: FenceValidator, usePygments: boolean): Sorted {
  const options: Record<string, string> = {};
  const attributes: Array<readonly [string, string]> = [];
  for (const [key, value] of values) {
    if (validator === 'highlight' && usePygments && !key.startsWith('data-')) {
      const valid = (key === 'hl_lines' && HL_LINES.test(value)) || (key === 'linenums' && LINENUMS.test(value)) || key === 'title';
      if (valid) {
        options[key] = value;
        continue;
      }
    }
    attributes.push([key, value]);
  }
  return { options, attributes };
}

/** undefined when no entry accepts the fence: PyMdown then does not see a fence there. */
export function resolveFence(header: FenceHeader, context: FenceContext): ResolvedFence | undefined {
  // The default entry first, replaced by a custom `*` fence; the last matching entry wins.
  const star = [...context.fences].reverse().find((fence) => fence.name === '*');
  const entries: Array<CustomFence | undefined> = [star, ...context.fences.filter((fence) => fence.name !== '*')].reverse();
  const base = { lang: header.lang, classes: header.classes, id: header.id };
  // One set of keys for every entry, as PyMdown passes one dictionary: what a validator takes
  // out of it (markdown-exec's `exec`) the next entry does not see.
  const values = new Map(header.values);
  for (const entry of entries) {
    if (entry && entry.name !== '*' && entry.name !== header.lang) continue;
    const validator = entry ? entry.validator : 'highlight';
    if (header.form === 'unrecognized') break;
    if (validator === 'markdown-exec') {
      // A refusal passes the fence on to the next entry (usually the highlighted default).
      if (markdownExecValidator(header.lang, values)) return { ...base, options: {}, attributes: [], custom: entry };
      continue;
    }
    const sorted = sort(values, validator, context.usePygments);
    if (header.form === 'options' && sorted.attributes.length > 0) continue;
    return { ...base, options: sorted.options, attributes: context.attrList ? sorted.attributes : [], custom: entry };
  }
  if (!context.relaxedHeaders) return undefined;
  // relaxed_headers: the first entry for the language that takes a header without keys takes
  // the fence, its options dropped (markdown-exec's refuses one without `exec`).
  const entry = entries.find((candidate) => !candidate || ((candidate.name === '*' || candidate.name === header.lang) && (candidate.validator !== 'markdown-exec' || markdownExecValidator(header.lang, new Map()))));
  return { ...base, options: {}, attributes: [], custom: entry };
}

/**
 * core's test for a fence's opening line (`pythonFenceHeader`): PyMdown opens a fence only where
 * an entry accepts the header, and otherwise reads on from the next line.
 */
export function acceptsOpeningLine(context: FenceContext): (line: string) => boolean {
  return (line) => {
    const header = readFenceHeader(line.replace(/^[`~]+/, ''));
    return header !== undefined && resolveFence(header, context) !== undefined;
  };
}
