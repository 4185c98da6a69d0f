/** The theme's pure helpers: fonts, icon masks, palette, nav questions, article touches. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fontAssets, fontPreloads, kebabName, rewriteFaces } from '../../src/theme/fonts.ts';
import type { PageModel } from '../../src/site/model.ts';
import { maskUses, runsOwnScripts, themeAssets } from '../../src/theme/assets.ts';
import { admonitionTypeCss, admonitionTypesUsed, iconMaskCss, loadMdi, svgDataUri } from '../../src/theme/icon-masks.ts';
import { initialPalette } from '../../src/theme/palette.ts';
import { siteHref, viewUrl } from '../../src/theme/urls.ts';
import type { PageHtml } from '../../src/shared/page-html.ts';

describe('fonts', () => {
  test('family names map to @fontsource package names', () => {
    assert.equal(kebabName('Public Sans'), 'public-sans');
    assert.equal(kebabName('DM Mono'), 'dm-mono');
    assert.equal(kebabName(' Roboto  Mono '), 'roboto-mono');
  });

  test('fontsource faces keep every subset, point at our folder and drop woff', () => {
    const css = [
      "/* x-cyrillic-400-normal */\n@font-face { src: url(./files/x-cyrillic-400-normal.woff2) format('woff2'), url(./files/x-cyrillic-400-normal.woff) format('woff'); }",
      "/* x-latin-ext-400-normal */\n@font-face { src: url(./files/x-latin-ext-400-normal.woff2) format('woff2'), url(./files/x-latin-ext-400-normal.woff) format('woff'); }",
      "/* x-latin-400-normal */\n@font-face { src: url(./files/x-latin-400-normal.woff2) format('woff2'), url(./files/x-latin-400-normal.woff) format('woff'); }",
    ].join('\n');
    const out = rewriteFaces(css, 'fonts/');
    assert.deepEqual(out.names, ['x-cyrillic-400-normal.woff2', 'x-latin-ext-400-normal.woff2', 'x-latin-400-normal.woff2']);
    assert.match(out.css, /src: url\(fonts\/x-latin-400-normal\.woff2\) format\('woff2'\);/);
    assert.match(out.css, /src: url\(fonts\/x-cyrillic-400-normal\.woff2\) format\('woff2'\);/);
    assert.doesNotMatch(out.css, /\.woff\)/);
  });

  test('an installed font yields faces and files; DM Mono without 700 falls back to a nearby weight', () => {
    const assets = fontAssets({ text: 'Public Sans', code: 'DM Mono' }, 'fonts/');
    assert.deepEqual(assets.warnings, []);
    assert.ok(assets.files.some((file) => file.name === 'public-sans-latin-700-normal.woff2'));
    assert.ok(assets.files.some((file) => file.name.startsWith('dm-mono-latin-')));
    assert.match(assets.css, /--md-text-font: "Public Sans", /);
  });

  test('a font without a package warns and falls back to system fonts; font: false uses them silently', () => {
    const missing = fontAssets({ text: 'No Such Font', code: 'DM Mono' }, 'fonts/', () => undefined);
    assert.equal(missing.warnings.length, 2);
    assert.match(missing.warnings[0]?.message ?? '', /npm install @fontsource\/no-such-font/);
    assert.deepEqual(missing.warnings.map((warning) => warning.at), [['theme', 'font', 'text'], ['theme', 'font', 'code']]);
    assert.match(missing.css, /--md-text-font: -apple-system/);
    const off = fontAssets(false, 'fonts/');
    assert.deepEqual([off.files.length, off.warnings.length], [0, 0]);
  });

  test('a CSS generic family (code: monospace) is the system stack, with no warning and no package looked for', () => {
    const looked: string[] = [];
    const generic = fontAssets({ text: 'Roboto', code: 'monospace' }, 'fonts/', (name) => (looked.push(name), undefined));
    assert.deepEqual(looked, ['roboto']);
    assert.deepEqual(generic.warnings.map((warning) => warning.at), [['theme', 'font', 'text']]);
    assert.match(generic.css, /--md-code-font: SFMono-Regular, Consolas, Menlo, monospace;/);
  });

  test('the text font\'s latin 400 and 700 are preloaded, only files that are published', () => {
    const preloads = fontPreloads({ text: 'Public Sans', code: 'DM Mono' });
    assert.deepEqual(preloads, ['public-sans-latin-400-normal.woff2', 'public-sans-latin-700-normal.woff2']);
    const published = new Set(fontAssets({ text: 'Public Sans', code: 'DM Mono' }, 'fonts/').files.map((file) => file.name));
    for (const file of preloads) assert.ok(published.has(file), file);
    // DM Mono has no 700: as a text font, only its 400 is preloaded.
    assert.deepEqual(fontPreloads({ text: 'DM Mono', code: 'DM Mono' }), ['dm-mono-latin-400-normal.woff2']);
    assert.deepEqual(fontPreloads({ text: 'No Such Font', code: 'DM Mono' }, () => undefined), []);
    assert.deepEqual(fontPreloads(false), []);
  });

  test('a font package installed in the site\'s project folder is found there first, preloads included', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-fonts-'));
    try {
      const dir = path.join(project, 'node_modules/@fontsource/own-sans');
      mkdirSync(path.join(dir, 'files'), { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), '{"name":"@fontsource/own-sans","version":"5.0.0"}');
      for (const weight of ['400', '700']) {
        writeFileSync(path.join(dir, `${weight}.css`), `/* own-sans-latin-${weight}-normal */\n@font-face { font-family: 'Own Sans'; src: url(./files/own-sans-latin-${weight}-normal.woff2) format('woff2'); }\n`);
        writeFileSync(path.join(dir, `files/own-sans-latin-${weight}-normal.woff2`), 'woff2');
      }
      const font = { text: 'Own Sans', code: 'DM Mono', packagesFrom: path.join(project, 'docs-project') };
      const assets = fontAssets(font, 'fonts/');
      assert.deepEqual(assets.warnings, []);
      assert.deepEqual(assets.files.filter((file) => file.name.startsWith('own-sans')).map((file) => file.from), [400, 700].map((weight) => path.join(dir, `files/own-sans-latin-${weight}-normal.woff2`)));
      assert.deepEqual(fontPreloads(font), ['own-sans-latin-400-normal.woff2', 'own-sans-latin-700-normal.woff2']);
      // Without the project folder it is not installed: only ours are looked at.
      assert.equal(fontAssets({ text: 'Own Sans', code: 'DM Mono' }, 'fonts/').warnings.length, 1);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  test('an installed font is looked up once for every page of a build, a missing one again each time (serve may see it installed)', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-fonts-'));
    try {
      const font = { text: 'Later Sans', code: 'DM Mono', packagesFrom: path.join(project, 'docs-project') };
      assert.deepEqual(fontPreloads(font), []);
      const dir = path.join(project, 'node_modules/@fontsource/later-sans');
      mkdirSync(path.join(dir, 'files'), { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), '{"name":"@fontsource/later-sans","version":"5.0.0"}');
      writeFileSync(path.join(dir, '400.css'), '');
      writeFileSync(path.join(dir, 'files/later-sans-latin-400-normal.woff2'), 'woff2');
      const first = fontPreloads(font);
      assert.deepEqual(first, ['later-sans-latin-400-normal.woff2']);
      first.pop();
      // Found once, it is not looked up again: gone from disk, the answer stays.
      rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(fontPreloads(font), ['later-sans-latin-400-normal.woff2']);
      // Another build (a new model's font settings, as serve's next build) looks again: the package is gone.
      assert.deepEqual(fontPreloads({ ...font }), []);
      // Another project's lookup is its own.
      assert.deepEqual(fontPreloads({ ...font, packagesFrom: path.join(project, 'other') }), []);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('icon masks', () => {
  test('every admonition type gets a data URI property', () => {
    const css = iconMaskCss(loadMdi());
    for (const type of ['note', 'abstract', 'info', 'tip', 'success', 'question', 'warning', 'failure', 'danger', 'bug', 'example', 'quote']) {
      assert.match(css, new RegExp(`--md-admonition-icon--${type}: url\\("data:image/svg\\+xml;charset=utf-8,<svg`));
    }
  });

  test('the icons of what a site uses: always the admonitions\' and the nav\'s; copy, tag, status icons only when used', () => {
    const none = iconMaskCss(loadMdi(), new Set());
    for (const property of ['--md-admonition-icon--note', '--md-details-icon', '--md-nav-icon--prev', '--md-toc-icon']) assert.ok(none.includes(`${property}:`), property);
    for (const property of ['--md-clipboard-icon', '--md-code-select-icon', '--md-tag-icon', '--md-status--new', '--md-tasklist-icon', '--md-version-icon']) assert.ok(!none.includes(`${property}:`), property);
    const some = iconMaskCss(loadMdi(), new Set(['content.code.copy', 'status'] as const));
    for (const property of ['--md-clipboard-icon', '--md-clipboard-icon--done', '--md-status', '--md-status--deprecated']) assert.ok(some.includes(`${property}:`), property);
    assert.ok(!some.includes('--md-tag-icon:'));
    assert.ok(iconMaskCss(loadMdi()).includes('--md-version-icon:'), 'every icon when the uses are not given');
  });

  test('maskUses: the features listed, and what some page holds', () => {
    const site = { font: false as const, palette: [], admonitionIcons: [], features: ['content.code.copy', 'navigation.tabs'], extra: {}, extraJavascript: [] };
    const page = (html: string, meta: Record<string, unknown> = {}, tags: PageModel['tags'] = undefined) => ({ html, meta, tags });
    assert.deepEqual([...maskUses({ site, pages: [page('<p>x</p>')] })], ['content.code.copy']);
    assert.deepEqual([...maskUses({ site: { ...site, features: [], extra: { version: { provider: 'mike' } } }, pages: [page('<ul class="task-list"><li class="task-list-item">x</li></ul>'), page('<p>x</p>', { status: 'new' })] })], ['version', 'tasklist', 'status']);
    assert.deepEqual([...maskUses({ site: { ...site, features: [] }, pages: [page('<p>x</p>', {}, [{ name: 'a', icon: true }])] })], ['tags']);
    assert.deepEqual([...maskUses({ site: { ...site, features: [] }, pages: [page('<p><a class="md-tag md-tag-icon" href="#a">a</a></p>')] })], ['tags']);
    assert.deepEqual([...maskUses({ site: { ...site, features: [] }, pages: [page('<p>x</p>', {}, [{ name: 'a', icon: false }])] })], [], 'tags without extra.tags draw no icon');
    assert.deepEqual([...maskUses({ site: { ...site, features: [] }, pages: [page('<p>A task-list and md-tag-icon in words</p>', { status: '' })] })], []);
  });

  test('each icon is well-formed SVG: no attribute twice on its root (a browser draws none then)', () => {
    for (const [, svg = ''] of iconMaskCss(loadMdi()).matchAll(/,(<svg [^>]*>)/g)) {
      const names = [...svg.matchAll(/\s([\w:-]+)=/g)].map((match) => match[1]);
      assert.deepEqual(names, [...new Set(names)], svg);
      assert.match(svg, /xmlns='http:\/\/www\.w3\.org\/2000\/svg'/);
    }
  });

  test('admonition icons: note always, a type (or an alias) a class names, one a stylesheet reads', () => {
    const used = (html: string[], css: string[] = []) => [...admonitionTypesUsed(html, css)].sort();
    assert.deepEqual(used([]), ['note']);
    assert.deepEqual(used(['<div class="admonition warning"><p class="admonition-title">W</p></div>', "<details class='faq'><summary>Q</summary></details>"]), ['note', 'question', 'warning']);
    assert.deepEqual(used(['<div class="admonition recommendation">', '<p>tip, bug and a class="x" in words</p>']), ['note']);
    assert.deepEqual(used([], ['.md-typeset .admonition.mine { --md-admonition-mask: var(--md-admonition-icon--bug); }']), ['bug', 'note']);
    const css = iconMaskCss(loadMdi(), new Set(), new Set(['note', 'tip']));
    assert.ok(css.includes('--md-admonition-icon--tip:') && css.includes('--md-admonition-icon--note:'));
    assert.ok(!css.includes('--md-admonition-icon--bug:'));
  });

  test('admonition type rules: each used type\'s colour and icon under its class and aliases, in the theme layer; every type when none are given', () => {
    const css = admonitionTypeCss(new Set(['note', 'warning']));
    assert.match(css, /^@layer theme \{\n[\s\S]*\}\n$/);
    assert.match(css, /\.md-typeset :is\(\.admonition, details\)\.warning,\n\.md-typeset :is\(\.admonition, details\)\.caution,\n\.md-typeset :is\(\.admonition, details\)\.attention \{\n {2}--md-admonition-color: #ff9100;\n {2}--md-admonition-mask: var\(--md-admonition-icon--warning\);\n\}/);
    assert.ok(css.includes('.note {') && !css.includes('.bug') && !css.includes('.tip'));
    const all = admonitionTypeCss();
    let rules = 0;
    // Each class a rule names is one admonitionTypesUsed reads as its type (the icon comes with it).
    for (const [, selectors = '', type = ''] of all.matchAll(/((?:\.md-typeset :is\(\.admonition, details\)\.[\w-]+,?\s*)+)\{[^}]*var\(--md-admonition-icon--([\w-]+)\)/g)) {
      const names = [...selectors.matchAll(/\)\.([\w-]+)/g)].map((match) => match[1] ?? '');
      for (const name of names) assert.ok(admonitionTypesUsed([`<div class="admonition ${name}">`], []).has(type), `${name} -> ${type}`);
      rules += 1;
    }
    assert.equal(rules, 12, 'one rule per built-in type');
  });

  test('theme.css carries the type rules of the types the site\'s pages use (all of them under serve)', () => {
    const site = { font: false as const, palette: [], admonitionIcons: [], features: [], extra: {}, extraJavascript: [] };
    const pages = [{ html: '<div class="admonition tip"><p class="admonition-title">T</p></div>', meta: {}, tags: undefined }];
    const themeCss = (siteCss?: string[]) => {
      const asset = themeAssets({ site, pages, siteCss }).assets.find((file) => file.to === 'assets/theme/theme.css');
      return asset && 'text' in asset ? asset.text : '';
    };
    const built = themeCss([]);
    assert.ok(built.includes('.md-typeset :is(.admonition, details).tip,') && built.includes('.md-typeset :is(.admonition, details).note {'));
    assert.ok(!built.includes('.md-typeset :is(.admonition, details).bug {'));
    assert.ok(themeCss().includes('.md-typeset :is(.admonition, details).bug {'));
  });

  test('the boot script of a build carries Material\'s observables only for a site that runs scripts of its own; serve\'s always', () => {
    const site = { font: false as const, palette: [], admonitionIcons: [], features: [], extra: {}, extraJavascript: [] };
    const page = (html: string) => ({ html, meta: {}, tags: undefined });
    const plain = { site, pages: [page('<p>x</p>')] };
    assert.equal(runsOwnScripts(plain), false);
    assert.equal(runsOwnScripts({ ...plain, site: { ...site, extraJavascript: [{ path: 'js/site.js' }] } }), true);
    assert.equal(runsOwnScripts({ ...plain, site: { ...site, extra: { polyfills: ['https://x.test/p.js'] } } }), true);
    assert.equal(runsOwnScripts({ site, pages: [page('<p>x</p>'), page('<div><SCRIPT src="a.js"></SCRIPT></div>')] }), true);
    assert.equal(runsOwnScripts({ site, pages: [{ ...page('<p>x</p>'), overrides: { blocks: { scripts: [{ kind: 'html' as const, html: '<script src="b.js"></script>' }] }, partials: {} } }] }), true);
    // A build gives the site's stylesheets (siteCss); serve does not.
    const boot = (model: Parameters<typeof themeAssets>[0], serve = false) => {
      const asset = themeAssets({ ...model, siteCss: serve ? undefined : [] }).assets.find((file) => file.to === 'assets/theme/boot.js');
      return asset && 'text' in asset ? asset.text : '';
    };
    assert.doesNotMatch(boot(plain), /document\$/);
    assert.match(boot(plain), /__md_get/);
    assert.match(boot({ ...plain, site: { ...site, extraJavascript: [{ path: 'js/site.js' }] } }), /document\$/);
    // Under serve a page saved with a script of its own is swapped in without boot.js loading again.
    assert.match(boot(plain, true), /document\$/);
  });

  test('theme.css of a build has the icons of the types used; without the site\'s stylesheets (serve), all', () => {
    const site = { font: false as const, palette: [], admonitionIcons: [], features: [], extra: {}, extraJavascript: [] };
    const pages = [{ html: '<div class="admonition caution"></div>', meta: {}, tags: undefined, overrides: { blocks: { announce: [{ kind: 'html' as const, html: '<div class="admonition bug"></div>' }] }, partials: {} } }];
    const css = (siteCss?: string[]) => {
      const asset = themeAssets({ site, pages, siteCss }).assets.find((file) => file.to === 'assets/theme/theme.css');
      return asset && 'text' in asset ? asset.text : '';
    };
    const built = css(['.x { mask-image: var(--md-admonition-icon--quote); }']);
    for (const type of ['note', 'warning', 'bug', 'quote']) assert.ok(built.includes(`--md-admonition-icon--${type}:`), type);
    assert.ok(!built.includes('--md-admonition-icon--example:'));
    assert.ok(css().includes('--md-admonition-icon--example:'));
  });

  test('a page whose HTML is in a file makes the theme\'s assets the same HTML in memory makes, read in small slices too', () => {
    const site = { font: false as const, palette: [], admonitionIcons: [], features: [], extra: {}, extraJavascript: [] };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-theme-'));
    const htmls = ['<p>x</p>', '<div class="admonition tip"><ul class="task-list"><li>😀</li></ul></div><pre class="mermaid"><code>graph LR</code></pre><script src="a.js"></script>', '<p><a class="md-tag md-tag-icon" href="#a">a</a></p>'];
    for (const [n, html] of htmls.entries()) {
      const file = path.join(dir, `${n}.html`);
      writeFileSync(file, html);
      const assets = (page: { html: PageHtml }) => {
        const model = { site, pages: [{ ...page, meta: {}, tags: undefined }] };
        return { uses: [...maskUses(model)], scripts: runsOwnScripts(model), assets: themeAssets({ ...model, siteCss: [] }).assets };
      };
      assert.deepEqual(assets({ html: { file, chars: html.length } }), assets({ html }), html);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('data URIs escape what would end or break them', () => {
    assert.equal(svgDataUri('<svg a="1" b="#f" c="50%"/>'), `url("data:image/svg+xml;charset=utf-8,<svg a='1' b='%23f' c='50%25'/>")`);
  });
});

describe('palette and links', () => {
  test('an automatic first entry renders the light entry before scripts run', () => {
    const entries = [
      { media: '(prefers-color-scheme)', scheme: 'default', primary: 'indigo', accent: 'indigo' },
      { media: '(prefers-color-scheme: light)', scheme: 'default', primary: 'teal', accent: 'amber' },
      { media: '(prefers-color-scheme: dark)', scheme: 'slate', primary: 'teal', accent: 'amber' },
    ];
    assert.deepEqual(initialPalette(entries), { scheme: 'default', primary: 'teal', accent: 'amber' });
    assert.deepEqual(initialPalette([]), { scheme: 'default', primary: 'indigo', accent: 'indigo' });
  });

  test('site links get the base; external links and anchors do not', () => {
    assert.equal(siteHref('/en/', 'vpn/'), '/en/vpn/');
    assert.equal(siteHref('/en', ''), '/en/');
    assert.equal(siteHref('/en/', 'https://x.org/'), 'https://x.org/');
    assert.equal(siteHref('/en/', '#top'), '#top');
  });

  test('the view action swaps the edit URL\'s blob or edit segment for raw, and only that segment', () => {
    assert.equal(viewUrl('https://github.com/o/r/edit/main/docs/a.md'), 'https://github.com/o/r/raw/main/docs/a.md');
    assert.equal(viewUrl('https://github.com/o/r/blob/main/docs/a.md?plain=1'), 'https://github.com/o/r/raw/main/docs/a.md?plain=1');
    assert.equal(viewUrl('https://github.com/o/credit-edit/edit/main/edit.md'), 'https://github.com/o/credit-edit/raw/main/edit.md');
    assert.equal(viewUrl('https://bitbucket.org/o/r/src/default/docs/a.md'), 'https://bitbucket.org/o/r/src/default/docs/a.md');
  });
});
