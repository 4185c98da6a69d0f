/** Small readings of front matter and config values that several stages share. */

/** Front matter `icon`: drawn before the page's title in the nav. */
export function iconOf(meta: Record<string, unknown>): string | undefined {
  return typeof meta['icon'] === 'string' ? meta['icon'] : undefined;
}

/** A front matter string (`status`, `subtitle`); a number or date is written as YAML wrote it. */
export function textOf(meta: Record<string, unknown>, key: string): string | undefined {
  const value = meta[key];
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** MkDocs' `validation:` levels as message severities; `ignore` reports nothing. */
export function severityOf(level: 'warn' | 'info' | 'ignore'): 'warning' | 'info' | undefined {
  return level === 'ignore' ? undefined : level === 'warn' ? 'warning' : 'info';
}
