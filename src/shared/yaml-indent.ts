/**
 * PyYAML's leniency with under-indented lines inside quoted scalars and flow collections.
 *
 * PyYAML never checks the indentation of a quoted scalar's continuation lines ("instead of checking
 * indentation, we check for document separators", scanner.scan_flow_scalar_breaks) nor of lines inside a
 * flow collection ("in the flow context, indentation is ignored", scanner.unwind_indent). So MkDocs loads
 *
 *     extra:
 *       banner:
 *         text: 'You are reading the development version
 *         of the documentation.'
 *
 * where js-yaml, following the YAML specification, stops at "deficient indentation" (its only two throws of
 * that reason are exactly these two places). Such a line's leading white space is folded away (quoted
 * scalar) or is mere separation (flow collection), so indenting it further changes no value: we do that and
 * parse again. Line numbers stay; a padded line's columns move right.
 */
import { YAMLException } from 'js-yaml';

/** More attempts than any real file needs; a hostile one still ends quickly, with js-yaml's own error. */
const MAX_ATTEMPTS = 200;

/** `parse(text)`, again with each line js-yaml finds deficiently indented given the indent it lacks. */
export function parseLikePyYaml<T>(text: string, parse: (text: string) => T): T {
  let current = text;
  for (let attempt = 0; ; attempt++) {
    try {
      return parse(current);
    } catch (error) {
      const padded = attempt < MAX_ATTEMPTS ? indentDeficientLine(current, error) : undefined;
      if (padded === undefined) throw error;
      current = padded;
    }
  }
}

/**
 * The text with the line of a "deficient indentation" error indented one column deeper than the line above it
 * (or at least one more column than it had), or undefined when the error is another or its line is blank:
 * an unclosed `[` at the end of the file is reported there and must stay an error.
 */
function indentDeficientLine(text: string, error: unknown): string | undefined {
  if (!(error instanceof YAMLException) || error.reason !== 'deficient indentation' || !error.mark) return undefined;
  const lines = text.split('\n');
  const index = error.mark.line;
  const line = lines[index];
  if (line === undefined || line.trim() === '') return undefined;
  const indent = (s: string) => s.length - s.trimStart().length;
  const above = lines.slice(0, index).findLast((l) => l.trim() !== '');
  const wanted = Math.max(indent(line) + 1, above === undefined ? 0 : indent(above) + 1);
  lines[index] = ' '.repeat(wanted - indent(line)) + line;
  return lines.join('\n');
}
