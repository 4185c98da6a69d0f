/**
 * Sphinx-style docstrings (`docstring_style: sphinx`), as griffe's sphinx parser reads them: the
 * text up to the first field, then `:param [type] name:`, `:type name:`, `:raises Error:`,
 * `:returns:`, `:rtype:`, `:var name:` / `:ivar:` / `:cvar:` with `:vartype:` fields, each
 * running to the next field, its continuation lines joined.
 *
 * ```text
 * Add.                          ->  text 'Add.'
 * :param a: The first.          ->  parameters [{ name: 'a', annotation: 'int' (:type a:), ... }]
 * :type a: int
 * :returns: The sum.            ->  returns [{ annotation: (the signature's), description: 'The sum.' }]
 * ```
 */
import { signatureParameter, type DocstringOwner, type DocstringSection, type NamedItem, type ParameterItem, type TypedItem } from './sections.ts';

const FIELD = /^:([^:]+):\s*(.*)$/;

export function parseSphinx(text: string, owner: DocstringOwner): DocstringSection[] {
  const lines = text.split('\n');
  const firstField = lines.findIndex((line) => FIELD.test(line));
  const description = (firstField < 0 ? lines : lines.slice(0, firstField)).join('\n').replace(/\n+$/, '');
  const fields: Array<{ name: string; body: string }> = [];
  for (const line of firstField < 0 ? [] : lines.slice(firstField)) {
    const match = FIELD.exec(line);
    if (match) fields.push({ name: (match[1] ?? '').trim(), body: match[2] ?? '' });
    else {
      const last = fields.at(-1);
      if (last) last.body = `${last.body}\n${line.trim()}`.trim();
    }
  }
  const params: Array<{ name: string; annotation: string | undefined; description: string }> = [];
  const types = new Map<string, string>();
  const varTypes = new Map<string, string>();
  const attributes: Array<{ name: string; description: string }> = [];
  const raises: TypedItem[] = [];
  let returns: string | undefined;
  let rtype: string | undefined;
  for (const field of fields) {
    const [keyword = '', ...words] = field.name.split(/\s+/);
    const name = words.at(-1) ?? '';
    const typeWords = words.slice(0, -1).join(' ');
    if (['param', 'parameter', 'arg', 'argument', 'key', 'keyword'].includes(keyword)) params.push({ name, annotation: typeWords || undefined, description: field.body });
    else if (keyword === 'type') types.set(name, field.body);
    else if (['raises', 'raise', 'except', 'exception'].includes(keyword)) raises.push({ annotation: words.join(' '), description: field.body });
    else if (keyword === 'returns' || keyword === 'return') returns = field.body;
    else if (keyword === 'rtype') rtype = field.body;
    else if (['var', 'ivar', 'cvar'].includes(keyword)) attributes.push({ name, description: field.body });
    else if (keyword === 'vartype') varTypes.set(name, field.body);
  }
  const sections: DocstringSection[] = [];
  if (description.trim() !== '') sections.push({ kind: 'text', value: description });
  if (params.length > 0) {
    const items: ParameterItem[] = params.map((param) => {
      const parameter = signatureParameter(owner, param.name);
      return { name: param.name, annotation: param.annotation ?? types.get(param.name) ?? parameter?.annotation, description: param.description, default: parameter?.default };
    });
    sections.push({ kind: 'parameters', title: undefined, items });
  }
  if (attributes.length > 0) {
    const items: NamedItem[] = attributes.map((attribute) => ({ name: attribute.name, annotation: varTypes.get(attribute.name) ?? owner.memberAnnotation?.(attribute.name), description: attribute.description }));
    sections.push({ kind: 'attributes', title: undefined, items });
  }
  if (returns !== undefined || rtype !== undefined) sections.push({ kind: 'returns', title: undefined, items: [{ name: '', annotation: rtype ?? owner.returns, description: returns ?? '' }] });
  if (raises.length > 0) sections.push({ kind: 'raises', title: undefined, items: raises });
  return sections;
}
