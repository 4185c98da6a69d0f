/**
 * Mermaid diagrams on tests/fixtures/mermaid-site, in Chromium under the strict
 * Content-Security-Policy the README documents: a flowchart and a sequence diagram drawn as SVG
 * in `div.mermaid`'s shadow root, the invalid one left as its source with one console error,
 * a page reached by navigation.instant, colours that follow the palette toggle, no request off
 * the origin, and axe in light and dark.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { strictCspPage } from '../helpers/browser.ts';
import { siteSession } from '../helpers/site-session.ts';
import { MERMAID_SITE } from '../helpers/sites.ts';

/** What the test reads of each drawn diagram (its shadow root is closed: the test keeps a handle, see open()). */
interface Drawn {
  readonly kind: string | null;
  readonly texts: string;
  readonly width: number;
}

describe('Mermaid diagrams on the mermaid fixture', () => {
  const session = siteSession(MERMAID_SITE);

  /**
   * A page under the strict CSP whose console must stay clean; every request it makes is kept.
   * Before any script of the page runs, attachShadow keeps each shadow root it makes (closed
   * ones too, still closed to the page) in `__roots`, so the test can look inside the diagrams.
   */
  const open = async (url: string): Promise<{ page: Page; problems: string[]; requests: string[] }> => {
    const opened = await strictCspPage((await session.browser()).context);
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(request.url()));
    await opened.page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      const roots: ShadowRoot[] = [];
      Reflect.set(window, '__roots', roots);
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        const root = attach.call(this, init);
        roots.push(root);
        return root;
      };
    });
    await opened.page.goto(`${session.server.url}${url}`);
    return { ...opened, requests };
  };
  const waitForDiagrams = (page: Page) => page.waitForFunction(() => document.querySelectorAll('div.mermaid').length === 2);
  const drawn = (page: Page) => page.evaluate((): Drawn[] => {
    const roots: unknown = Reflect.get(window, '__roots');
    if (!Array.isArray(roots)) return [];
    return roots.filter((root): root is ShadowRoot => root instanceof ShadowRoot && root.host.matches('div.mermaid')).map((root) => {
      const svg = root.querySelector('svg');
      return { kind: svg?.getAttribute('aria-roledescription') ?? null, texts: root.textContent.replace(/\s+/g, ' '), width: svg?.getBoundingClientRect().width ?? 0 };
    });
  });
  /** A computed paint of the first element `selector` matches in the diagram of kind `kind`. */
  const paint = (page: Page, kind: string, selector: string, property: 'fill' | 'stroke') => page.evaluate(({ kind, selector, property }) => {
    const roots: unknown = Reflect.get(window, '__roots');
    const root = Array.isArray(roots) ? roots.find((r): r is ShadowRoot => r instanceof ShadowRoot && r.querySelector('svg')?.getAttribute('aria-roledescription') === kind) : undefined;
    const element = root?.querySelector(selector);
    return element ? getComputedStyle(element)[property] : null;
  }, { kind, selector, property });

  test('the build publishes Mermaid with its licence, and leaves the fence as Python-Markdown writes it', () => {
    assert.match(session.site.stdout + session.site.stderr, / 0 warnings/);
    assert.ok(existsSync(path.join(session.site.dir, 'assets/theme/mermaid/mermaid.min.js')));
    assert.match(readFileSync(path.join(session.site.dir, 'assets/theme/mermaid/LICENSE'), 'utf8'), /MIT License/);
    assert.ok(readFileSync(path.join(session.site.dir, 'diagrams/index.html'), 'utf8').includes('<pre class="mermaid"><code>sequenceDiagram\n  participant Alice'));
  });

  test('a page reached by navigation.instant draws its flowchart and sequence diagram as SVG; the invalid one keeps its source; nothing leaves the origin', async () => {
    const { page, problems, requests } = await open('');
    await page.locator('.md-clipboard').first().waitFor();
    assert.equal(requests.some((url) => url.includes('mermaid.min.js')), false, 'a page without a diagram loads no Mermaid');
    await page.evaluate(() => Reflect.set(window, '__instantMark', 'kept'));
    await page.locator('article a[href="diagrams/"]').click();
    await waitForDiagrams(page);
    assert.equal(await page.evaluate(() => Reflect.get(window, '__instantMark')), 'kept', 'no full reload');
    const diagrams = await drawn(page);
    assert.deepEqual(diagrams.map((d) => d.kind), ['flowchart-v2', 'sequence']);
    for (const text of ['Your device(with VPN client)', 'VPN encryption', 'VPN server', 'The Internet']) assert.ok(diagrams[0]?.texts.includes(text), text);
    for (const text of ['Alice', 'Bob', 'Hello Bob', 'Bob thinks', 'Hi Alice']) assert.ok(diagrams[1]?.texts.includes(text), text);
    for (const diagram of diagrams) assert.ok(diagram.width > 100, `the ${diagram.kind} is drawn at a size (${diagram.width}px)`);
    // The diagram Mermaid cannot parse stays a block of source, without a copy button.
    const invalid = page.locator('article pre.mermaid');
    assert.equal(await invalid.count(), 1);
    assert.match(await invalid.textContent() ?? '', /this is -->> not \[ valid/);
    assert.equal(await page.locator('article pre.mermaid .md-clipboard').count(), 0);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0] ?? '', /^Mermaid could not draw diagram __mermaid_2: Parse error/);
    const origin = new URL(session.server.url).origin;
    assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
    assert.equal(requests.filter((url) => url.endsWith('/assets/theme/mermaid/mermaid.min.js')).length, 1);
  });

  test('the colours follow the palette: a node and an actor are painted differently in light and dark', async () => {
    const { page, problems } = await open('diagrams/');
    await waitForDiagrams(page);
    const light = [await paint(page, 'flowchart-v2', '.node rect', 'stroke'), await paint(page, 'flowchart-v2', '.flowchart-link', 'stroke'), await paint(page, 'sequence', 'rect.actor', 'fill')];
    assert.equal(light[2], 'rgb(255, 255, 255)', "the actor is the page's background: --md-mermaid-sequence-actor-bg-color");
    await page.locator('form[data-md-component="palette"] label:visible').click();
    await page.waitForFunction(() => document.body.dataset['mdColorScheme'] === 'slate');
    const dark = [await paint(page, 'flowchart-v2', '.node rect', 'stroke'), await paint(page, 'flowchart-v2', '.flowchart-link', 'stroke'), await paint(page, 'sequence', 'rect.actor', 'fill')];
    assert.notEqual(dark[1], light[1], 'the edge colour (--md-code-fg-color) is the dark one');
    assert.notEqual(dark[2], light[2], "the actor takes the dark page's background");
    assert.equal(dark.includes(null), false);
    assert.equal(problems.length, 1, problems.join('\n'));
  });

  test('axe finds no violations on the diagrams page, in light and in dark', async () => {
    const { page } = await open('diagrams/');
    await waitForDiagrams(page);
    const format = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(format((await new AxeBuilder({ page }).analyze()).violations), []);
    await page.locator('form[data-md-component="palette"] label:visible').click();
    await page.waitForFunction(() => document.body.dataset['mdColorScheme'] === 'slate');
    assert.deepEqual(format((await new AxeBuilder({ page }).analyze()).violations), []);
  });
});
