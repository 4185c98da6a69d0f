/**
 * The site's UI label table: the shipped table of `theme.language` (English for an unknown
 * language, with a warning), under a site's own `custom_dir/partials/languages/<lang>.html` when
 * it has one. `theme.language: custom` reads `custom.html`, as Material does; such a file usually
 * imports another language as its fallback, which becomes the base its entries are laid over.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { en } from '../shared/languages/en.ts';
import { builtinTable, directionOf, withOverrides, type LabelTable } from '../shared/languages/index.ts';
import { parseLanguagePartial } from '../shared/languages/jinja-dict.ts';
import type { SiteMessage } from './messages.ts';

export interface SiteLabels {
  readonly table: LabelTable;
  readonly messages: SiteMessage[];
}

/**
 * @example siteLabels('fr', undefined).table['footer.next'] // 'Suivant'
 */
export function siteLabels(language: string, customDir: string | undefined): SiteLabels {
  const messages: SiteMessage[] = [];
  const tag = language.trim() || 'en';
  const partial = customDir ? path.join(customDir, 'partials', 'languages', `${tag}.html`) : undefined;
  const own = partial !== undefined && existsSync(partial) ? partial : undefined;
  const shipped = builtinTable(tag);
  if (!shipped && !own) {
    messages.push({
      severity: 'warning',
      message: `theme.language '${tag}' has no label table: the theme's labels are in English. Shipped: en, de, fr, es, pt, pt-BR, it, nl, pl, ru, uk, ja, zh, ko, tr, ar; or add custom_dir/partials/languages/${tag}.html`,
    });
  }
  const base = { ...(shipped ?? en), language: tag, direction: directionOf(tag) };
  if (!own) return { table: shipped ? shipped : base, messages };

  let source: string;
  try {
    source = readFileSync(own, 'utf8');
  } catch (error) {
    messages.push({ severity: 'warning', message: `cannot read the language partial: ${String(error)}; the shipped labels are used`, file: own });
    return { table: shipped ?? base, messages };
  }
  const parsed = parseLanguagePartial(source);
  for (const problem of parsed.problems) messages.push({ severity: 'warning', message: problem.message, file: own, line: problem.line, column: problem.column });
  const fallback = parsed.fallback === undefined ? undefined : builtinTable(parsed.fallback);
  const table = withOverrides(fallback ?? shipped ?? base, parsed.entries);
  // A custom file that names no direction takes it from the language it declares.
  const direction = parsed.entries.has('direction') ? table.direction : directionOf(table.language);
  return { table: { ...table, direction }, messages };
}
