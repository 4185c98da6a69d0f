/**
 * pymdownx.superfences options: `custom_fences` entries (`name`, `class`, `format`, `validator`).
 * Formats and validators are Python functions named in mkdocs.yml; the ones people name are
 * understood: `fence_code_format`, `fence_div_format`, arithmatex's fenced formats, markdown-exec's
 * `formatter` (markdown-exec.ts), and the `default_validator` / `highlight_validator` /
 * `markdown_exec.validator`. Any other format renders the source as a plain code block
 * (transform.ts warns once per renderer).
 *
 * Any other validator is read as `default_validator`, which takes every fence of its language:
 * a validator we cannot run may refuse some fences in Python, but guessing which would drop
 * the custom fence's output for all of them; taking them keeps each block's source on the page,
 * and the warning about its format (when that is unknown too) names the fence.
 *
 * `{name: mermaid, class: mermaid, format: !!python/name:pymdownx.superfences.fence_code_format}`
 * -> `{name: 'mermaid', className: 'mermaid', format: {kind: 'code'}, validator: 'default'}`
 */
import { isMarkdownExecName } from './markdown-exec.ts';
import { pythonName } from './python-name.ts';

export type FenceFormat =
  | { readonly kind: 'code' }
  | { readonly kind: 'div' }
  | { readonly kind: 'math'; readonly mode: 'generic' | 'mathjax'; readonly tag: string; readonly preview: boolean }
  | { readonly kind: 'markdown-exec' }
  | { readonly kind: 'unknown'; readonly name: string };

/** `highlight`: PyMdown's highlight_validator; `markdown-exec`: markdown_exec.validator; `default`: any other. */
export type FenceValidator = 'default' | 'highlight' | 'markdown-exec';

export interface CustomFence {
  /** A language name, or `*` for every fence (it then replaces the highlighted default). */
  readonly name: string;
  readonly className: string;
  readonly format: FenceFormat;
  readonly validator: FenceValidator;
}

export interface SuperfencesOptions {
  readonly fences: readonly CustomFence[];
  /** `relaxed_headers`: an unrecognized header still makes a fence (options ignored). */
  readonly relaxedHeaders: boolean;
}

export function superfencesOptions(raw: Readonly<Record<string, unknown>>): SuperfencesOptions {
  return { fences: customFences(raw), relaxedHeaders: raw['relaxed_headers'] === true };
}

export function customFences(raw: Readonly<Record<string, unknown>>): CustomFence[] {
  const entries = raw['custom_fences'];
  if (!Array.isArray(entries)) return [];
  const fences: CustomFence[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const name = 'name' in entry && typeof entry.name === 'string' ? entry.name : undefined;
    const className = 'class' in entry && typeof entry.class === 'string' ? entry.class : undefined;
    // PyMdown skips entries without a name or a class.
    if (name === undefined || className === undefined) continue;
    const format = fenceFormat('format' in entry ? entry.format : undefined);
    const validatorName = pythonName('validator' in entry ? entry.validator : undefined).name ?? '';
    fences.push({ name, className, format, validator: fenceValidator(validatorName) });
  }
  return fences;
}

function fenceValidator(name: string): FenceValidator {
  if (name.endsWith('highlight_validator')) return 'highlight';
  return isMarkdownExecName(name, 'validator') ? 'markdown-exec' : 'default';
}

function fenceFormat(raw: unknown): FenceFormat {
  if (raw === undefined) return { kind: 'code' };
  const { name = '', kwds } = pythonName(raw);
  if (isMarkdownExecName(name, 'formatter')) return { kind: 'markdown-exec' };
  switch (name) {
    case 'pymdownx.superfences.fence_code_format':
      return { kind: 'code' };
    case 'pymdownx.superfences.fence_div_format':
      return { kind: 'div' };
    case 'pymdownx.arithmatex.arithmatex_fenced_format':
      return {
        kind: 'math',
        mode: kwds['mode'] === 'mathjax' ? 'mathjax' : 'generic',
        tag: typeof kwds['tag'] === 'string' ? kwds['tag'] : 'div',
        preview: kwds['preview'] === true,
      };
    case 'pymdownx.arithmatex.fence_mathjax_format':
      return { kind: 'math', mode: 'mathjax', tag: 'div', preview: false };
    case 'pymdownx.arithmatex.fence_mathjax_preview_format':
      return { kind: 'math', mode: 'mathjax', tag: 'div', preview: true };
    case 'pymdownx.arithmatex.fence_generic_format':
      return { kind: 'math', mode: 'generic', tag: 'div', preview: false };
    default:
      return { kind: 'unknown', name };
  }
}
