/**
 * What the two `{!file!}` include pre-passes share once they have expanded a page: the source map
 * (taken through any earlier pre-pass), the included files (the render cache and `serve` watch
 * them) and their diagnostics at the include file's `file:line`, as snippets reports its own.
 */
import type { VFile } from 'vfile';
import type { Expansion } from '../snippets/expand.ts';
import { describeOrigin, SourceMap, throughEarlier } from '../snippets/source-map.ts';

export function applyExpansion(file: VFile, page: string, result: Expansion, source: { ruleId: string; name: string }): string {
  const earlier = file.data.sourceMap;
  file.data.sourceMap = new SourceMap(throughEarlier(result.origins, page, earlier));
  file.data.includes = [...new Set([...(file.data.includes ?? []), ...result.files])];
  for (const diagnostic of result.diagnostics) {
    const origin = throughEarlier([diagnostic.origin], page, earlier)[0] ?? diagnostic.origin;
    const where = origin.from ? ` (at ${describeOrigin(origin)})` : '';
    const message = file.message(`${diagnostic.reason}${where}`, { place: { line: origin.line, column: origin.indent + 1 }, ruleId: source.ruleId, source: source.name });
    // Already in the include file's coordinates: this runs before the expanded page is parsed.
    message.file = origin.file;
    message.fatal = diagnostic.severity === 'error';
  }
  return result.lines.join('\n');
}
