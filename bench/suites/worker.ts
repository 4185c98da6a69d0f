/**
 * Renders suite cases off the main thread, so that a case that hangs can be stopped
 * (bench/suites.ts terminates this worker and starts another). One message in, one out:
 *   { index, source, extensions } -> { index, html, errors } or { index, thrown }
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer, type Renderer } from '../../src/markdown/index.ts';
import { normalizeExtensions } from '../../src/shared/extension-specs.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';
import { fromJson } from './cases.ts';

export interface RenderRequest {
  readonly index: number;
  readonly source: string;
  /** The case's `markdown_extensions` as in the JSONL (Python tags still spelled as strings). */
  readonly extensions: unknown;
}

export interface RenderReply {
  readonly index: number;
  readonly html?: string | undefined;
  /** Messages of severity error (a case whose reference raised passes with one of these). */
  readonly errors?: string[] | undefined;
  /** The renderer threw: always a failure. */
  readonly thrown?: string | undefined;
}

const folder = typeof workerData === 'string' ? workerData : process.cwd();
// One renderer per extension configuration, for this run only (the suites repeat configurations).
const renderers = new Map<string, Renderer>();

function rendererFor(raw: unknown, extensions: ExtensionSpec[]): Renderer {
  const key = JSON.stringify(raw);
  let renderer = renderers.get(key);
  if (!renderer) {
    // Snippets' and pathconverter's relative base paths resolve against the suite's files folder,
    // as MkDocs resolves them against the folder it runs in.
    renderer = createRenderer({ extensions, projectDir: folder, docsDir: folder, bare: true });
    renderers.set(key, renderer);
  }
  return renderer;
}

parentPort?.on('message', (request: RenderRequest) => {
  let reply: RenderReply;
  try {
    const extensions = normalizeExtensions(fromJson(request.extensions));
    const result = rendererFor(request.extensions, extensions).render({ path: 'index.md', value: request.source });
    reply = { index: request.index, html: result.html, errors: result.messages.filter((m) => m.severity === 'error').map((m) => m.message) };
  } catch (cause) {
    reply = { index: request.index, thrown: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) };
  }
  parentPort?.postMessage(reply);
});
