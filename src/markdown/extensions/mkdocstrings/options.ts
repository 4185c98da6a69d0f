/**
 * mkdocstrings-python's options (its `PythonOptions` and their defaults), from mkdocs.yml's
 * `plugins: mkdocstrings: handlers: python: options:` with a block's own `options:` over them
 * (the block's win, key by key, as in mkdocstrings).
 *
 * ```yaml
 * ::: pkg.Client
 *     options:
 *       show_root_heading: true     ->  { showRootHeading: true, headingLevel: 2, membersOrder: ['alphabetical'], ... }
 * ```
 * An option we do not implement, or a value of the wrong type, is named in a problem (a warning
 * at the block); its default is kept.
 */
import { DOCSTRING_STYLES, type DocstringStyle } from '../../../python/docstrings/sections.ts';
import { readExtensions } from '../../../python/griffe-extensions.ts';
import { pythonRegex } from '../../../shared/python-regex.ts';

export interface MemberFilter {
  readonly exclude: boolean;
  readonly regex: RegExp;
}

export interface HandlerOptions {
  readonly headingLevel: number;
  readonly showRootHeading: boolean;
  readonly showRootTocEntry: boolean;
  readonly showRootFullPath: boolean;
  readonly showRootMembersFullPath: boolean;
  readonly showObjectFullPath: boolean;
  readonly showSource: boolean;
  readonly showBases: boolean;
  readonly showSignature: boolean;
  readonly showSignatureAnnotations: boolean;
  readonly separateSignature: boolean;
  readonly mergeInitIntoClass: boolean;
  readonly showIfNoDocstring: boolean;
  readonly showSymbolTypeHeading: boolean;
  readonly showSymbolTypeToc: boolean;
  readonly showLabels: boolean;
  readonly showCategoryHeading: boolean;
  readonly groupByCategory: boolean;
  /** `members_order`: the orders to try, in turn (`__all__` applies only to a module that has one). */
  readonly membersOrder: readonly MembersOrder[];
  /** `members`: true/undefined all (filtered), false none, a list exactly those (root only). */
  readonly members: boolean | readonly string[] | undefined;
  readonly filters: readonly MemberFilter[];
  readonly docstringStyle: DocstringStyle | undefined;
  readonly docstringSectionStyle: 'table' | 'list' | 'spacy';
  /** The root object's heading text (`heading`), and its ToC entry's (`toc_label`). */
  readonly heading: string;
  readonly tocLabel: string;
  /** `show_docstring_<section>`: which docstring sections are drawn (all by default). */
  readonly hiddenSections: ReadonlySet<string>;
  /** `inherited_members`: true all, false none, a list those names (classes' members inherited from classes on the search paths). */
  readonly inheritedMembers: boolean | readonly string[];
  readonly showSubmodules: boolean;
  /** `summary`: which summary tables a module or class draws above its members. */
  readonly summary: Readonly<Record<SummaryKind, boolean>>;
  /** `docstring_options` read here: griffe's `ignore_init_summary` and `trim_doctest_flags`. */
  readonly ignoreInitSummary: boolean;
  readonly trimDoctestFlags: boolean;
  /** `unwrap_annotated`: `Annotated[int, ...]` shown as `int`. */
  readonly unwrapAnnotated: boolean;
  readonly showOverloads: boolean;
  /** The griffe-inherited-docstrings extension is listed in `extensions`. */
  readonly inheritedDocstrings: boolean;
  /** `annotations_path`: how a name in an annotation is written (`brief`: its last name, `source`: as written, `full`: its whole path). */
  readonly annotationsPath: AnnotationsPath;
  /** `signature_crossrefs`: names in separate signatures are cross-references too. */
  readonly signatureCrossrefs: boolean;
}

export const ANNOTATIONS_PATHS = ['brief', 'source', 'full'] as const;
export type AnnotationsPath = (typeof ANNOTATIONS_PATHS)[number];

export const MEMBERS_ORDERS = ['alphabetical', 'source', '__all__'] as const;
export type MembersOrder = (typeof MEMBERS_ORDERS)[number];

export const SUMMARY_KINDS = ['attributes', 'functions', 'classes', 'modules'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

export const DEFAULT_OPTIONS: HandlerOptions = {
  headingLevel: 2,
  showRootHeading: false,
  showRootTocEntry: true,
  showRootFullPath: true,
  showRootMembersFullPath: false,
  showObjectFullPath: false,
  showSource: true,
  showBases: true,
  showSignature: true,
  showSignatureAnnotations: false,
  separateSignature: false,
  mergeInitIntoClass: false,
  showIfNoDocstring: false,
  showSymbolTypeHeading: false,
  showSymbolTypeToc: false,
  showLabels: true,
  showCategoryHeading: false,
  groupByCategory: true,
  membersOrder: ['alphabetical'],
  members: undefined,
  filters: [{ exclude: true, regex: /^_[^_]/ }],
  docstringStyle: 'google',
  docstringSectionStyle: 'table',
  heading: '',
  tocLabel: '',
  hiddenSections: new Set(),
  inheritedMembers: false,
  showSubmodules: false,
  summary: { attributes: false, functions: false, classes: false, modules: false },
  ignoreInitSummary: false,
  trimDoctestFlags: true,
  unwrapAnnotated: false,
  showOverloads: true,
  inheritedDocstrings: false,
  annotationsPath: 'brief',
  signatureCrossrefs: false,
};

const BOOLEANS: ReadonlyArray<readonly [string, keyof HandlerOptions]> = [
  ['show_root_heading', 'showRootHeading'],
  ['show_root_toc_entry', 'showRootTocEntry'],
  ['show_root_full_path', 'showRootFullPath'],
  ['show_root_members_full_path', 'showRootMembersFullPath'],
  ['show_object_full_path', 'showObjectFullPath'],
  ['show_source', 'showSource'],
  ['show_bases', 'showBases'],
  ['show_signature', 'showSignature'],
  ['show_signature_annotations', 'showSignatureAnnotations'],
  ['separate_signature', 'separateSignature'],
  ['merge_init_into_class', 'mergeInitIntoClass'],
  ['show_if_no_docstring', 'showIfNoDocstring'],
  ['show_symbol_type_heading', 'showSymbolTypeHeading'],
  ['show_symbol_type_toc', 'showSymbolTypeToc'],
  ['show_labels', 'showLabels'],
  ['show_category_heading', 'showCategoryHeading'],
  ['group_by_category', 'groupByCategory'],
  ['show_submodules', 'showSubmodules'],
  ['unwrap_annotated', 'unwrapAnnotated'],
  ['show_overloads', 'showOverloads'],
  ['signature_crossrefs', 'signatureCrossrefs'],
];

const SECTIONS = ['description', 'parameters', 'other_parameters', 'returns', 'yields', 'receives', 'raises', 'warns', 'examples', 'attributes', 'functions', 'classes', 'modules'];

/**
 * Options that change nothing we draw, or that we read as their default does, accepted without
 * a word: how Python is loaded (always statically here), how cross-references are scoped. `extensions` is named once for the whole site
 * (src/site/mkdocstrings.ts), and at a block only when the block sets it.
 */
const ACCEPTED = new Set(['show_docstring_type_parameters', 'show_docstring_type_aliases', 'allow_inspection', 'force_inspection', 'preload_modules', 'load_external_modules', 'show_overloads', 'find_stubs_package', 'relative_crossrefs', 'scoped_crossrefs', 'skip_local_inventory', 'extra']);

/** Options whose feature is not drawn here: a warning when they turn it on, silence when off. */
const NOT_DRAWN: ReadonlyMap<string, string> = new Map([
  ['backlinks', 'no backlinks ("Used by" lists) are drawn'],
  ['parameter_headings', 'parameters get no headings (nor their `path(name)` anchors)'],
  ['type_parameter_headings', 'type parameters get no headings'],
  ['modernize_annotations', 'annotations are shown as written'],
  ['show_inheritance_diagram', 'no Mermaid diagram of the bases is drawn'],
]);

/** griffe's docstring parser options that only change which warnings griffe logs: nothing to draw. */
const DOCSTRING_WARNINGS = new Set(['warn_unknown_params', 'warn_missing_types', 'warnings']);

/** griffe's docstring parser options read as their default does (a different value is named in a warning). */
const DOCSTRING_DEFAULTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['returns_named_value', true],
  ['returns_multiple_items', true],
  ['returns_type_in_property_summary', false],
  ['receives_named_value', true],
  ['receives_multiple_items', true],
  ['allow_section_blank_line', false],
]);

export interface ReadOptions {
  readonly options: HandlerOptions;
  readonly problems: string[];
}

/** `layers` from lowest to highest priority: the handler's options, then the block's. */
export function readOptions(layers: ReadonlyArray<Readonly<Record<string, unknown>>>): ReadOptions {
  const raw: Record<string, unknown> = Object.assign({}, ...layers);
  const problems: string[] = [];
  const options: { -readonly [K in keyof HandlerOptions]: HandlerOptions[K] } = { ...DEFAULT_OPTIONS };
  const wrong = (key: string, expected: string) => problems.push(`option '${key}' should be ${expected}; its default is used`);
  const hidden = new Set<string>();
  for (const [key, value] of Object.entries(raw)) {
    const boolean = BOOLEANS.find(([name]) => name === key);
    if (boolean) {
      if (typeof value === 'boolean') Object.assign(options, { [boolean[1]]: value });
      else wrong(key, 'true or false');
      continue;
    }
    const section = key.startsWith('show_docstring_') ? key.slice('show_docstring_'.length) : undefined;
    if (section !== undefined && SECTIONS.includes(section)) {
      if (value === false) hidden.add(section);
      continue;
    }
    switch (key) {
      case 'heading_level':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6) options.headingLevel = value;
        else wrong(key, 'a number from 1 to 6');
        break;
      case 'members_order':
        if (isOrder(value)) options.membersOrder = [value];
        else if (Array.isArray(value) && value.length > 0 && value.every(isOrder)) options.membersOrder = value;
        else wrong(key, "'alphabetical', 'source', '__all__' or a list of them");
        break;
      case 'members':
        if (value === null || typeof value === 'boolean') options.members = value ?? undefined;
        else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) options.members = value;
        else wrong(key, 'true, false or a list of names');
        break;
      case 'filters':
        options.filters = readFilters(value, problems) ?? options.filters;
        break;
      case 'docstring_style':
        if (value === null) options.docstringStyle = undefined;
        else if (typeof value === 'string' && isStyle(value)) options.docstringStyle = value;
        else wrong(key, "'google', 'numpy', 'sphinx' or null");
        break;
      case 'docstring_section_style':
        if (value === 'table' || value === 'list' || value === 'spacy') options.docstringSectionStyle = value;
        else wrong(key, "'table', 'list' or 'spacy'");
        break;
      case 'annotations_path':
        if (isAnnotationsPath(value)) options.annotationsPath = value;
        else wrong(key, "'brief', 'source' or 'full'");
        break;
      case 'heading':
      case 'toc_label':
        if (typeof value === 'string') options[key === 'heading' ? 'heading' : 'tocLabel'] = value;
        else wrong(key, 'a string');
        break;
      case 'inherited_members':
        if (typeof value === 'boolean' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) options.inheritedMembers = value;
        else wrong(key, 'true, false or a list of names');
        break;
      case 'summary': {
        const summary = readSummary(value);
        if (summary) options.summary = summary;
        else wrong(key, `true, false or a mapping of ${SUMMARY_KINDS.join(', ')} to true or false`);
        break;
      }
      case 'docstring_options':
        readDocstringOptions(value, options, problems);
        break;
      case 'line_length':
        // No formatter runs here, as mkdocstrings-python without Black or Ruff: signatures stay on one line whatever the length.
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) wrong(key, 'a whole number');
        break;
      case 'extensions': {
        const extensions = readExtensions(value);
        options.inheritedDocstrings = extensions.inheritedDocstrings;
        if (extensions.problem !== undefined && layers.length > 1 && layers.at(-1)?.[key] !== undefined) problems.push(extensions.problem);
        break;
      }
      default: {
        const missing = NOT_DRAWN.get(key);
        if (missing !== undefined) {
          if (value !== false && value !== null && value !== 'none') problems.push(`option '${key}' is not supported here: ${missing}`);
        } else if (!ACCEPTED.has(key)) problems.push(`option '${key}' is not supported here and is ignored`);
      }
    }
  }
  options.hiddenSections = hidden;
  return { options, problems };
}

function readSummary(value: unknown): Record<SummaryKind, boolean> | undefined {
  if (typeof value === 'boolean') return { attributes: value, functions: value, classes: value, modules: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.some(([kind, on]) => !SUMMARY_KINDS.some((known) => known === kind) || typeof on !== 'boolean')) return undefined;
  const summary = { ...DEFAULT_OPTIONS.summary };
  for (const [kind, on] of entries) if (typeof on === 'boolean') Object.assign(summary, { [kind]: on });
  return summary;
}

function readDocstringOptions(value: unknown, options: { ignoreInitSummary: boolean; trimDoctestFlags: boolean }, problems: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push("option 'docstring_options' should be a mapping (ignore_init_summary: true, ...); it is ignored");
    return;
  }
  for (const [key, setting] of Object.entries(value)) {
    if (key === 'ignore_init_summary' || key === 'trim_doctest_flags') {
      if (typeof setting === 'boolean') options[key === 'ignore_init_summary' ? 'ignoreInitSummary' : 'trimDoctestFlags'] = setting;
      else problems.push(`docstring option '${key}' should be true or false; its default is used`);
    } else if (DOCSTRING_DEFAULTS.has(key)) {
      if (setting !== DOCSTRING_DEFAULTS.get(key)) problems.push(`docstring option '${key}: ${String(setting)}' is not supported here; docstrings are read as with its default (${String(DOCSTRING_DEFAULTS.get(key))})`);
    } else if (!DOCSTRING_WARNINGS.has(key)) problems.push(`docstring option '${key}' is not supported here and is ignored`);
  }
}

function isOrder(value: unknown): value is MembersOrder {
  return MEMBERS_ORDERS.some((order) => order === value);
}

function isAnnotationsPath(value: unknown): value is AnnotationsPath {
  return ANNOTATIONS_PATHS.some((mode) => mode === value);
}

function isStyle(value: string): value is DocstringStyle {
  return DOCSTRING_STYLES.some((style) => style === value);
}

/** `filters`: Python regexes, `!` in front excluding what matches; `public` is griffe's own filter, read as the default one. */
function readFilters(value: unknown, problems: string[]): MemberFilter[] | undefined {
  if (value === 'public') return [...DEFAULT_OPTIONS.filters];
  if (!Array.isArray(value)) {
    problems.push("option 'filters' should be a list of regular expressions; the default is used");
    return undefined;
  }
  const filters: MemberFilter[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const exclude = item.startsWith('!');
    const { source, flags } = pythonRegex(exclude ? item.slice(1) : item);
    try {
      filters.push({ exclude, regex: new RegExp(source, flags) });
    } catch {
      problems.push(`filter '${item}' is not a regular expression we can read; it is ignored`);
    }
  }
  return filters;
}
