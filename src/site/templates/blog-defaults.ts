/**
 * Our templates for Material's blog pages, found where custom_dir has none. Material's
 * `blog.html` (views) and `blog-post.html` (posts) extend main.html and replace its `container`
 * block, so a site's main.html reaches every other block of a blog page but not its container:
 * our stand-ins do the same, keeping our own container (BlogView.astro, BlogPost.astro). Only
 * when the site overrides `partials/post.html` or `partials/pagination.html` is the view's
 * container drawn here, Material's DOM with the site's partial (and ours of the other, below);
 * each excerpt through excerpt-guard.ts, so a post the site's post.html fails on gets ours.
 */
import { EXCERPT_GLOBAL, OWN_POST } from './excerpt-guard.ts';
import { blockDefault } from './markers.ts';

/** Material's own page templates of the blog plugin. */
export const BLOG_TEMPLATES: ReadonlySet<string> = new Set(['blog.html', 'blog-post.html']);

/** The partials a view's container includes. */
export const BLOG_PARTIALS = ['partials/post.html', 'partials/pagination.html'] as const;

const KEEP_CONTAINER = `{% extends "main.html" %}{% block container %}${blockDefault('container')}{% endblock %}`;

/** `blog.html`'s container: the view's own content, each post's excerpt, the pager. */
const VIEW = `{% extends "main.html" %}
{% block container %}
<div class="md-content" data-md-component="content" id="__main" tabindex="-1">
<div class="md-content__inner">
<header class="md-typeset" data-pagefind-body>{{ page.content }}</header>
{%- for post in posts %}{{ ${EXCERPT_GLOBAL}(post) }}{% endfor -%}
{%- if pagination %}{% include "partials/pagination.html" %}{% endif %}
</div>
</div>
{% endblock %}
`;

/** `partials/post.html`: one excerpt (BlogExcerpt.astro's markup). */
const POST = `<article class="md-post md-post--excerpt">
<header class="md-post__header">
{%- if post.authors %}<nav class="md-post__authors md-typeset">{% for author in post.authors %}<span class="md-author"><img src="{{ author.avatar }}" alt="{{ author.name }}"></span>{% endfor %}</nav>{% endif %}
<div class="md-post__meta md-meta">
<ul class="md-meta__list">
<li class="md-meta__item"><time datetime="{{ post.config.date.created }}">{{ post.config.date.created | date }}</time></li>
{%- if post.categories %}<li class="md-meta__item">{{ lang.t("blog.categories.in") }} {% for category in post.categories %}<a href="{{ category.url | url }}" class="md-meta__link">{{ category.title }}</a>{% if not loop.last %}, {% endif %}{% endfor %}</li>{% endif -%}
{%- if post.config.readtime %}<li class="md-meta__item">{% if post.config.readtime == 1 %}{{ lang.t("readtime.one") }}{% else %}{{ lang.t("readtime.other") | replace("#", post.config.readtime) }}{% endif %}</li>{% endif %}
</ul>
{%- if post.config.draft %}<span class="md-draft">{{ lang.t("blog.draft") }}</span>{% endif -%}
{%- if post.config.pin %}<span class="md-pin"></span>{% endif %}
</div>
</header>
<div class="md-post__content md-typeset">{{ post.content }}<nav class="md-post__action"><a href="{{ post.url | url }}">{{ lang.t("blog.continue") }}</a></nav></div>
</article>
`;

/** `partials/pagination.html`: the pager, with Material's classes. */
const PAGINATION = `<nav class="md-pagination">{{ pagination({ "link_attr": { "class": "md-pagination__link" }, "curpage_attr": { "class": "md-pagination__current" }, "dotdot_attr": { "class": "md-pagination__dots" } }) }}</nav>
`;

/**
 * Our blog templates by name. `ownPartials`: whether the site overrides post.html or
 * pagination.html, which our blog.html then includes.
 *
 * @example blogDefaults(false).get('blog-post.html') // '{% extends "main.html" %}{% block container %}\uE000D:container\uE001{% endblock %}'
 */
export function blogDefaults(ownPartials: boolean): ReadonlyMap<string, string> {
  return new Map([
    ['blog.html', ownPartials ? VIEW : KEEP_CONTAINER],
    ['blog-post.html', KEEP_CONTAINER],
    ['partials/post.html', POST],
    [OWN_POST, POST],
    ['partials/pagination.html', PAGINATION],
  ]);
}
