/**
 * Each excerpt of a blog view drawn through the site's `partials/post.html` on its own, as
 * Material's blog.html includes it once per post: where the site's partial fails on a post (a
 * macro it never defined, a field only some posts lack), that post's excerpt alone is drawn by
 * our post.html and the failure is reported at post.html:line; the other excerpts, the pager and
 * the rest of the view keep the site's HTML. Jinja has no try, so our blog.html calls this
 * global instead of `{% include %}`.
 *
 *   {%- for post in posts %}{{ __mkdocs_astro_excerpt(post) }}{% endfor -%}
 */
import nunjucks from 'nunjucks';
import { contextVariables } from './blog-context.ts';

/** The global our blog.html calls for each post. */
export const EXCERPT_GLOBAL = '__mkdocs_astro_excerpt';

/** Where templates are looked for only among ours, never in custom_dir (our post.html under the site's). */
export const OWN_PREFIX = 'mkdocs-astro:';

/** Our post.html by a name custom_dir cannot shadow: an excerpt's fallback. */
export const OWN_POST = `${OWN_PREFIX}partials/post.html`;

/**
 * Adds the excerpt global to `env`: the site's post.html (or ours where it has none) with the
 * view's context and `post`; on failure, `onError` is told and ours draws the excerpt.
 */
export function addExcerptGuard(env: nunjucks.Environment, onError: (error: unknown) => void): void {
  // A function, not an arrow: nunjucks calls a global with the template's context as `this`.
  env.addGlobal(EXCERPT_GLOBAL, function excerpt(this: unknown, post: unknown) {
    const context = { ...contextVariables(this), post };
    try {
      return new nunjucks.runtime.SafeString(env.render('partials/post.html', context));
    } catch (error) {
      onError(error);
      return new nunjucks.runtime.SafeString(env.render(OWN_POST, context));
    }
  });
}
