/**
 * The text of a function's signature and an attribute's heading, as mkdocstrings-python's
 * `signature.html` and `attribute.html` write them before highlighting:
 *
 *   greet(name, /, loud=False, *args, key, **kwargs)      (show_signature_annotations: false)
 *   greet(name: str, /, loud: bool = False) -> str         (true)
 *   TIMEOUT: float = 5.0
 *
 * `self` or `cls` is left out as a method's first parameter; `/` and `*` separators are
 * written where the parameters' kinds change (as in the template, no `/` when every parameter
 * is positional-only).
 */
import type { PyAttribute, PyFunction } from '../../../../python/model.ts';

/** How annotations are shown: `unwrap_annotated` shows `Annotated[int, Gt(0)]` as `int`. */
export type ShowAnnotation = (annotation: string) => string;

export const asWritten: ShowAnnotation = (annotation) => annotation;

export function signatureText(fn: PyFunction, isMethod: boolean, annotations: boolean, omitReturn = false, show: ShowAnnotation = asWritten): string {
  const parts: string[] = [];
  let positionalOnly = false;
  let positionalSeparatorDone = false;
  let keywordSeparatorDone = false;
  fn.parameters.forEach((parameter, index) => {
    if (index === 0 && isMethod && (parameter.name === 'self' || parameter.name === 'cls')) return;
    if (parameter.kind === 'positional-only') positionalOnly = true;
    else {
      if (positionalOnly && !positionalSeparatorDone) {
        positionalSeparatorDone = true;
        parts.push('/');
      }
      if (parameter.kind === 'keyword-only' && !keywordSeparatorDone) {
        keywordSeparatorDone = true;
        parts.push('*');
      }
    }
    if (parameter.kind === 'variadic positional') keywordSeparatorDone = true;
    const annotation = annotations && parameter.annotation !== undefined ? `: ${show(parameter.annotation)}` : '';
    const prefix = parameter.kind === 'variadic positional' ? '*' : parameter.kind === 'variadic keyword' ? '**' : '';
    const variadic = parameter.kind === 'variadic positional' || parameter.kind === 'variadic keyword';
    const defaultValue = parameter.default !== undefined && !variadic ? `${annotation === '' ? '=' : ' = '}${parameter.default}` : '';
    parts.push(`${prefix}${parameter.name}${annotation}${defaultValue}`);
  });
  const returns = annotations && fn.returns !== undefined && !omitReturn ? ` -> ${show(fn.returns)}` : '';
  return `(${parts.join(', ')})${returns}`;
}

/** `showValue`: how the value is written (`format_attribute` draws it through the expression template, for its cross-references). */
export function attributeText(name: string, attribute: PyAttribute, annotations: boolean, show: ShowAnnotation = asWritten, showValue: ShowAnnotation = asWritten): string {
  const annotation = annotations && attribute.annotation !== undefined ? `: ${show(attribute.annotation)}` : '';
  const value = attribute.value !== undefined ? ` = ${showValue(attribute.value)}` : '';
  return `${name}${annotation}${value}`;
}

/**
 * griffe's `unwrap_annotated`: every `Annotated[X, ...]` (also `typing.` or
 * `typing_extensions.Annotated`) in an annotation becomes its `X`.
 *
 *   Annotated[int, Gt(0)] | None   ->  int | None
 */
export function unwrapAnnotated(annotation: string): string {
  const start = /\b(?:typing\.|typing_extensions\.)?Annotated\[/.exec(annotation);
  if (!start) return annotation;
  const open = start.index + start[0].length;
  let depth = 0;
  let comma = -1;
  let close = -1;
  for (let i = open; i < annotation.length && close < 0; i++) {
    const char = annotation[i];
    if (char === '[' || char === '(' || char === '{') depth++;
    else if (char === ']' || char === ')' || char === '}') {
      if (depth === 0) close = i;
      else depth--;
    } else if (char === ',' && depth === 0 && comma < 0) comma = i;
  }
  if (close < 0) return annotation;
  const inner = annotation.slice(open, comma < 0 ? close : comma).trim();
  return unwrapAnnotated(`${annotation.slice(0, start.index)}${inner}${annotation.slice(close + 1)}`);
}
