/**
 * `theme.static_templates`: templates MkDocs renders once each, with the site's context and no
 * page, to a file of their own name (mkdocs/commands/build.py `_build_theme_template`). Ours are
 * drawn as pages' parts only, so one a site adds is said at its line instead of being reported
 * as an unused template; Material's own (404.html) and MkDocs' sitemap.xml are drawn here.
 *
 *   theme:
 *     static_templates: [redirection.html]   -> one warning at `redirection.html`
 */
import type { MkdocsConfig } from '../config/index.ts';

/** The static templates this site draws itself: Material's not-found page and MkDocs' sitemap. */
const DRAWN = new Set(['404.html', 'sitemap.xml']);

export interface StaticTemplateProblem {
  /** Where it is written in mkdocs.yml. */
  readonly at: ReadonlyArray<string | number>;
  readonly message: string;
}

/** The names listed under `theme.static_templates` (strings only, as MkDocs reads them). */
export function staticTemplateNames(config: Pick<MkdocsConfig, 'theme'>): string[] {
  const listed = config.theme.options['static_templates'];
  return Array.isArray(listed) ? listed.filter((name): name is string => typeof name === 'string') : [];
}

/** One problem per listed template that is not drawn here. */
export function staticTemplateProblems(config: Pick<MkdocsConfig, 'theme'>): StaticTemplateProblem[] {
  const listed = config.theme.options['static_templates'];
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((name: unknown, index): StaticTemplateProblem[] =>
    typeof name !== 'string' || DRAWN.has(name)
      ? []
      : [{ at: ['theme', 'static_templates', index], message: `theme.static_templates: '${name}' is not written: MkDocs renders it to a file of its own with the site's context, which is not done here (templates are drawn as parts of pages); make it a page instead` }],
  );
}
