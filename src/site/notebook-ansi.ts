/**
 * Terminal colour codes in notebook text (tracebacks, coloured logs) as nbconvert's `ansi2html`
 * writes them: escaped text in `<span>`s with its classes (`ansi-red-fg`, `ansi-green-intense-bg`,
 * `ansi-bold`, `ansi-underline`), so JupyterLab's CSS and ours colour them. 256-colour and
 * true-colour codes, which nbconvert writes as inline `style`s (a strict Content-Security-Policy
 * refuses them), are kept only when they name one of the 16 base colours; other escape
 * sequences (cursor moves, titles) are dropped.
 *
 *   ansiToHtml('\u001b[0;31mValueError\u001b[0m: bad')
 *   // '<span class="ansi-red-fg">ValueError</span>: bad'
 */
import { escapeAttribute } from './html-escape.ts';

const COLOURS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'] as const;

interface Style {
  fg: string | undefined;
  bg: string | undefined;
  bold: boolean;
  underline: boolean;
}

export function ansiToHtml(text: string): string {
  const style: Style = { fg: undefined, bg: undefined, bold: false, underline: false };
  let out = '';
  let last = 0;
  // CSI sequences (ESC [ params letter); OSC and other escapes are dropped below.
  const pattern = /\u001b\[([0-9;]*)([A-Za-z])/g;
  for (const match of text.matchAll(pattern)) {
    out += span(text.slice(last, match.index), style);
    last = match.index + match[0].length;
    if (match[2] === 'm') apply(style, (match[1] ?? '').split(';').map((code) => (code === '' ? 0 : Number(code))));
  }
  out += span(text.slice(last), style);
  return out;
}

function span(text: string, style: Style): string {
  // Other escape sequences (OSC titles, lone ESC) carry no text to show.
  const clean = text.replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?/g, '');
  if (clean === '') return '';
  const classes = [style.fg && `${style.fg}-fg`, style.bg && `${style.bg}-bg`, style.bold && 'ansi-bold', style.underline && 'ansi-underline'].filter((name): name is string => typeof name === 'string' && name !== '');
  const escaped = escapeAttribute(clean);
  return classes.length === 0 ? escaped : `<span class="${classes.join(' ')}">${escaped}</span>`;
}

function apply(style: Style, codes: number[]): void {
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) Object.assign(style, { fg: undefined, bg: undefined, bold: false, underline: false });
    else if (code === 1) style.bold = true;
    else if (code === 4) style.underline = true;
    else if (code === 22) style.bold = false;
    else if (code === 24) style.underline = false;
    else if (code >= 30 && code <= 37) style.fg = colour(code - 30, false);
    else if (code === 39) style.fg = undefined;
    else if (code >= 40 && code <= 47) style.bg = colour(code - 40, false);
    else if (code === 49) style.bg = undefined;
    else if (code >= 90 && code <= 97) style.fg = colour(code - 90, true);
    else if (code >= 100 && code <= 107) style.bg = colour(code - 100, true);
    else if (code === 38 || code === 48) {
      // 38;5;n (256 colours) or 38;2;r;g;b (true colour): only the 16 base colours have classes.
      const mode = codes[i + 1];
      const value = mode === 5 ? codes[i + 2] : undefined;
      const named = value !== undefined && value < 16 ? colour(value % 8, value >= 8) : undefined;
      if (code === 38) style.fg = named;
      else style.bg = named;
      i += mode === 5 ? 2 : mode === 2 ? 4 : 0;
    }
  }
}

function colour(index: number, intense: boolean): string {
  return `ansi-${COLOURS[index] ?? 'black'}${intense ? '-intense' : ''}`;
}
