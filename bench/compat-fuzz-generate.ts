/**
 * The document generator of bench/compat-fuzz.ts: seeded random Markdown built from the constructs
 * Material for MkDocs sites write, nested in each other at random depths, with the edge shapes
 * (blank-line and indentation variations, lazy lines, trailing spaces, tabs) at a low rate.
 *
 * A document is a list of top-level blocks (each a list of lines), so that the tool can reduce a
 * mismatching document to the one block that still mismatches.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same documents on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzDocument {
  /** Top-level blocks, each its lines; the document joins them with its separators. */
  readonly blocks: string[][];
  /** What goes between block i and i + 1 (usually one blank line). */
  readonly separators: string[];
  /** Footnote and link reference definitions the blocks need, appended at the end. */
  readonly definitions: string[];
}

export function documentText(doc: FuzzDocument, keep?: ReadonlySet<number>): string {
  const lines: string[] = [];
  let first = true;
  doc.blocks.forEach((block, index) => {
    if (keep && !keep.has(index)) return;
    // A separator is what sits between the two blocks' lines: '\n' is one blank line, '' none.
    if (!first) lines.push(...(doc.separators[index - 1] ?? '\n').split('\n').slice(1));
    first = false;
    lines.push(...block);
  });
  const text = lines.join('\n');
  const definitions = doc.definitions.filter((line) => text.includes(line.slice(0, line.indexOf(']') + 1)));
  return `${text}\n${definitions.length > 0 ? `\n${definitions.join('\n')}\n` : ''}`;
}

const WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'privacy', 'browser', 'setting', 'the', 'a', 'of', 'and', 'with', 'HTML', 'CSS', 'VPN', 'DNS', 'data', 'user', 'key', 'file', 'server', 'app'];
const ADMONITIONS = ['note', 'abstract', 'info', 'tip', 'success', 'question', 'warning', 'failure', 'danger', 'bug', 'example', 'quote'];
const EMOJI = [':smile:', ':thumbsup:', ':material-check:', ':octicons-home-16:', ':fontawesome-brands-github:', ':material-information-outline:', ':heart:', ':material-check:{ .green }', ':not-an-icon:'];
const LINKS = ['../other.md', '../sub/page.md#section', 'https://example.com/a?b=1&c=2', '#local', '../other.md "Title"', 'missing.md', '<https://example.org/x y>'];
const LANGS = ['python', 'py', 'js', 'bash', 'yaml', 'json', 'text', 'html', 'toml', ''];
const CODE: Record<string, string[]> = {
  python: ['def f(x):', '    return x * 2  # (1)!', '', 'print(f(3))'],
  js: ['const a = 1; // (1)!', 'function g() {', '  return `x${a}`;', '}'],
  bash: ['echo "hi" # (1)!', 'ls -la | grep x', 'export A=$((1 + 2))'],
  yaml: ['markdown_extensions:', '  - admonition # (1)!', '  - toc:', '      permalink: true'],
  json: ['{', '  "a": [1, 2, true],', '  "b": null', '}'],
  text: ['plain text', '  indented <tag> & amp', '\tTabbed line'],
  html: ['<div class="x">', '  <p>Hi &amp; bye</p>', '</div>'],
  toml: ['[tool]', 'name = "x"  # (1)!'],
};

export class Generator {
  private readonly next: () => number;
  private definitions = new Set<string>();
  private footnotes = 0;
  /** The rate of edge shapes (0 to 1). */
  private readonly edge: number;

  constructor(seed: number, edge = 0.08) {
    this.next = random(seed);
    this.edge = edge;
  }

  document(): FuzzDocument {
    this.definitions = new Set();
    this.footnotes = 0;
    const count = this.int(3, 9);
    const blocks: string[][] = [];
    const separators: string[] = [];
    for (let index = 0; index < count; index++) {
      blocks.push(this.block(0));
      if (index > 0) separators.push(this.separator());
    }
    return { blocks, separators, definitions: [...this.definitions] };
  }

  // ---- randomness -------------------------------------------------------------------------
  private chance(p: number): boolean { return this.next() < p; }
  private int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  private words(min = 1, max = 3): string {
    return Array.from({ length: this.int(min, max) }, () => this.pick(WORDS)).join(' ');
  }
  /** Usually one blank line; an edge case none, two or a line of spaces. */
  private separator(): string {
    if (!this.chance(this.edge)) return '\n';
    return this.pick(['', '\n\n', '\n    ', '\n\t']);
  }

  // ---- inline -----------------------------------------------------------------------------
  private mark(): string {
    const w = this.words(1, 2);
    const options: Array<() => string> = [
      () => `*${w}*`, () => `_${w}_`, () => `**${w}**`, () => `__${w}__`, () => `***${w}***`, () => `**${w} *${this.words(1, 1)}* ${this.words(1, 1)}**`,
      () => `\`${this.pick(['code', '<b>x</b>', 'a *b* c', 'x = 1', '`tick`'])}\``,
      () => `[${w}](${this.pick(LINKS)})`,
      () => { this.definitions.add(`[ref-${w.length % 3}]: https://example.net/${w.length % 3}`); return `[${w}][ref-${w.length % 3}]`; },
      () => `![${w}](${this.pick(['../img/pic.png', 'https://example.com/p.svg'])})${this.pick(['', '{ width="300" }', '{ align=left }', '{ loading=lazy }'])}`,
      () => `==${w}==`, () => `^^${w}^^`, () => `~~${w}~~`, () => 'H~2~O', () => 'x^2^',
      () => `++${this.pick(['ctrl+alt+del', 'enter', 'cmd+shift+p', 'f1'])}++`,
      () => this.pick(EMOJI),
      () => this.footnote(),
      () => this.pick(['$E=mc^2$', '$a_1 + b_2$', '\\(x^2\\)']),
      () => this.pick([`{++${w}++}`, `{--${w}--}`, `{~~${w}~>b~~}`, `{==${w}==}`, `{>>${w}<<}`]),
      () => this.pick([`<span class="x">${w}</span>`, '<kbd>K</kbd>', '<br>', '<small>s</small>', '<!-- note -->']),
      () => `[${w}](../other.md){ .md-button${this.chance(0.5) ? ' .md-button--primary' : ''} }`,
      () => this.pick(['\\*not em\\*', '&amp;', '&copy;', 'a < b', 'AT&T', '4 * 5', 'snake_case_word', '9:30', 're:Invent']),
      () => this.pick(['https://bare.example.com', '<https://auto.example.com>', '<me@example.com>']),
    ];
    return this.pick(options)();
  }

  private footnote(): string {
    const label = this.chance(0.7) ? String(this.int(1, 3)) : this.pick(['note', 'src']);
    this.footnotes++;
    this.definitions.add(`[^${label}]: Footnote ${label} with *text*.`);
    return `[^${label}]`;
  }

  /** One line of text: words with a few marks. */
  inline(): string {
    const parts = Array.from({ length: this.int(2, 6) }, () => (this.chance(0.35) ? this.mark() : this.words()));
    return parts.join(this.chance(0.9) ? ' ' : '') + this.pick(['', '', '', '.', ':', '!']);
  }

  private lineEnd(): string {
    return this.chance(this.edge) ? this.pick(['  ', ' ', '\t', '   ']) : '';
  }

  // ---- blocks -----------------------------------------------------------------------------
  block(depth: number): string[] {
    const leaf: Array<() => string[]> = [
      () => this.paragraph(), () => this.paragraph(), () => this.heading(), () => this.fence(), () => this.table(),
      () => this.rule(), () => this.math(), () => this.snippet(), () => this.rawHtml(),
    ];
    const nesting: Array<() => string[]> = [
      () => this.list(depth), () => this.list(depth), () => this.quote(depth), () => this.admonition(depth), () => this.admonition(depth),
      () => this.tabs(depth), () => this.defList(depth), () => this.divMarkdown(depth), () => this.blocksDetails(depth), () => this.blocksTabs(depth),
    ];
    if (depth >= 3 || this.chance(0.35 + depth * 0.15)) return this.pick(leaf)();
    return this.pick(nesting)();
  }

  /** Child blocks of a container, joined by blank lines (sometimes none, two). */
  private body(depth: number, min = 1, max = 3): string[] {
    const lines: string[] = [];
    const count = this.int(min, max);
    for (let index = 0; index < count; index++) {
      if (index > 0) lines.push(...this.separator().split('\n').slice(1));
      lines.push(...this.block(depth + 1));
    }
    return lines;
  }

  /** Indents lines by 4 spaces (a tab, 2 or 3 spaces as an edge case); blank lines stay blank. */
  private indent(lines: string[], width = 4): string[] {
    const prefix = this.chance(this.edge / 2) ? (width === 4 ? '\t' : ' '.repeat(width)) : ' '.repeat(width);
    return lines.map((line) => (line.trim() === '' ? (this.chance(this.edge) ? prefix : '') : prefix + line));
  }

  private paragraph(): string[] {
    const lines = Array.from({ length: this.int(1, 3) }, () => this.inline() + this.lineEnd());
    return lines;
  }

  private heading(): string[] {
    const level = '#'.repeat(this.int(1, 4));
    const attrs = this.pick(['', '', ` { #${this.pick(['custom', 'id-1', 'x'])} }`, ' { .cls }', ' { #h .a .b }', ' { data-toc-label="Label" }']);
    const closing = this.chance(this.edge) ? ` ${level}` : '';
    return [`${level} ${this.chance(0.7) ? this.words(1, 4) : this.inline()}${attrs}${closing}`];
  }

  private fence(): string[] {
    const lang = this.pick(LANGS);
    const fence = this.chance(0.85) ? '```' : this.pick(['~~~', '````']);
    const options = [this.chance(0.3) ? 'title="example.py"' : '', this.chance(0.2) ? 'linenums="1"' : '', this.chance(0.2) ? 'hl_lines="2 3"' : ''].filter(Boolean);
    const head = `${fence}${lang === '' ? (options.length > 0 ? 'text' : '') : lang}${options.length > 0 ? ` ${options.join(' ')}` : ''}`;
    const code = CODE[lang === 'py' ? 'python' : lang] ?? CODE['text'] ?? [];
    const lines = [head, ...code, fence];
    if (code.some((line) => line.includes('(1)!')) && this.chance(0.5)) lines.push('', `1.  Annotation with ${this.mark()}`);
    return lines;
  }

  private table(): string[] {
    const columns = this.int(1, 3);
    const pipes = this.chance(0.85);
    const row = (cells: string[]): string => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    const cell = (): string => (this.chance(0.4) ? this.mark() : this.words(1, 2));
    const lines = [row(Array.from({ length: columns }, () => this.words(1, 2))), row(Array.from({ length: columns }, () => this.pick(['---', ':---', '---:', ':-:', '-'])))];
    for (let index = this.int(1, 3); index > 0; index--) lines.push(row(Array.from({ length: columns }, cell)));
    return lines;
  }

  private rule(): string[] { return [this.pick(['---', '***', '___', '- - -', '* * *'])]; }

  private math(): string[] {
    return this.pick([['$$', 'E = mc^2', '$$'], ['\\[', 'a^2 + b^2 = c^2', '\\]'], ['$$ x_1 $$'], ['\\begin{align}', 'x &= 1 \\\\', 'y &= 2', '\\end{align}']]);
  }

  private snippet(): string[] {
    return this.pick([['--8<-- "snippets/a.md"'], ['--8<-- "snippets/list.md"'], ['--8<-- "snippets/code.md"'], ['--8<--', 'snippets/a.md', 'snippets/list.md', '--8<--'], ['--8<-- "snippets/missing.md"'], [';--8<-- "snippets/a.md"']]);
  }

  private rawHtml(): string[] {
    return this.pick([
      ['<div class="raw">', `<p>raw ${this.words()} *not em*</p>`, '</div>'],
      ['<details>', '<summary>Sum</summary>', `<p>${this.words()}</p>`, '</details>'],
      ['<!-- a comment', `${this.words()}`, '-->'],
      [`<p align="center">${this.words()}</p>`],
      ['<figure markdown>', '  ![Alt](../img/pic.png){ width="300" }', '  <figcaption>Caption</figcaption>', '</figure>'],
      ['<center>', `${this.words()}`, '</center>'],
      [`<span>${this.words()}</span> ${this.inline()}`],
    ]);
  }

  private list(depth: number): string[] {
    const kind = this.pick(['ul', 'ol', 'task'] as const);
    const loose = this.chance(0.3);
    const marker = kind === 'ol' ? (this.chance(0.8) ? '1.' : '') : this.pick(['-', '-', '*', '+']);
    const lines: string[] = [];
    const count = this.int(1, 4);
    for (let index = 0; index < count; index++) {
      if (index > 0 && loose) lines.push('');
      const itemMarker = kind === 'ol' ? (marker === '' ? `${index + 1}.` : marker) : marker;
      const task = kind === 'task' ? `[${this.pick([' ', 'x', 'X'])}] ` : '';
      const gap = this.chance(this.edge) ? this.pick(['  ', '   ', '\t']) : ' ';
      lines.push(`${itemMarker}${gap}${task}${this.inline()}${this.lineEnd()}`);
      if (this.chance(this.edge)) lines.push(this.chance(0.5) ? this.words() : `  ${this.words()}`);
      if (this.chance(0.4)) {
        const children = this.body(depth, 1, 2);
        if (loose || this.chance(0.5)) lines.push('');
        lines.push(...this.indent(children));
      }
    }
    return lines;
  }

  private quote(depth: number): string[] {
    const body = this.body(depth, 1, 2);
    const lines = body.map((line) => (line === '' ? '>' : `> ${line}`));
    if (this.chance(this.edge * 2)) lines.push(this.words());
    return lines;
  }

  private admonition(depth: number): string[] {
    const type = this.pick(ADMONITIONS);
    const marker = this.pick(['!!!', '!!!', '???', '???+']);
    const title = this.pick(['', '', ` "${this.words(1, 3)}"`, ' ""', ` "Title with \`code\` and :smile:"`]);
    const extra = this.chance(0.1) ? this.pick([' inline', ' inline end']) : '';
    const lines = [`${marker} ${type}${extra}${title}`];
    if (this.chance(0.2)) lines.push('');
    lines.push(...this.indent(this.body(depth)));
    return lines;
  }

  private tabs(depth: number): string[] {
    const lines: string[] = [];
    for (let index = this.int(1, 3); index > 0; index--) {
      if (lines.length > 0 && this.chance(0.8)) lines.push('');
      lines.push(`${this.chance(0.1) ? '===+' : '==='} "${this.pick(['Tab A', 'Python', 'C++', 'Tab `code`', 'Linux'])}"`);
      if (this.chance(0.2)) lines.push('');
      lines.push(...this.indent(this.body(depth)));
    }
    return lines;
  }

  private defList(depth: number): string[] {
    const lines = [this.words(1, 3)];
    for (let index = this.int(1, 2); index > 0; index--) {
      if (this.chance(0.3)) lines.push('');
      lines.push(`:   ${this.inline()}`);
      if (this.chance(0.3)) lines.push('', ...this.indent(this.body(depth, 1, 1)));
    }
    return lines;
  }

  private divMarkdown(depth: number): string[] {
    const open = this.pick(['<div markdown>', '<div class="grid cards" markdown>', '<div markdown="1">', '<div class="result" markdown>']);
    const inner = this.body(depth);
    return this.chance(0.85) ? [open, '', ...inner, '', '</div>'] : [open, ...inner, '</div>'];
  }

  private slashes(depth: number): string { return '/'.repeat(3 + (3 - Math.min(depth, 3))); }

  private blocksDetails(depth: number): string[] {
    const fence = this.slashes(depth);
    const head = this.pick([`${fence} details | ${this.words(1, 3)}`, `${fence} note | ${this.words(1, 2)}`, `${fence} admonition | ${this.words(1, 2)}`, `${fence} warning`]);
    const options = this.chance(0.3) ? [this.pick(['    open: True', '    type: warning', '    attrs: {class: extra}'])] : [];
    const blank = this.chance(0.7) ? [''] : [];
    return [head, ...options, ...blank, ...this.body(depth), ...blank, fence];
  }

  private blocksTabs(depth: number): string[] {
    const fence = this.slashes(depth);
    const lines: string[] = [];
    for (let index = this.int(1, 2); index > 0; index--) {
      if (lines.length > 0) lines.push('');
      lines.push(`${fence} tab | ${this.pick(['One', 'Two', 'Tab `x`'])}`);
      if (this.chance(0.2)) lines.push('    new: true');
      lines.push('', ...this.body(depth), '', fence);
    }
    return lines;
  }
}
