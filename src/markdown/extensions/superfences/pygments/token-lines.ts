/**
 * Lexer.get_tokens' preprocessing plus HtmlFormatter._format_lines, as hast: one entry per code
 * line (without its `\n`), each a list of text nodes and `<span class>` elements. Neighbouring
 * tokens with the same class share one span, and no span crosses a line end, exactly as
 * HtmlFormatter writes them:
 *
 *     echo "a b"   ->   [<span class="nb">echo</span>, <span class="w"> </span>, <span class="s2">"a b"</span>]
 */
import type { ElementContent } from 'hast';
import type { Lexer } from './regex-lexer.ts';
import { cssClass } from './token.ts';

export function tokenLines(source: string, lexer: Lexer, stripnl = true): ElementContent[][] {
  const lines: ElementContent[][] = [];
  let line: ElementContent[] = [];
  for (const [, type, value] of lexer.tokensUnprocessed(prepare(source, stripnl))) {
    const className = cssClass(type);
    const parts = value.split('\n');
    for (const [index, part] of parts.entries()) {
      if (index > 0) {
        lines.push(line);
        line = [];
      }
      if (part !== '') append(line, className, part);
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** get_tokens with the defaults PyMdown leaves: no BOM, `\n` line ends, stripnl (unless `stripnl: false`), ensurenl. */
function prepare(source: string, stripnl: boolean): string {
  const unified = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const text = stripnl ? unified.replace(/^\n+|\n+$/g, '') : unified;
  if (!stripnl && text.endsWith('\n')) return text;
  return `${text}\n`;
}

function append(line: ElementContent[], className: string, value: string): void {
  const last = line.at(-1);
  if (className === '') {
    if (last?.type === 'text') last.value += value;
    else line.push({ type: 'text', value });
    return;
  }
  const lastClass = last?.type === 'element' ? (last.properties['className'] ?? last.properties['class']) : undefined;
  const lastName = Array.isArray(lastClass) ? lastClass.join(' ') : lastClass;
  const previous = last?.type === 'element' && lastName === className ? last.children[0] : undefined;
  if (previous?.type === 'text') {
    previous.value += value;
    return;
  }
  // A class list that starts with a space (a type below Text or the root: ` -Pitch`) is kept as
  // the `class` attribute's text: HtmlFormatter writes that space, and a className list would
  // lose it when serialized.
  const properties = className.startsWith(' ') ? { class: className } : { className: className.split(' ') };
  line.push({ type: 'element', tagName: 'span', properties, children: [{ type: 'text', value }] });
}
