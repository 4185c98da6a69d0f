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

export function signatureText(fn: PyFunction, isMethod: boolean, annotations: boolean, omitReturn = false): string {
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
    const annotation = annotations && parameter.annotation !== undefined ? `: ${parameter.annotation}` : '';
    const prefix = parameter.kind === 'variadic positional' ? '*' : parameter.kind === 'variadic keyword' ? '**' : '';
    const variadic = parameter.kind === 'variadic positional' || parameter.kind === 'variadic keyword';
    const defaultValue = parameter.default !== undefined && !variadic ? `${annotation === '' ? '=' : ' = '}${parameter.default}` : '';
    parts.push(`${prefix}${parameter.name}${annotation}${defaultValue}`);
  });
  const returns = annotations && fn.returns !== undefined && !omitReturn ? ` -> ${fn.returns}` : '';
  return `(${parts.join(', ')})${returns}`;
}

export function attributeText(name: string, attribute: PyAttribute, annotations: boolean): string {
  const annotation = annotations && attribute.annotation !== undefined ? `: ${attribute.annotation}` : '';
  const value = attribute.value !== undefined ? ` = ${attribute.value}` : '';
  return `${name}${annotation}${value}`;
}
