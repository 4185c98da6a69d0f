/**
 * Icons mkdocs.yml names for the theme that no icon set has: Material's templates include
 * `.icons/<name>.svg` for each, so an unknown name stops MkDocs' build (TemplateNotFound); here
 * the place is drawn without its icon, said once per name at its line. theme.icon's roles (repo,
 * logo, edit, ...) and extra.social's icons; theme.icon.admonition is admonition-icons.ts'.
 *
 *   extra: { social: [{ icon: fontawesome/brands/twiter, link: ... }] }
 *   -> extra.social[0].icon: unknown icon 'fontawesome/brands/twiter' ...
 */
import type { MkdocsConfig } from '../config/index.ts';
import { isRecord } from './plugin-values.ts';

export interface IconProblem {
  /** Where the name is written in mkdocs.yml. */
  readonly at: ReadonlyArray<string | number>;
  readonly message: string;
}

/** theme.icon keys whose value is a mapping of names, not one icon. */
const MAPPINGS = new Set(['admonition', 'tag']);

/** `drawn`: the icons the site's model holds by name (SiteInfo.icons), custom_dir's among them. */
export function unknownIconProblems(config: Pick<MkdocsConfig, 'theme' | 'extra'>, drawn: Readonly<Record<string, string>>): IconProblem[] {
  const problems: IconProblem[] = [];
  const check = (name: unknown, at: ReadonlyArray<string | number>, where: string) => {
    if (typeof name !== 'string' || name === '' || drawn[name] !== undefined) return;
    problems.push({ at, message: `${at.join('.').replace(/\.(\d+)\./g, '[$1].')}: unknown icon '${name}' (no .icons/${name}.svg in custom_dir, no custom_icons file and no bundled Material, Octicons, Font Awesome or Simple Icons icon has this name); ${where}` });
  };
  for (const [role, name] of Object.entries(config.theme.icon)) {
    if (!MAPPINGS.has(role)) check(name, ['theme', 'icon', role], 'its place is drawn with no icon');
  }
  const social: unknown = isRecord(config.extra) ? config.extra['social'] : undefined;
  if (Array.isArray(social)) {
    social.forEach((entry: unknown, index) => {
      if (isRecord(entry) && typeof entry['link'] === 'string') check(entry['icon'], ['extra', 'social', index, 'icon'], 'the link is drawn with no icon');
    });
  }
  return problems;
}
