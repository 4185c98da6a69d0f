/**
 * Front matter `status` in the nav (Material's render_status): a `md-status--<type>` icon after
 * the page's title, titled with the site's label for that type from `extra.status`, when it has one.
 */

/** The status mark of a page, or undefined when its front matter names none. */
export interface StatusMark {
  /** `md-status md-status--new` */
  readonly className: string;
  /** `extra.status.new`, the tooltip; undefined draws the bare icon. */
  readonly title: string | undefined;
}

/**
 * @example statusMark({ status: { new: 'Recently added' } }, 'new')
 * // { className: 'md-status md-status--new', title: 'Recently added' }
 */
export function statusMark(extra: Readonly<Record<string, unknown>>, status: string | undefined): StatusMark | undefined {
  if (status === undefined || status === '') return undefined;
  const labels = extra['status'];
  const label = typeof labels === 'object' && labels !== null && !Array.isArray(labels) ? Reflect.get(labels, status) : undefined;
  return { className: `md-status md-status--${status}`, title: typeof label === 'string' && label !== '' ? label : undefined };
}
