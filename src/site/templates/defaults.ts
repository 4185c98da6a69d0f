/**
 * Our own Jinja templates for Material's nav, tabs and path (breadcrumbs) partials, drawing the DOM of Material 9.7's
 * (classes, ids, nesting, attributes), written here rather than copied. They are served only to a
 * site that overrides one file of the pair: Material's nav.html imports nav-item.html and calls
 * `render(nav_item, path, level)`, tabs.html imports tabs-item.html and calls `render(nav_item)`,
 * so a site that overrides only nav-item.html (FastAPI) needs our nav.html around its items, and
 * one that overrides only nav.html (knative) needs our items inside its list. Sites copy
 * Material's nav-item.html to change one line, so the whole nav is then Material's markup, the
 * site's items among ours; a site that overrides neither gets our own nav (src/theme/nav-html.ts).
 *
 * What they include stays a partial: `partials/logo.html`, `source.html` and `toc.html` are the
 * site's own or our stand-ins (the theme draws those).
 */

/** `partials/nav.html`: the primary nav, each top-level item through nav-item.html's render. */
const NAV = `{% import "partials/nav-item.html" as entry with context %}
{%- set lifted = " md-nav--lifted" if "navigation.tabs" in features else "" -%}
{%- set integrated = " md-nav--integrated" if "toc.integrate" in features else "" -%}
<nav class="md-nav md-nav--primary{{ lifted }}{{ integrated }}" aria-label="{{ lang.t('nav') }}" data-md-level="0">
<label class="md-nav__title" for="__drawer">
<a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" title="{{ config.site_name }}" class="md-nav__button md-logo" aria-label="{{ config.site_name }}" data-md-component="logo">{% include "partials/logo.html" %}</a>
{{ config.site_name }}
</label>
{%- if config.repo_url %}
<div class="md-nav__source">{% include "partials/source.html" %}</div>
{%- endif %}
<ul class="md-nav__list" data-md-scrollfix>
{%- for top in nav %}
{{ entry.render(top, "__nav_" ~ loop.index, 1) }}
{%- endfor %}
</ul>
</nav>
`;

/**
 * `partials/nav-item.html`: `render(nav_item, path, level)`. A section is a toggle, its label (or
 * its index page's link, with navigation.indexes) and a nested nav; navigation.sections and
 * navigation.tabs make some sections groups, navigation.prune draws an inactive section as one
 * link; the current page carries the toc toggle and the toc; any other item is one link.
 */
const NAV_ITEM = `{% macro status_mark(kind) -%}
{%- set names = config.extra.status or {} -%}
<span class="md-status md-status--{{ kind }}"{% if names[kind] %} title="{{ names[kind] }}"{% endif %}></span>
{%- endmacro %}

{% macro label_of(item, shown) -%}
{%- set shown = shown or item -%}
{%- set facts = item.meta or {} -%}
{%- if facts.icon %}{% include ".icons/" ~ facts.icon ~ ".svg" %}{% endif -%}
<span class="md-ellipsis">{{ shown.title }}{% if facts.subtitle %}<br /><small>{{ facts.subtitle }}</small>{% endif %}</span>
{%- if facts.status %}{{ status_mark(facts.status) }}{% endif -%}
{%- endmacro %}

{% macro pruned_link(item, shown) -%}
{%- set shown = shown or item -%}
{%- set lead = item.children | first -%}
{%- if lead and lead.children -%}
{{ pruned_link(lead, shown) }}
{%- else -%}
<a href="{{ lead.url | url }}" class="md-nav__link">{{ label_of(shown) }}{% if item.children | length > 0 %}<span class="md-nav__icon md-icon"></span>{% endif %}</a>
{%- endif -%}
{%- endmacro %}

{% macro render(nav_item, path, level) -%}
{%- set state = " md-nav__item--active" if nav_item.active else "" -%}
{%- if nav_item.children -%}
  {%- set found = namespace(index = none) -%}
  {%- if "navigation.indexes" in features -%}
    {%- for child in nav_item.children -%}
      {%- if child.is_index and found.index is none %}{% set found.index = child %}{% endif -%}
    {%- endfor -%}
  {%- endif -%}
  {%- set index = found.index -%}
  {%- set group = false -%}
  {%- if "navigation.tabs" in features -%}
    {%- if level == 1 and nav_item.active %}{% set group = true %}{% endif -%}
    {%- if "navigation.sections" in features and level == 2 and nav_item.parent.active %}{% set group = true %}{% endif -%}
  {%- elif "navigation.sections" in features and level == 1 -%}
    {%- set group = true -%}
  {%- endif -%}
  {%- set pruned = "navigation.prune" in features and not group and not nav_item.active -%}
<li class="md-nav__item{{ state }}{% if group %} md-nav__item--section{% endif %}{% if pruned %} md-nav__item--pruned{% endif %} md-nav__item--nested">
  {%- if pruned -%}
{{ pruned_link(nav_item) }}
  {%- else -%}
  {%- set focus = "" if group else "0" -%}
<input class="md-nav__toggle md-toggle {% if 'navigation.expand' in features and not nav_item.active %}md-toggle--indeterminate{% endif %}" type="checkbox" id="{{ path }}" {% if nav_item.active %}checked{% endif %} />
    {%- if index -%}
    {%- set current = " md-nav__link--active" if index == page else "" -%}
<div class="md-nav__link md-nav__container"><a href="{{ index.url | url }}" class="md-nav__link{{ current }}">{{ label_of(index, nav_item) }}</a>
      {%- if nav_item.children | length > 1 -%}
<label class="md-nav__link{{ current }}" for="{{ path }}" id="{{ path }}_label" tabindex="{{ focus }}"><span class="md-nav__icon md-icon"></span></label>
      {%- endif -%}
</div>
    {%- else -%}
<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label" tabindex="{{ focus }}">{{ label_of(nav_item) }}<span class="md-nav__icon md-icon"></span></label>
    {%- endif -%}
<nav class="md-nav" data-md-level="{{ level }}" aria-labelledby="{{ path }}_label" aria-expanded="{{ 'true' if nav_item.active else 'false' }}">
<label class="md-nav__title" for="{{ path }}"><span class="md-nav__icon md-icon"></span>{{ nav_item.title }}</label>
<ul class="md-nav__list" data-md-scrollfix>
    {%- for child in nav_item.children -%}
      {%- if not index or child != index %}{{ render(child, path ~ "_" ~ loop.index, level + 1) }}{% endif -%}
    {%- endfor -%}
</ul>
</nav>
  {%- endif -%}
</li>
{%- elif nav_item == page -%}
  {%- set entries = page.toc -%}
  {%- set head = entries | first -%}
  {%- if head and head.level == 1 %}{% set entries = head.children %}{% endif -%}
<li class="md-nav__item{{ state }}">
<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc" />
  {%- if entries | length > 0 -%}
<label class="md-nav__link md-nav__link--active" for="__toc">{{ label_of(nav_item) }}<span class="md-nav__icon md-icon"></span></label>
  {%- endif -%}
<a href="{{ nav_item.url | url }}" class="md-nav__link md-nav__link--active">{{ label_of(nav_item) }}</a>
  {%- if entries | length > 0 %}{% include "partials/toc.html" %}{% endif -%}
</li>
{%- else -%}
<li class="md-nav__item{{ state }}"><a href="{{ nav_item.url | url }}" class="md-nav__link">{{ label_of(nav_item) }}</a></li>
{%- endif -%}
{%- endmacro %}
`;

/** `partials/tabs.html`: the tabs bar, each top-level item through tabs-item.html's render. */
const TABS = `{% import "partials/tabs-item.html" as tab with context %}
<nav class="md-tabs" aria-label="{{ lang.t('tabs') }}" data-md-component="tabs">
<div class="md-grid">
<ul class="md-tabs__list">
{%- for top in nav %}
{{ tab.render(top) }}
{%- endfor %}
</ul>
</div>
</nav>
`;

/**
 * `partials/tabs-item.html`: `render(nav_item)`, one tab. A section's tab leads to its first
 * page, depth first, with the section's title and active state; an index page's icon shows.
 */
const TABS_ITEM = `{% macro tab_label(item, shown) -%}
{%- set shown = shown or item -%}
{%- if (item == shown or "navigation.indexes" in features) and item.is_index and item.meta and item.meta.icon %}{% include ".icons/" ~ item.meta.icon ~ ".svg" %}{% endif -%}
{{ shown.title }}
{%- endmacro %}

{% macro render(nav_item, shown) -%}
{%- set shown = shown or nav_item -%}
{%- set lead = (nav_item.children | first) if nav_item.children else none -%}
{%- if lead and lead.children -%}
{{ render(lead, shown) }}
{%- else -%}
{%- set target = lead or nav_item -%}
<li class="md-tabs__item{% if shown.active %} md-tabs__item--active{% endif %}"><a href="{{ target.url | url }}" class="md-tabs__link">{{ tab_label(target, shown) }}</a></li>
{%- endif -%}
{%- endmacro %}
`;

/**
 * `partials/path.html` (navigation.path): the breadcrumbs, shown once there are two crumbs: the
 * home page, then the sections above the page, outermost first, each through path-item.html's
 * render. `hide: [path]` keeps it in the page, hidden.
 */
const PATH = `{% import "partials/path-item.html" as crumb with context %}
{%- set hidden = page.meta and page.meta.hide and "path" in page.meta.hide -%}
{%- set depth = (page.ancestors | length) + (1 if nav.homepage else 0) -%}
{%- if depth > 1 -%}
<nav class="md-path" aria-label="{{ lang.t('nav') }}"{% if hidden %} hidden{% endif %}>
<ol class="md-path__list">
{%- if nav.homepage %}{{ crumb.render(nav.homepage) }}{% endif -%}
{%- for nav_item in page.ancestors | reverse %}{{ crumb.render(nav_item) }}{% endfor -%}
</ol>
</nav>
{%- endif -%}
`;

/**
 * `partials/path-item.html`: `render(nav_item, ref)`, one crumb. A section leads to its first
 * page, depth first, under the section's own title.
 */
const PATH_ITEM = `{% macro render(nav_item, ref) -%}
{%- set ref = ref or nav_item -%}
{%- set lead = (nav_item.children | first) if nav_item.children else none -%}
{%- if lead and lead.children -%}
{{ render(lead, ref) }}
{%- else -%}
<li class="md-path__item"><a href="{{ (lead or nav_item).url | url }}" class="md-path__link"><span class="md-ellipsis">{{ ref.title }}</span></a></li>
{%- endif -%}
{%- endmacro %}
`;

/** The default templates of each overridable pair, by template name. */
export const PARTIAL_DEFAULTS = {
  nav: new Map([['partials/nav.html', NAV], ['partials/nav-item.html', NAV_ITEM]]),
  tabs: new Map([['partials/tabs.html', TABS], ['partials/tabs-item.html', TABS_ITEM]]),
  path: new Map([['partials/path.html', PATH], ['partials/path-item.html', PATH_ITEM]]),
} as const;
