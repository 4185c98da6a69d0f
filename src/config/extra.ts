/**
 * Material's header selectors and integrations configured under `extra:`, read the way Material
 * 9.7's templates and scripts read them. Pure: no imports, so the browser's version script
 * (src/components/scripts/version.ts) reads `__config.version` with the same rule as the build.
 *
 *   extra:
 *     alternate:                       -> alternateLanguages(): the header's language selector
 *       - { name: English, link: /en/, lang: en }
 *     version: { provider: mike, default: [latest, stable], alias: true }
 *                                      -> versionOptions(): the version selector and banner
 *     analytics: ...  consent: ...     -> extraProblems(): one note each, never drawn
 *     social: [{ icon, link, name }]   -> extraProblems(): an entry without icon or link
 */

/** One entry of `extra.alternate`: a link to the site in another language. */
export interface AlternateLanguage {
  readonly name: string;
  /** As written; Material passes it through MkDocs' `url` filter (src/theme/urls.ts alternateHref). */
  readonly link: string;
  /** The `hreflang` of the link, when given. */
  readonly lang: string | undefined;
}

/** `extra.version` with `provider: mike`. */
export interface VersionOptions {
  readonly provider: 'mike';
  /**
   * Patterns (case-insensitive regular expressions, as Material tests them) naming the versions
   * that are not outdated: a version matching one by name or alias shows no banner. Material's
   * default is `latest`.
   */
  readonly default: readonly string[];
  /** `alias: true`: the selector shows each version's first alias after its title (JavaScript's truth, as Material's script tests it). */
  readonly alias: boolean;
}

/** A problem with one of those settings, at its path in mkdocs.yml. */
export interface ExtraProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
  /** Point at the key (`analytics:`) rather than at its value. */
  readonly atKey: boolean;
  /**
   * 'info' for what the site leaves out by design (no request to a third-party host), which
   * MkDocs would build without a word: a note, so `--strict` builds pass as they did with MkDocs.
   */
  readonly severity?: 'info' | undefined;
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : undefined;
}

/** A YAML scalar as Jinja prints it in an attribute (`1.0` stays `1.0`, not `1`, when quoted). */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Python's truth of a YAML value: empty strings, lists and mappings, zero and null are false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

/**
 * The entries of `extra.alternate` the language selector draws, in order; an entry without a
 * `name` is left out (extraProblems names it). One without a `link` links to the site's root, as
 * Material's `{{ alt.link | url }}` makes `.` of the missing value (mkdocs-mdpo-plugin's docs:
 * `- name: English` / `lang: en`, the root's language).
 *
 * @example alternateLanguages({ alternate: [{ name: 'Français', link: '/fr/', lang: 'fr' }] })
 *   // [{ name: 'Français', link: '/fr/', lang: 'fr' }]
 */
export function alternateLanguages(extra: unknown): AlternateLanguage[] {
  const list = record(extra)?.['alternate'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const entry = record(item);
    const name = scalar(entry?.['name']);
    const link = scalar(entry?.['link']) ?? '.';
    return name !== undefined ? [{ name, link, lang: scalar(entry?.['lang']) }] : [];
  });
}

/**
 * `extra.version` when it asks for mike's version selector, else undefined (Material's scripts
 * do nothing for another provider). Takes the value itself: mkdocs.yml's `extra.version`, or the
 * `version` of the page's `__config` in the browser.
 *
 * @example versionOptions({ provider: 'mike', default: 'stable' }) // { provider: 'mike', default: ['stable'], alias: false }
 */
export function versionOptions(version: unknown): VersionOptions | undefined {
  const options = record(version);
  if (options?.['provider'] !== 'mike') return undefined;
  const raw = options['default'];
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((item: unknown) => scalar(item) ?? []);
  return { provider: 'mike', default: list.length > 0 ? list : ['latest'], alias: Boolean(options['alias']) };
}

/**
 * What mkdocs.yml asks of these settings that the site will not do, one problem each:
 * analytics and the cookie consent dialog are never drawn (no request to a third-party host; a
 * note), and a selector setting that cannot be drawn as written says why (a warning; a note for
 * a version provider other than mike, which Material does not draw either).
 */
export function extraProblems(extra: unknown): ExtraProblem[] {
  const options = record(extra);
  if (!options) return [];
  const problems: ExtraProblem[] = [];
  if (truthy(options['analytics'])) {
    problems.push({
      path: ['extra', 'analytics'],
      message: "'extra.analytics' is not drawn: the site loads no analytics script, so readers' visits are not sent to a third-party host (Material's feedback widget, which reports through it, is not drawn either); ignored",
      atKey: true,
      severity: 'info',
    });
  }
  if (truthy(options['consent'])) {
    problems.push({
      path: ['extra', 'consent'],
      message: "'extra.consent' is not drawn: with no analytics or third-party embeds loaded there is nothing to ask consent for, so no cookie consent dialog is shown; ignored",
      atKey: true,
      severity: 'info',
    });
  }
  problems.push(...alternateProblems(options['alternate']), ...versionProblems(options['version']), ...socialProblems(options['social']));
  return problems;
}

/**
 * `extra.social` entries the footer cannot draw: Material's partials/social.html includes
 * `.icons/<icon>.svg` and links to `link`, so an entry without either stops MkDocs' build
 * (TemplateNotFound); here it is left out, said at its line. Material 5 wrote `type: github`.
 */
function socialProblems(list: unknown): ExtraProblem[] {
  return entryProblems(list, {
    key: 'social',
    notList: "'extra.social' should be a list of links (`- icon: fontawesome/brands/github`, `link: https://...`); no social links are drawn",
    required: ['icon', 'link'],
    entry: (index, missing, entry) => {
      const renamed = entry?.['type'] !== undefined && missing.includes('icon') ? " (Material 5's 'type' is now 'icon', a path such as fontawesome/brands/github)" : '';
      return `link ${index + 1} of 'extra.social' has no ${named(missing)}${renamed}; it is left out of the footer`;
    },
  });
}

function alternateProblems(list: unknown): ExtraProblem[] {
  return entryProblems(list, {
    key: 'alternate',
    notList: "'extra.alternate' should be a list of languages (`- name: English`, `link: /en/`, `lang: en`); no language selector is drawn",
    required: ['name'],
    entry: (index, missing) => `language ${index + 1} of 'extra.alternate' has no ${named(missing)}; it is left out of the language selector`,
  });
}

/** The problems of a list under `extra` whose entries need `required` keys: not a list, or each entry missing some. */
function entryProblems(list: unknown, spec: {
  readonly key: string;
  readonly notList: string;
  readonly required: readonly string[];
  readonly entry: (index: number, missing: readonly string[], entry: Readonly<Record<string, unknown>> | undefined) => string;
}): ExtraProblem[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return [{ path: ['extra', spec.key], message: spec.notList, atKey: true }];
  return list.flatMap((item: unknown, index): ExtraProblem[] => {
    const entry = record(item);
    const missing = spec.required.filter((key) => scalar(entry?.[key]) === undefined);
    return missing.length === 0 ? [] : [{ path: ['extra', spec.key, index], message: spec.entry(index, missing, entry), atKey: false }];
  });
}

/** `'icon' and 'link'`. */
function named(keys: readonly string[]): string {
  return keys.map((key) => `'${key}'`).join(' and ');
}

/**
 * `extra.version` without `provider: mike`: Material's script draws a selector for mike only and
 * says nothing of another provider or none, and neither is drawn here; a note, so a `--strict`
 * build MkDocs passes is not failed by it (Roboflow Inference's `version: {default: 1.0}`).
 */
function versionProblems(version: unknown): ExtraProblem[] {
  const options = record(version);
  if (!options || !truthy(options)) return [];
  const provider = options['provider'];
  if (provider === 'mike') return [];
  if (provider === undefined || provider === null) {
    return [{ path: ['extra', 'version'], message: "'extra.version' has no 'provider: mike'; no version selector is drawn", atKey: true, severity: 'info' }];
  }
  return [{ path: ['extra', 'version', 'provider'], message: `version provider '${String(provider)}' is not supported (Material knows only 'mike'); no version selector is drawn`, atKey: false, severity: 'info' }];
}
