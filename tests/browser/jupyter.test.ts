/**
 * mkdocs-jupyter on tests/fixtures/jupyter-site in Chromium, under the strict
 * Content-Security-Policy the README documents: a notebook page links its stylesheet, lays the
 * prompts beside the code, logs nothing to the console, and axe finds no violation, in the light
 * and the dark scheme.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { strictCspPage } from '../helpers/browser.ts';
import { siteSession } from '../helpers/site-session.ts';
import { JUPYTER_SITE } from '../helpers/sites.ts';

describe('mkdocs-jupyter on the jupyter fixture', () => {
  const session = siteSession(JUPYTER_SITE);

  test('a notebook page is drawn with its stylesheet, without console errors, and passes axe in both schemes', async () => {
    const { page, problems } = await strictCspPage((await session.browser({ viewport: { width: 1200, height: 800 } })).context);
    await page.goto(`${session.server.url}tutorial/intro/`);
    await page.locator('link[data-md-jupyter]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.jp-InputArea') ?? document.body).display === 'flex');
    const prompt = await page.locator('.jp-InputPrompt').nth(1).boundingBox();
    const code = await page.locator('.jp-InputArea-editor').first().boundingBox();
    assert.ok(prompt && code && prompt.x < code.x, 'the In [1]: prompt sits left of the code');
    const light = await new AxeBuilder({ page }).include('article').analyze();
    assert.deepEqual(light.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.evaluate(() => document.body.setAttribute('data-md-color-scheme', 'slate'));
    const dark = await new AxeBuilder({ page }).include('article').analyze();
    assert.deepEqual(dark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    assert.deepEqual(problems, []);
  });
});
