/**
 * A Jupyter notebook file (nbformat 4 JSON) read into the few things a page draws from it, and
 * what is wrong with it. Reading never throws: invalid JSON is a problem at its line and no
 * notebook; a cell or output missing a field is a problem naming the cell, and is left out.
 * nbformat 3 (`worksheets`) is read as far as its cells go, with a warning.
 *
 *   readNotebook('{"nbformat": 4, "metadata": {}, "cells": [{"cell_type": "markdown", "source": ["# Hi"], "metadata": {}}]}')
 *   // { notebook: { nbformat: 4, language: 'python', cells: [{ kind: 'markdown', source: '# Hi', ... }] }, problems: [] }
 */
import { isRecord } from './plugin-values.ts';

export type MimeBundle = Readonly<Record<string, string>>;

export type NotebookOutput = (
  | { readonly type: 'stream'; readonly name: string; readonly text: string }
  | { readonly type: 'execute_result' | 'display_data'; readonly data: MimeBundle; readonly count: number | null }
  | { readonly type: 'error'; readonly ename: string; readonly evalue: string; readonly traceback: readonly string[] }
) & {
  /** The output's own `metadata.tags` (nbconvert's `remove_single_output_tags` reads them). */
  readonly tags: readonly string[];
};

export interface NotebookCell {
  readonly kind: 'markdown' | 'code' | 'raw';
  /** 1-based position among the notebook's cells, for messages. */
  readonly number: number;
  readonly source: string;
  readonly tags: readonly string[];
  /** Markdown cells' `attachments`: name -> mime bundle (base64 images). */
  readonly attachments: Readonly<Record<string, MimeBundle>>;
  readonly executionCount: number | null;
  readonly outputs: readonly NotebookOutput[];
}

export interface Notebook {
  readonly nbformat: number;
  /** The code cells' language, a Pygments alias: `language_info`, else the kernelspec's, else python. */
  readonly language: string;
  readonly cells: readonly NotebookCell[];
}

export interface NotebookProblem {
  readonly message: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

export function readNotebook(text: string): { notebook: Notebook | undefined; problems: NotebookProblem[] } {
  const problems: NotebookProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const place = jsonErrorPlace(text);
    return { notebook: undefined, problems: [{ message: `not a notebook: invalid JSON (${place.reason})`, line: place.line, column: place.column }] };
  }
  if (!isRecord(json)) return { notebook: undefined, problems: [{ message: 'not a notebook: the file is JSON but not an object with "cells"', line: 1 }] };
  const nbformat = typeof json['nbformat'] === 'number' ? json['nbformat'] : undefined;
  const metadata = isRecord(json['metadata']) ? json['metadata'] : {};
  let rawCells: unknown;
  if (nbformat === 3 || (nbformat === undefined && Array.isArray(json['worksheets']))) {
    problems.push({ message: 'nbformat 3 notebook: read as far as its cells go (upgrade it with `jupyter nbconvert --to notebook --inplace`)', line: 1 });
    const sheets = Array.isArray(json['worksheets']) ? json['worksheets'] : [];
    rawCells = sheets.flatMap((sheet) => (isRecord(sheet) && Array.isArray(sheet['cells']) ? sheet['cells'] : []));
  } else {
    if (nbformat !== 4) problems.push({ message: `nbformat ${nbformat === undefined ? 'missing' : String(nbformat)}: read as nbformat 4`, line: 1 });
    rawCells = json['cells'];
  }
  if (!Array.isArray(rawCells)) {
    problems.push({ message: 'not a notebook: no "cells" list', line: 1 });
    return { notebook: undefined, problems };
  }
  const cells: NotebookCell[] = [];
  for (const [index, raw] of rawCells.entries()) {
    const cell = readCell(raw, index + 1, problems);
    if (cell) cells.push(cell);
  }
  return { notebook: { nbformat: nbformat ?? 4, language: languageOf(metadata), cells }, problems };
}

function readCell(raw: unknown, number: number, problems: NotebookProblem[]): NotebookCell | undefined {
  if (!isRecord(raw)) {
    problems.push({ message: `cell ${number} is not an object: left out` });
    return undefined;
  }
  const type = raw['cell_type'];
  // nbformat 3's heading cells are Markdown headings; its code cells hold `input`.
  const kind = type === 'markdown' || type === 'heading' ? 'markdown' : type === 'code' ? 'code' : type === 'raw' ? 'raw' : undefined;
  if (kind === undefined) {
    problems.push({ message: `cell ${number} has no known "cell_type" (found ${JSON.stringify(type)}): left out` });
    return undefined;
  }
  const sourceValue = raw['source'] ?? raw['input'];
  const source = multiline(sourceValue);
  if (source === undefined) {
    problems.push({ message: `cell ${number} (${kind}) has no "source" text: left out` });
    return undefined;
  }
  const metadata = isRecord(raw['metadata']) ? raw['metadata'] : {};
  const tags = Array.isArray(metadata['tags']) ? metadata['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
  const level = typeof raw['level'] === 'number' ? Math.min(Math.max(Math.trunc(raw['level']), 1), 6) : 0;
  const attachments: Record<string, MimeBundle> = {};
  if (isRecord(raw['attachments'])) for (const [name, bundle] of Object.entries(raw['attachments'])) attachments[name] = mimeBundle(bundle);
  const count = raw['execution_count'] ?? raw['prompt_number'];
  const outputs: NotebookOutput[] = [];
  if (kind === 'code' && raw['outputs'] !== undefined) {
    if (!Array.isArray(raw['outputs'])) problems.push({ message: `cell ${number}: "outputs" is not a list: no output shown` });
    else for (const [index, output] of raw['outputs'].entries()) {
      const read = readOutput(output);
      if (typeof read === 'string') problems.push({ message: `cell ${number}, output ${index + 1}: ${read}: left out` });
      else outputs.push(read);
    }
  }
  return {
    kind,
    number,
    source: type === 'heading' ? `${'#'.repeat(level || 1)} ${source}` : source,
    tags,
    attachments,
    executionCount: typeof count === 'number' ? count : null,
    outputs,
  };
}

/** nbformat 3's output types and keys (`pyout`, `pyerr`, `png`, `text`) are read as nbformat 4's. */
const V3_MIME: Readonly<Record<string, string>> = { text: 'text/plain', html: 'text/html', svg: 'image/svg+xml', png: 'image/png', jpeg: 'image/jpeg', latex: 'text/latex', json: 'application/json', javascript: 'application/javascript', markdown: 'text/markdown' };

function readOutput(raw: unknown): NotebookOutput | string {
  if (!isRecord(raw)) return 'not an object';
  const metadata = isRecord(raw['metadata']) ? raw['metadata'] : {};
  const tags = Array.isArray(metadata['tags']) ? metadata['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
  const type = raw['output_type'];
  if (type === 'stream') {
    const text = multiline(raw['text']);
    if (text === undefined) return 'a stream without "text"';
    return { type: 'stream', tags, name: typeof raw['name'] === 'string' ? raw['name'] : typeof raw['stream'] === 'string' ? raw['stream'] : 'stdout', text };
  }
  if (type === 'execute_result' || type === 'display_data' || type === 'pyout') {
    let data = mimeBundle(raw['data']);
    if (raw['data'] === undefined) {
      const v3: Record<string, string> = {};
      for (const [key, mime] of Object.entries(V3_MIME)) {
        const value = multiline(raw[key]);
        if (value !== undefined) v3[mime] = value;
      }
      data = v3;
    }
    const count = raw['execution_count'] ?? raw['prompt_number'];
    return { type: type === 'pyout' ? 'execute_result' : type, tags, data, count: typeof count === 'number' ? count : null };
  }
  if (type === 'error' || type === 'pyerr') {
    const traceback = Array.isArray(raw['traceback']) ? raw['traceback'].filter((line): line is string => typeof line === 'string') : [];
    return { type: 'error', tags, ename: String(raw['ename'] ?? ''), evalue: String(raw['evalue'] ?? ''), traceback };
  }
  return `unknown "output_type" ${JSON.stringify(type)}`;
}

/** A mime bundle's values as text: lists of lines joined, JSON values (application/json) written out. */
function mimeBundle(value: unknown): MimeBundle {
  const bundle: Record<string, string> = {};
  if (!isRecord(value)) return bundle;
  for (const [mime, content] of Object.entries(value)) {
    const text = multiline(content);
    if (text !== undefined) bundle[mime] = text;
    else if (mime.endsWith('json')) bundle[mime] = JSON.stringify(content, null, 2);
  }
  return bundle;
}

/** nbformat's multiline string: a string, or a list of strings joined as they are. */
function multiline(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((line) => typeof line === 'string')) return value.join('');
  return undefined;
}

function languageOf(metadata: Readonly<Record<string, unknown>>): string {
  const info = isRecord(metadata['language_info']) ? metadata['language_info'] : {};
  const kernel = isRecord(metadata['kernelspec']) ? metadata['kernelspec'] : {};
  const named = [info['name'], kernel['language'], metadata['language']].find((name): name is string => typeof name === 'string' && name !== '');
  return named ?? 'python';
}

/**
 * Where JSON.parse gave up, found by a small scanner of JSON's grammar (V8's message often has
 * no position): the line and column of the first character that cannot be there, and what it is.
 * The scanner keeps the open brackets on a list, not on the call stack, so `[[[[…` nested
 * 200,000 deep is reported at its end like any other error.
 */
function jsonErrorPlace(text: string): { reason: string; line: number; column: number } {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const literal = (word: string): string | undefined => {
    if (!text.startsWith(word, i)) return `expected ${word}`;
    i += word.length;
    return undefined;
  };
  const string = (): string | undefined => {
    i++;
    while (i < text.length && text.charAt(i) !== '"') {
      if (text.charCodeAt(i) < 0x20) return 'a control character inside a string';
      i += text.charAt(i) === '\\' ? 2 : 1;
    }
    if (i >= text.length) return 'a string that is never closed';
    i++;
    return undefined;
  };
  /** A member's `"key":`, after `{` or a comma. */
  const key = (): string | undefined => {
    space();
    if (text.charAt(i) !== '"') return text.charAt(i) === '}' ? "a comma before '}'" : 'expected a "key"';
    const wrong = string();
    if (wrong !== undefined) return wrong;
    space();
    if (text.charAt(i) !== ':') return "expected ':'";
    i++;
    return undefined;
  };
  /** A scalar, or the opening of an array or object (pushed onto `open`). */
  const open: Array<'}' | ']'> = [];
  const value = (): string | undefined => {
    space();
    const char = text.charAt(i);
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text.charAt(i) === close) {
        i++;
        return undefined;
      }
      open.push(close);
      return close === '}' ? key() : undefined;
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) {
      i += number[0].length;
      return undefined;
    }
    return i >= text.length ? 'the file ends too early' : `unexpected '${char}'`;
  };
  /** After a value: commas and closing brackets, until the next value is due. */
  const after = (): string | undefined => {
    for (;;) {
      space();
      const close = open.at(-1);
      if (close === undefined) return i < text.length ? 'text after the end of the JSON' : undefined;
      if (text.charAt(i) === ',') {
        i++;
        space();
        if (text.charAt(i) === close) return `a comma before '${close}'`;
        return close === '}' ? key() : undefined;
      }
      if (text.charAt(i) !== close) return `expected ',' or '${close}'`;
      i++;
      open.pop();
    }
  };
  let reason: string | undefined;
  for (;;) {
    const depth = open.length;
    reason = value();
    if (reason !== undefined) break;
    // A value that opened a bracket is followed by its first member, not by a comma.
    if (open.length > depth) continue;
    reason = after();
    if (reason !== undefined || open.length === 0) break;
  }
  const offset = reason === undefined ? text.length : i;
  const before = text.slice(0, offset);
  return { reason: reason ?? 'unexpected text', line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

