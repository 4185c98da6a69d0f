/**
 * A big page rendered in pieces (src/markdown/pieces.ts) gives what the whole page gives: HTML,
 * ToC, ids, links and messages. Every fixture page and the stress shapes are rendered with
 * pieces as small as the cuts allow (pieceChars 1: a cut before every heading that may take
 * one) and whole, and compared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VFile } from 'vfile';
import { STRESS_CASES, STRESS_EXTENSIONS } from '../../bench/stress-cases.ts';
import { PieceMismatch } from '../../src/markdown/core/page-state.ts';
import { createRenderer, type RenderResult } from '../../src/markdown/index.ts';
import { renderPage } from '../../src/markdown/pieces.ts';
import { buildPipeline } from '../../src/markdown/pipeline.ts';
import { preparePage } from '../../src/markdown/prepare.ts';
import type { ExtensionSpec, RendererOptions } from '../../src/markdown/types.ts';
import { fixtureFolders } from '../helpers/fixture-configs.ts';

/** What a render leaves on its file, messages in a fixed order (pieces give them piece by piece). */
function outcome(file: VFile, html: string) {
  const messages = file.messages.map((m) => `${m.line ?? ''}:${m.column ?? ''} ${m.ruleId ?? ''} ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.reason}`).sort();
  return { html, toc: file.data.toc, collected: file.data.collected, messages };
}

/** Not cut (rendered whole); cut, and the same in pieces as whole; cut, but the pieces gave up (PieceMismatch). */
type Compared = 'whole' | 'pieces' | 'mismatch';

/** Renders the page in pieces and whole through the pipeline, and asserts the two are the same. */
function compare(options: RendererOptions, page: string, source: string, pipeline = buildPipeline(options)): Compared {
  const input = { path: page, value: source };
  const cut = preparePage(pipeline, options, input);
  const starts = pipeline.pieceStarts(String(cut.file.value));
  if (starts.length === 0) return 'whole';
  let inPieces;
  try {
    inPieces = outcome(cut.file, renderPage(pipeline.processor, cut.file, starts).html);
  } catch (cause) {
    if (cause instanceof PieceMismatch) return 'mismatch';
    throw cause;
  }
  const whole = preparePage(pipeline, options, input);
  assert.deepEqual(inPieces, outcome(whole.file, renderPage(pipeline.processor, whole.file, []).html), `${page}: ${starts.length + 1} pieces`);
  return 'pieces';
}

describe('every fixture page in pieces', () => {
  test('renders as the whole page does wherever it is cut', (t) => {
    const counts: Record<Compared, number> = { whole: 0, pieces: 0, mismatch: 0 };
    const mismatches: string[] = [];
    for (const { name, folder, extensions, pages } of fixtureFolders()) {
      const options: RendererOptions = { extensions, projectDir: folder, docsDir: folder, pieceChars: 1 };
      const pipeline = buildPipeline(options);
      for (const page of pages) {
        const source = readFileSync(path.join(folder, page), 'utf8');
        // Few fixture pages have the headings a cut needs: each also goes twice, a heading
        // between, so ids, counters and definitions meet a second time in the next piece.
        for (const [variant, text] of [['', source], [' twice', `${source}\n\n# Twice\n\n${source}`]] as const) {
          const result = compare(options, page, text, pipeline);
          counts[result]++;
          if (result === 'mismatch') mismatches.push(`${name}/${page}${variant}`);
        }
      }
    }
    t.diagnostic(`${JSON.stringify(counts)}; fell back: ${mismatches.join(', ')}`);
    // Not vacuous: many pages are cut (a page with one heading, raw HTML, a footnote or an
    // abbreviation is not), and few fall back to a whole render.
    assert.ok(counts.pieces >= 300, JSON.stringify(counts));
    assert.ok(counts.mismatch <= counts.pieces / 10, `${JSON.stringify(counts)}: ${mismatches.join(', ')}`);
  });
});

describe('what a page rendered in pieces carries from piece to piece', () => {
  const options = (names: string[]): RendererOptions => ({
    extensions: names.map((name) => ({ name, options: name === 'pymdownx.tabbed' ? { alternate_style: true } : name === 'pymdownx.highlight' ? { anchor_linenums: true } : {} })),
    projectDir: '/p', docsDir: '/p', pieceChars: 1,
  });
  const render = (names: string[], source: string) => createRenderer(options(names)).render({ path: 'a.md', value: source });

  test('toc: ids stay unique across pieces, and the ToC nests across them', () => {
    const source = '# A\n\ntext\n\n## Same\n\ntext\n\n## Same\n\ntext\n\n# B\n\ntext\n';
    assert.equal(compare(options(['toc']), 'a.md', source), 'pieces');
    const result = render(['toc'], source);
    assert.deepEqual(result.ids, ['a', 'same', 'same_1', 'b']);
    assert.deepEqual(result.toc.map((entry) => [entry.id, entry.children.map((child) => child.id)]), [['a', ['same', 'same_1']], ['b', []]]);
  });

  test('toc: an id written further down the page than a heading that makes it has the page rendered whole', () => {
    // Python-Markdown reserves `b` for the attribute list below before slugging the first heading.
    const source = '# B\n\ntext\n\n# C {#b}\n\ntext\n';
    assert.equal(compare(options(['toc', 'attr_list']), 'a.md', source), 'mismatch');
    assert.deepEqual(render(['toc', 'attr_list'], source).ids, ['b_1', 'b']);
  });

  test('tab sets and fences are numbered per page, not per piece', () => {
    const tabs = '# A\n\n=== "x"\n    a\n\n# B\n\n=== "y"\n    b\n';
    assert.equal(compare(options(['pymdownx.tabbed']), 'a.md', tabs), 'pieces');
    assert.match(render(['pymdownx.tabbed'], tabs).html, /__tabbed_2_1/);
    const fences = '# A\n\n```py linenums="1"\nx\n```\n\n# B\n\n```py linenums="1"\ny\n```\n';
    assert.equal(compare(options(['pymdownx.superfences', 'pymdownx.highlight']), 'a.md', fences), 'pieces');
    assert.match(render(['pymdownx.superfences', 'pymdownx.highlight'], fences).html, /__codelineno-1-1/);
  });

  test('a reference links through a definition in an earlier piece; one defined below it has the page rendered whole', () => {
    const before = '[r]: /url\n\n# A\n\nSee [a][r].\n';
    assert.equal(compare(options([]), 'a.md', before), 'pieces');
    assert.match(render([], before).html, /<a href="\/url">a<\/a>/);
    const repeated = '[r]: /url\n\n# A\n\nSee [a][r].\n\n# B\n\n[r]: /url\n';
    assert.equal(compare(options([]), 'a.md', repeated), 'pieces');
    const after = '# A\n\nSee [a][r].\n\n# B\n\n[r]: /url\n';
    assert.equal(compare(options([]), 'a.md', after), 'mismatch');
    assert.match(render([], after).html, /<a href="\/url">a<\/a>/);
  });

  test('abbreviations and the [TOC] marker keep the page whole', () => {
    assert.equal(compare(options(['abbr']), 'a.md', '# A\n\nHTML\n\n# B\n\n*[HTML]: markup\n'), 'whole');
    assert.equal(compare(options(['toc']), 'a.md', '# A\n\n[TOC]\n\n# B\n\ntext\n'), 'whole');
  });
});

describe('the stress shapes in pieces', () => {
  const options = (pieceChars: number): RendererOptions => ({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs', pieceChars });
  const pieces = createRenderer(options(16));
  const whole = createRenderer(options(Number.MAX_SAFE_INTEGER));
  const same = (a: RenderResult, b: RenderResult) => assert.deepEqual({ ...a, messages: sorted(a) }, { ...b, messages: sorted(b) });
  const sorted = (result: RenderResult) => result.messages.map((m) => JSON.stringify(m)).sort();

  test('each renders as the whole page does, and the big page is cut', () => {
    let cut = 0;
    for (const stress of STRESS_CASES) {
      const source = stress.make(0.004);
      if (compare(options(16), 'stress.md', source) === 'pieces') cut++;
      same(pieces.render({ path: 'stress.md', value: source }), whole.render({ path: 'stress.md', value: source }));
    }
    assert.ok(cut >= 1);
  });

  test('the renderer renders a page that cannot be cut the same again, whole', () => {
    // A rejected fence (fenced_code) makes the rest of the page one block, past the piece.
    const extensions: ExtensionSpec[] = [{ name: 'toc', options: {} }];
    const source = '# A\n\ntext\n\n```a b\nx\n```\n\n# B\n\n```\n\n# C\n\n```\n';
    assert.equal(compare({ extensions, projectDir: '/p', docsDir: '/p', pieceChars: 1 }, 'a.md', source), 'mismatch');
    const render = (pieceChars: number) => createRenderer({ extensions, projectDir: '/p', docsDir: '/p', pieceChars }).render({ path: 'a.md', value: source });
    same(render(1), render(Number.MAX_SAFE_INTEGER));
  });
});

describe('afterPiece', () => {
  test('is called once after each piece of a page cut in pieces, and never for a page rendered whole', () => {
    let calls = 0;
    const options = { extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs', pieceChars: 1, afterPiece: () => void calls++ };
    const source = Array.from({ length: 5 }, (_, n) => `## Part ${n}\n\nText ${n}.\n`).join('\n');
    const pipeline = buildPipeline(options);
    const starts = pipeline.pieceStarts(source);
    assert.equal(starts.length, 4);
    createRenderer(options).render({ path: 'cut.md', value: source });
    assert.equal(calls, starts.length + 1);
    calls = 0;
    createRenderer({ ...options, pieceChars: undefined }).render({ path: 'whole.md', value: source });
    assert.equal(calls, 0);
  });
});

describe('htmlBytesFrom', () => {
  const options = { extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs', pieceChars: 1 };
  // Non-Latin-1 text: the pieces' UTF-8 is longer than the HTML's characters.
  const source = Array.from({ length: 5 }, (_, n) => `## Größe ${n} 😀\n\nÜber *alles* — ✓ ${n}.\n`).join('\n');
  const joined = createRenderer(options).render({ path: 'cut.md', value: source });
  const bytes = Buffer.byteLength(joined.html);

  test('gives a page cut in pieces as its pieces\' UTF-8, from that many bytes, which decode to the HTML and nothing else changes', () => {
    const { html, htmlBytes, ...rest } = createRenderer({ ...options, htmlBytesFrom: bytes }).render({ path: 'cut.md', value: source });
    assert.equal(html, '');
    assert.equal(htmlBytes?.length, 5);
    assert.equal(Buffer.concat(htmlBytes ?? []).toString('utf8'), joined.html);
    assert.deepEqual({ html: joined.html, ...rest }, joined);
  });

  test('gives the HTML as a string below that many bytes, or when the page is rendered whole', () => {
    const below = createRenderer({ ...options, htmlBytesFrom: bytes + 1 }).render({ path: 'cut.md', value: source });
    assert.deepEqual(below, joined);
    const whole = createRenderer({ ...options, pieceChars: undefined, htmlBytesFrom: 1 }).render({ path: 'whole.md', value: source });
    assert.equal(whole.htmlBytes, undefined);
    assert.equal(whole.html, joined.html);
  });
});
