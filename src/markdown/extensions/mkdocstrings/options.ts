/**
 * mkdocstrings-python's options (its `PythonOptions` and their defaults), from mkdocs.yml's
 * `plugins: mkdocstrings: handlers: python: options:` with a block's own `options:` over them
 * (the block's win, key by key, as in mkdocstrings).
 *
 * ```yaml
 * ::: pkg.Client
 *     options:
 *       show_root_heading: true     ->  { showRootHeading: true, headingLevel: 2, membersOrder: 'alphabetical', ... }
 * ```
 * An option we do not implement, or a value of the wrong type, is named in a problem (a warning
 * at the block); its default is kept.
 */
import { DOCSTRING_STYLES, type DocstringStyle } from '../../../python/docstrings/sections.ts';
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
  readonly membersOrder: 'alphabetical' | 'source';
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
}

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
  membersOrder: 'alphabetical',
  members: undefined,
  filters: [{ exclude: true, regex: /^_[^_]/ }],
  docstringStyle: 'google',
  docstringSectionStyle: 'table',
  heading: '',
  tocLabel: '',
  hiddenSections: new Set(),
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
];

const SECTIONS = ['description', 'parameters', 'other_parameters', 'returns', 'yields', 'receives', 'raises', 'warns', 'examples', 'attributes', 'functions', 'classes', 'modules'];

/**
 * Options that change nothing we draw, or that we read as their default does, accepted without
 * a word: cross-references, line length and summaries are about looks we approximate.
 */
const ACCEPTED = new Set(['line_length', 'signature_crossrefs', 'annotations_path', 'docstring_options', 'show_docstring_type_parameters', 'show_docstring_type_aliases', 'allow_inspection', 'force_inspection', 'preload_modules', 'load_external_modules', 'extensions', 'parameter_headings', 'type_parameter_headings', 'backlinks', 'unwrap_annotated', 'modernize_annotations', 'show_overloads', 'find_stubs_package', 'relative_crossrefs', 'scoped_crossrefs', 'skip_local_inventory', 'show_inheritance_diagram', 'extra', 'inherited_members', 'show_submodules']);

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
        if (value === 'alphabetical' || value === 'source') options.membersOrder = value;
        else wrong(key, "'alphabetical' or 'source'");
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
      case 'heading':
      case 'toc_label':
        if (typeof value === 'string') options[key === 'heading' ? 'heading' : 'tocLabel'] = value;
        else wrong(key, 'a string');
        break;
      case 'summary':
        break;
      default:
        if (!ACCEPTED.has(key)) problems.push(`option '${key}' is not supported here and is ignored`);
    }
  }
  if (raw['inherited_members'] !== undefined && raw['inherited_members'] !== false) problems.push("option 'inherited_members' is not supported here: inherited members are not shown");
  if (raw['show_submodules'] === true) problems.push("option 'show_submodules' is not supported here: submodules are not shown");
  if (raw['summary'] !== undefined && raw['summary'] !== false) problems.push("option 'summary' is not supported here: no summary tables are drawn");
  if (raw['show_symbol_type_toc'] === true) problems.push("option 'show_symbol_type_toc' is not supported here: the ToC names objects without their symbol");
  options.hiddenSections = hidden;
  return { options, problems };
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
