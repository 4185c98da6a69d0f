/**
 * The syntax of mkdocs-include-markdown-plugin's two directives, as the plugin reads it: a
 * regular expression over the whole page (fenced code included: its README's own example
 * includes a YAML file inside a ~~~yaml fence), then its arguments picked out of the text between
 * the file name and the closing tag. It is a line-blind text pass in the plugin, not Markdown
 * syntax, so it is one here too (the same exception STYLE.md makes for `--8<--`).
 *
 *   {% include-markdown "../README.md" start="<!--intro-start-->" heading-offset=1 %}
 *   └indent┘            └─ file ─────┘ └─ arguments ───────────────────────────┘
 *
 * The indent is whatever spaces, tabs, word characters, `\` and `.` come before the opening tag
 * on its line (`- ` in a list item gives one space, `    ` in an admonition four): the plugin
 * puts it back before the content, and before each following line when
 * `preserve-includer-indent` is on.
 */
import type { DirectiveDefaults } from './include-markdown.ts';

export type DirectiveKind = 'include' | 'include-markdown';

/** One directive, read: what to include and how. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The file, glob or URL, its quote escapes undone. */
  readonly filename: string;
  readonly indent: string;
  readonly options: DirectiveDefaults & { readonly exclude: string | undefined };
  /** Arguments the directive does not know, warned about and ignored, as the plugin does. */
  readonly ignored: readonly string[];
}

export type ParsedDirective = { readonly ok: true; readonly directive: Directive } | { readonly ok: false; readonly problem: string; readonly ignored: readonly string[] };

const STRING_ARGS = ['start', 'end', 'exclude', 'encoding', 'order'] as const;
const BOOL_ARGS = ['comments', 'preserve-includer-indent', 'dedent', 'trailing-newlines', 'rewrite-relative-urls', 'recursive'] as const;
type BoolArg = (typeof BOOL_ARGS)[number];
/** `include` takes every argument but the three that only make sense for Markdown. */
const MARKDOWN_ONLY: ReadonlySet<string> = new Set(['rewrite-relative-urls', 'heading-offset', 'comments']);
const ALL_ARGS: ReadonlySet<string> = new Set([...STRING_ARGS, ...BOOL_ARGS, 'heading-offset']);

/** Python's string.punctuation, escaped for a character class: what a bare argument value may hold, with word characters. */
const PUNCTUATION = '!"#$%&\'()*+,\\-./:;<=>?@[\\\\\\]^_`{|}~';
const WORD = String.raw`\p{L}\p{N}_`;
const DOUBLE_QUOTED = String.raw`(?:[^"]|(?<=\\)")+`;
const SINGLE_QUOTED = String.raw`(?:[^']|(?<=\\)')+`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The plugin's directive pattern for `name` between `open` and `close` (global: one match per directive). */
export function directivePattern(open: string, close: string, name: string): RegExp {
  return new RegExp(
    String.raw`(?<indent>[ \t${WORD}\\.]*?)${escapeRegExp(open)}\s*${escapeRegExp(name)}\s+(?:"(?<dq>${DOUBLE_QUOTED})")?(?:'(?<sq>${SINGLE_QUOTED})')?(?<args>[\s\S]*?)\s*${escapeRegExp(close)}`,
    'gu',
  );
}

/**
 * The names of what looks like `name=value` in `args`, skipping quoted values (the plugin's
 * `_maybe_arguments_iter`, rule for rule: a name is the word before `=`, a quoted value is
 * skipped up to its unescaped closing quote).
 */
export function argumentNames(args: string): string[] {
  const names: string[] = [];
  let quote = '';
  let escaping = false;
  let opening = false;
  let current = '';
  for (const c of args) {
    if (quote !== '') {
      if (c === '\\') {
        escaping = !escaping;
        continue;
      }
      if (c === quote && !escaping) quote = '';
      else escaping = false;
    } else if (c === '=') {
      const word = /\S*$/u.exec(current)?.[0] ?? '';
      names.push(/\s/u.test(current) ? word : current);
      current = '';
      opening = true;
    } else if (opening) {
      opening = false;
      if (c === '"' || c === "'") {
        quote = c;
        current += c + c;
      }
    } else {
      current += c;
    }
  }
  return names;
}

/** A quoted argument's value, its quote escapes undone; `null` when it is written without a quoted value (`start=`). */
function stringArgument(args: string, name: string): string | null {
  const match = new RegExp(String.raw`${escapeRegExp(name)}=(?:"(${DOUBLE_QUOTED})")?(?:'(${SINGLE_QUOTED})')?`, 'u').exec(args);
  if (!match) return null;
  if (match[1] !== undefined) return match[1].replace(/\\"/g, '"');
  if (match[2] !== undefined) return match[2].replace(/\\'/g, "'");
  return null;
}

/** A bare argument's value (`dedent=true` gives 'true'); '' when nothing follows the `=`. */
function bareArgument(args: string, name: string): string {
  return new RegExp(String.raw`${escapeRegExp(name)}=([${PUNCTUATION}${WORD}]*)`, 'u').exec(args)?.[1] ?? '';
}

const BOOL_KEYS: Readonly<Record<BoolArg, 'comments' | 'preserveIncluderIndent' | 'dedent' | 'trailingNewlines' | 'rewriteRelativeUrls' | 'recursive'>> = {
  comments: 'comments',
  'preserve-includer-indent': 'preserveIncluderIndent',
  dedent: 'dedent',
  'trailing-newlines': 'trailingNewlines',
  'rewrite-relative-urls': 'rewriteRelativeUrls',
  recursive: 'recursive',
};

/**
 * A directive's file and arguments over `defaults` (the plugin's options), or what is wrong with
 * it, in the plugin's words: what it stops the build for (no file, an empty `start=`, a flag
 * that is not true or false, a heading offset that is not a number) makes `ok: false`.
 */
export function parseDirective(kind: DirectiveKind, groups: { readonly indent: string; readonly dq: string | undefined; readonly sq: string | undefined; readonly args: string }, defaults: DirectiveDefaults): ParsedDirective {
  const names = argumentNames(groups.args);
  const valid = (name: string) => ALL_ARGS.has(name) && (kind === 'include-markdown' || !MARKDOWN_ONLY.has(name));
  const used = new Set(names.filter(valid));
  const ignored = names.filter((name) => !valid(name));
  const fail = (problem: string): ParsedDirective => ({ ok: false, problem, ignored });
  const filename = groups.dq !== undefined ? groups.dq.replace(/\\"/g, '"') : groups.sq?.replace(/\\'/g, "'");
  if (filename === undefined) return fail(`no file named in this '${kind}' directive (write its path in quotes)`);

  const options: { -readonly [K in keyof Directive['options']]: Directive['options'][K] } = { ...defaults, exclude: undefined };
  for (const name of STRING_ARGS) {
    if (!used.has(name)) continue;
    const value = stringArgument(groups.args, name);
    if (value === null) return fail(`empty '${name}' argument in this '${kind}' directive (give it a quoted value)`);
    options[name] = value;
  }
  for (const name of BOOL_ARGS) {
    if (!used.has(name)) continue;
    const value = bareArgument(groups.args, name);
    if (value === '') continue;
    if (value !== 'true' && value !== 'false') return fail(`'${name}' must be true or false in this '${kind}' directive, found '${value}'`);
    options[BOOL_KEYS[name]] = value === 'true';
  }
  if (used.has('heading-offset')) {
    const value = bareArgument(groups.args, 'heading-offset');
    if (value === '') return fail(`empty 'heading-offset' argument in this '${kind}' directive`);
    if (!/^[+-]?\d+$/.test(value)) return fail(`'heading-offset' must be a whole number in this '${kind}' directive, found '${value}'`);
    options.headingOffset = Number(value);
  }
  return { ok: true, directive: { kind, filename, indent: groups.indent, options, ignored } };
}
