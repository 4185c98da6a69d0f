/**
 * Render workers as child processes (src/site/render-worker.ts runs in them): starting one,
 * handing it its job, taking back each page it posts (a big page's HTML as a file; in a build,
 * every page's, which stays there: src/shared/page-html.ts), and what
 * it says when it is done or fails. src/site/render-pages.ts decides who renders what.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIG_PAGE_CHARS } from './model.ts';
import { htmlText, utf16Length, type ByteRange } from '../shared/page-html.ts';
import { writeBytes, writeText } from '../shared/text-slices.ts';
import type { Renderer } from '../markdown/index.ts';
import type { RenderedPage, RenderSettings } from './render-pages.ts';
import { OLD_GENERATION_GROWTH, TUNED_FLAGS, YOUNG_GENERATION } from '../../bin/memory-tuning.js';

/** What a renderer says of its settings (unsupported extensions, option problems): the same in every process. */
export type RendererNotes = Pick<Renderer, 'unsupported' | 'optionWarnings'>;

type WorkerOutcome = { readonly kind: 'done'; readonly notes?: RendererNotes | undefined } | { readonly kind: 'failed'; readonly reason: string };

/**
 * A render worker is a child process, not a thread: a thread's heap stays in this process's
 * memory after it ends (measured on Node 24: a thread that grew the process by 550 MB left 515 MB of it behind), a process's goes.
 * It starts from a few lines of JavaScript that install the type-stripping hook for this
 * package's sources where Node does not strip them itself (see bin/strip-types.js), then load
 * the worker, which waits for its job. Node's own stripping is kept in its compile cache: the
 * renderer loaded in ~210 ms that way against ~400 ms through the hook (Node 24, 2 cores).
 */
const BOOT = `
const [hooks, sources, entry] = process.argv.slice(1);
import(hooks)
  .then(({ nodeStripsTypes, stripOwnTypes }) => { if (!nodeStripsTypes(sources)) stripOwnTypes(sources); return import(entry); })
  .catch((error) => process.send({ kind: 'failed', reason: String(error && error.message || error) }));
`;

/** What a worker is given: its pages, and where and from what size it writes a page's HTML (see SPILL_CHARS). */
export interface RenderJob {
  readonly settings: RenderSettings;
  readonly pages: readonly string[];
  readonly spillChars: number;
  readonly spillDir?: string | undefined;
}

/**
 * A big page's HTML (model.ts BIG_PAGE_CHARS) comes back from a worker as a file, not in its
 * message: a message is serialized whole in the worker, on top of the renderer's memory, and
 * arrives whole here before it is read. As a file it is UTF-8, written piece by piece (postedPage),
 * and stays there when the build keeps pages' HTML in files (renderInWorker's `htmlDir`; the
 * page's `result.html` is then the file, src/shared/page-html.ts), else it is read here in one piece.
 */
export const SPILL_CHARS = BIG_PAGE_CHARS;

/**
 * The one file in the job's folder a worker writes its pages' HTML into, one after the other:
 * a file per page was a file to create per page (on this machine's file system ~0.7 ms each, the
 * 2,000-page site's ~1.4 s of the worker's time), which the build's workspace also removed.
 */
const PAGES_FILE = 'pages.html';

/**
 * In a worker: `page` to post, its HTML written to the job's folder (appended to PAGES_FILE) when
 * it is big and every character of it survives UTF-8; its `result.html` then names the file and
 * where in it the page is. A page whose HTML the renderer gave as its pieces' UTF-8 (the worker's
 * renderer does from `spillChars` bytes: RendererOptions.htmlBytesFrom) is written as those
 * bytes, the same ones the joined string would make, never joined here.
 */
export function postedPage(page: RenderedPage, job: RenderJob, write: HtmlWriter): RenderedPage {
  const { htmlBytes, ...result } = page.result;
  if (htmlBytes) {
    // Not asked for without a folder (render-worker.ts); joined as the renderer would have.
    if (job.spillDir === undefined) return { ...page, result: { ...result, html: Buffer.concat(htmlBytes).toString('utf8') } };
    const file = path.join(job.spillDir, PAGES_FILE);
    return { ...page, result: { ...result, html: { file, chars: utf16Length(htmlBytes), at: write(file, htmlBytes) } } };
  }
  const { html } = result;
  if (job.spillDir === undefined || typeof html !== 'string' || html.length < job.spillChars || !html.isWellFormed()) return page;
  const file = path.join(job.spillDir, PAGES_FILE);
  return { ...page, result: { ...result, html: { file, chars: html.length, at: write(file, html) } } };
}

/** Appends a page's HTML (a string, or its UTF-8 in parts) to `file`: where in it the bytes went. */
export type HtmlWriter = (file: string, html: string | readonly Uint8Array[]) => ByteRange;

/** Up to this many bytes, a page's HTML is encoded into the writer's buffer; beyond, in slices. */
const SCRATCH_BYTES = 4 << 20;

/**
 * Appends pages' HTML to their files as UTF-8 through one buffer, grown as needed: a new buffer
 * per page (writeFileSync's) is external memory V8 collects only once enough of it is dead, and
 * the worker of the 2,000-page site, which writes every page's HTML in a build, grew by ~50 MB of
 * it. A page beyond SCRATCH_BYTES is written in slices (text-slices.ts), so the buffer never holds
 * a big page. Each file stays open, and is written only here, for the worker's life (its process
 * closes it): what was written is read by the build meanwhile, by range.
 */
export function htmlFileWriter(): HtmlWriter {
  let scratch = Buffer.alloc(0);
  const open = new Map<string, { readonly fd: number; size: number }>();
  return (file, html) => {
    let target = open.get(file);
    if (!target) open.set(file, (target = { fd: openSync(file, 'w'), size: 0 }));
    const offset = target.size;
    if (typeof html !== 'string') {
      for (const part of html) writeBytes(target.fd, part);
      target.size += html.reduce((sum, part) => sum + part.byteLength, 0);
      return { offset, bytes: target.size - offset };
    }
    const bytes = Buffer.byteLength(html);
    if (bytes > SCRATCH_BYTES) writeText(target.fd, html);
    else {
      if (bytes > scratch.length) scratch = Buffer.allocUnsafe(Math.max(bytes, 2 * scratch.length));
      scratch.write(html, 'utf8');
      writeBytes(target.fd, scratch.subarray(0, bytes));
    }
    target.size += bytes;
    return { offset, bytes };
  };
}

/**
 * Here: the page a worker posted. Its HTML stays in the worker's file where the build keeps pages'
 * HTML in files (`keep`), else is read back (the file goes with the worker's folder).
 */
function receivedPage(page: RenderedPage, keep: boolean): RenderedPage {
  const { html } = page.result;
  if (typeof html === 'string' || keep) return page;
  return { ...page, result: { ...page.result, html: htmlText(html) } };
}

/**
 * From this many bytes of Markdown to render (and no thread count asked for), the main thread
 * renders none (src/site/render-pages.ts threadPlan) and waits for the workers (one at least).
 * Rendering makes several times its results in garbage, and V8 keeps a heap sized for it: on the
 * main thread, that heap stayed for the rest of the build (Astro's, Pagefind's, publishing). A
 * worker's memory goes when it ends.
 * Below this, a worker's start (a process loading the renderer) costs more than the memory is
 * worth: on 2 cores (one render thread, see MIN_CORES) Privacy Guides' 123 pages (1.2 MB)
 * rendered in 1.84 s here and 2.55 s in a worker, peak 661 against 549 MiB; the 2,000-page
 * site (16 MB) and a 10 MB page are over the line. Such a site's workers also start with a small
 * young generation (WORKER_V8_FLAGS).
 */
export const OFF_MAIN_BYTES = 4 << 20;

/**
 * From this much Markdown, a cold build renders its pages in a worker while Astro loads
 * (src/integration.ts): below, rendering them in the build's own process costs less than starting
 * a process that loads the renderer (~0.2 s of a core), and Astro starts once they are done
 * (~20 ms for 16 kB of Markdown).
 */
export const OFF_MAIN_MARKDOWN_BYTES = 16 << 10;

/**
 * A worker started before its job is known: the CLI starts one while it loads the rest of the
 * build, so the worker has loaded the renderer by the time the pages are found (~0.2 s that
 * would otherwise come after). The first worker the build needs is this one; one never taken
 * is ended by `dispose`.
 */
export interface SpareWorker {
  /** Started for a site of OFF_MAIN_BYTES of Markdown or more (WORKER_V8_FLAGS); undefined for a stand-in. */
  readonly big?: boolean | undefined;
  /** The worker, if it is still waiting for a job (once). */
  readonly take: () => ChildProcess | undefined;
  readonly dispose: () => void;
}

export function startSpareWorker(big = false): SpareWorker {
  let worker: ChildProcess | undefined = start(big);
  // An exit or a broken channel is seen by the build only once it takes the worker: until then, nothing may be left unhandled.
  worker.on('error', () => undefined);
  return {
    big,
    take: () => {
      const taken = worker;
      worker = undefined;
      return taken?.connected && taken.exitCode === null ? taken : undefined;
    },
    dispose: () => {
      worker?.kill();
      worker = undefined;
    },
  };
}

/**
 * Renders a job's pages in a worker (`spare`'s, or one started now), which posts each page (to
 * `received`) as soon as it is rendered. `htmlDir`: where the build keeps its pages' HTML in
 * files (in its workspace, gone with it); without one, a big page's file is read back and the
 * worker's folder goes when it does.
 */
export function renderInWorker(job: Omit<RenderJob, 'spillDir'>, received: (page: RenderedPage) => void, htmlDir?: string, spare?: SpareWorker, big = false): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    const worker = spare?.take() ?? start(big);
    // A folder of its own for the HTML files the worker writes (from `spillChars`).
    const spillDir = mkdtempSync(path.join(htmlDir ?? tmpdir(), 'mkdocs-astro-render-'));
    let settled = false;
    const settle = (outcome: WorkerOutcome) => {
      if (settled) return;
      settled = true;
      if (htmlDir === undefined) rmSync(spillDir, { recursive: true, force: true });
      resolve(outcome);
      if (outcome.kind === 'failed') worker.kill();
    };
    worker.on('message', (message: unknown) => {
      if (settled) return;
      if (isPageMessage(message)) received(receivedPage(message.page, htmlDir !== undefined));
      else settle(asOutcome(message));
    });
    worker.on('error', (error: unknown) => settle({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
    worker.on('exit', (code, signal) => settle({ kind: 'failed', reason: `exit code ${code ?? signal}` }));
    try {
      worker.send({ ...job, spillDir } satisfies RenderJob);
    } catch (error) {
      // Settings that cannot be copied to another process (a value that is not plain data).
      settle({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  });
}

/**
 * A big site's worker's heap, as the build's own process's (bin/memory-tuning.js: why, and the
 * figures). Its young generation: V8's semi-spaces at 16 MB, where Node 24 grows them to 32 MB on
 * a machine with this much memory. The renderer makes garbage fast, and a big young generation
 * let the worker's heap grow far past what it keeps: the 2,000-page bench site's worker peaked at
 * 578-641 MB with Node's size (mem31). 4 MB kept it lower still (362-486 MB) but rendered ~28%
 * slower (its render phase 30.7 s against 24.0 s), promoting more of the garbage. Its old
 * generation, let grow to twice what stays live before it is collected (V8 picks 1.1 to 4 times
 * by itself): the worker keeps ~55 MB (the same after 250 pages and after 1,750, collected whole),
 * yet peaked at 447-497 MiB, a peak that rose with the site (386 MiB at 984 pages); so, 331-343
 * MiB, the build's time within the noise (3 alternating cold builds: 19.9-21.1 s against
 * 20.1-20.2 s).
 * Not for a smaller site, whose worker's memory is no concern.
 * MALLOC_ARENA_MAX=2 in its environment changed nothing measurable (614 and 432 MB): not set.
 */
const WORKER_V8_FLAGS = [YOUNG_GENERATION, OLD_GENERATION_GROWTH];

/**
 * How every worker's code warms up. A cold build's worker is its critical path, and about half of
 * its time is V8 warming up (the corpus's 123 pages: ~2.0 s cold against ~1.1 s for the same pages
 * once warm). `--always-sparkplug` compiles each function to baseline code at its first call
 * instead of interpreting it a while first; `--no-regexp-tier-up` compiles each regular expression
 * to native code at once instead of interpreting its first matches (the renderer's patterns are
 * few and run over every line). Measured on 2 cores, the corpus's pages rendered cold in a fresh
 * process: 1.75-1.93 s against 1.90-2.30 s (4 runs each, interleaved); in the build, the worker's
 * job 2.11-2.35 s against 2.28-2.70 s. Either alone gained less than the noise let us tell. Placed first: a flag
 * the user gives (`--no-always-sparkplug`) comes after, and V8 keeps the last.
 */
const WORKER_TIERING_FLAGS = ['--always-sparkplug', '--no-regexp-tier-up'];

/**
 * A small site's worker stops at Maglev, V8's middle tier: it lives a few seconds, too short for
 * Turbofan's compilations (on a background thread, on a machine whose other core the build's own
 * process is using) to pay for themselves. The corpus's cold build, 10 interleaved runs each:
 * median 2.55 s against 2.67 s. At the largest small site (the corpus three times, 3.6 MB of
 * Markdown, 5 runs each) the two were even (4.73 s), so a big site's worker, which renders for tens
 * of seconds, keeps Turbofan.
 */
const SMALL_SITE_FLAGS = ['--max-opt=2'];

/**
 * A worker's Node flags: this process's (Node 22's --experimental-strip-types among them), but not
 * a debugger's port nor those the command started this process with for itself (`tuned`,
 * bin/memory-tuning.js), after WORKER_TIERING_FLAGS, and WORKER_V8_FLAGS for a big site,
 * SMALL_SITE_FLAGS for a small one, but those the user set (here or in NODE_OPTIONS, which the
 * command line would override).
 */
export function workerFlags(execArgv: readonly string[], nodeOptions = '', big = true, tuned = ''): string[] {
  const mine = new Set(tuned.split(' ').filter(Boolean));
  const given = execArgv.filter((flag) => !flag.startsWith('--inspect') && !mine.has(flag));
  const own = [...given, ...nodeOptions.split(/\s+/)];
  const sized = (big ? WORKER_V8_FLAGS : SMALL_SITE_FLAGS).filter((flag) => !own.some((set) => set.split('=')[0] === flag.split('=')[0]));
  const ours = [...WORKER_TIERING_FLAGS, ...sized];
  // --expose-gc: the worker collects between a big page's pieces (heap-keeper.ts).
  return [...ours, ...given, '--expose-gc'];
}

/** `big`: for a site of OFF_MAIN_BYTES of Markdown or more (WORKER_V8_FLAGS). */
function start(big: boolean): ChildProcess {
  const args = [new URL('../../bin/strip-types.js', import.meta.url).href, new URL('../', import.meta.url).href, new URL('./render-worker.ts', import.meta.url).href];
  return spawn(process.execPath, [...workerFlags(process.execArgv, process.env['NODE_OPTIONS'], big, process.env[TUNED_FLAGS]), '-e', BOOT, ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
}

function asOutcome(message: unknown): WorkerOutcome {
  if (typeof message !== 'object' || message === null || !('kind' in message)) return { kind: 'failed', reason: 'an unreadable answer' };
  if (message.kind === 'done') return { kind: 'done', notes: 'notes' in message && isNotes(message.notes) ? message.notes : undefined };
  return { kind: 'failed', reason: 'reason' in message ? String(message.reason) : 'no reason given' };
}

export function isNotes(value: unknown): value is RendererNotes {
  return typeof value === 'object' && value !== null && 'unsupported' in value && Array.isArray(value.unsupported) && 'optionWarnings' in value && Array.isArray(value.optionWarnings);
}

function isPageMessage(message: unknown): message is { kind: 'page'; page: RenderedPage } {
  return typeof message === 'object' && message !== null && 'kind' in message && message.kind === 'page' && 'page' in message && isRenderedPage(message.page);
}

function isRenderedPage(value: unknown): value is RenderedPage {
  return typeof value === 'object' && value !== null && 'src' in value && typeof value.src === 'string' && 'result' in value && 'messages' in value && Array.isArray(value.messages);
}
