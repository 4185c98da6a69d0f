/**
 * mkdocs-llmstxt (src/site/llmstxt*.ts): its options, /llms.txt and the full output as
 * on_post_build writes them, and a page's HTML converted to Markdown after autoclean, with
 * absolute links and code fences carrying the language of the element around the `<pre>`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { llmsFiles, type LlmsPage } from '../../src/site/llmstxt.ts';
import { pageMarkdown } from '../../src/site/llmstxt-markdown.ts';
import { llmstxtOptions, type LlmsOptions } from '../../src/site/llmstxt-options.ts';
import { ext, renderHtml } from '../helpers/render.ts';

const entry = (options: Record<string, unknown>) => [{ name: 'llmstxt', options }];
const convert = (html: string, autoclean = true) => pageMarkdown(html, { baseUrl: 'https://x.org/docs/', dest: 'guide/index.html', autoclean });

describe('llmstxtOptions', () => {
  test('should read sections of globs and described pages, with base_url else site_url ending in a slash', () => {
    const { options, problems } = llmstxtOptions(entry({ markdown_description: 'More.', full_output: 'llms-full.txt', sections: { Docs: ['index.md', { 'api/*.md': 'The API' }] } }), 'https://x.org/docs');
    assert.deepEqual(problems, []);
    assert.deepEqual(options, { sections: [{ title: 'Docs', inputs: [{ pattern: 'index.md', description: '' }, { pattern: 'api/*.md', description: 'The API' }] }], baseUrl: 'https://x.org/docs/', markdownDescription: 'More.', fullOutput: 'llms-full.txt', autoclean: true });
    assert.equal(llmstxtOptions(entry({ base_url: 'https://cdn.org' }), 'https://x.org/').options?.baseUrl, 'https://cdn.org/');
  });

  test('should stop without a site_url, as the plugin makes MkDocs stop', () => {
    const { options, problems } = llmstxtOptions(entry({}), undefined);
    assert.equal(options, undefined);
    assert.equal(problems[0]?.severity, 'error');
    assert.match(problems[0]?.message ?? '', /'site_url' must be set/);
  });

  test("should say that preprocess's Python cannot run, and name an unknown option and a section that is not a list", () => {
    const { problems } = llmstxtOptions(entry({ preprocess: 'pre.py', colour: 1, sections: { A: 'index.md' } }), 'https://x.org/');
    assert.deepEqual(problems.map((p) => p.severity), ['warning', 'warning', 'warning']);
    assert.match(problems.map((p) => p.message).join('\n'), /unknown option 'colour'[\s\S]*preprocess: its Python \(pre\.py\) cannot run here[\s\S]*section 'A' must be a list/);
  });
});

describe('pageMarkdown', () => {
  test('should drop permalinks, images, links around images, Twemoji and tab labels, and make links absolute', () => {
    const html = '<h2 id="a">A<a class="headerlink" href="#a">¶</a></h2>\n<p>See <a href="../other/">other</a>, <a href="/top.html">top</a>, <a href="#a">here</a>, <a href="mailto:a@b.c">mail</a> <img src="x.png" alt="x"><a href="big.png"><img src="small.png"></a><span class="twemoji"><svg></svg></span>.</p><div class="tabbed-labels"><label>Tab</label></div>';
    assert.equal(convert(html), '## A\n\nSee [other](https://x.org/docs/other/index.md), [top](https://x.org/top.html), [here](#a), [mail](mailto:a@b.c) .\n');
  });

  test('should keep images without autoclean', () => {
    assert.equal(convert('<p><img src="x.png" alt="x"></p>', false), '![x](x.png)\n');
  });

  test('should fence code with the language of the <pre> or the element around it, a numbered table as its code', () => {
    const highlighted = renderHtml('```python\nx_1 = 2\n```\n', [ext('pymdownx.highlight', { pygments_lang_class: true }), ext('pymdownx.superfences')]);
    assert.equal(convert(highlighted), '```python\nx_1 = 2\n```\n');
    const numbered = renderHtml('```python linenums="1"\na = 1\nb = 2\n```\n', [ext('pymdownx.highlight', { pygments_lang_class: true }), ext('pymdownx.superfences')]);
    assert.equal(convert(numbered), '```python\na = 1\nb = 2\n```\n');
  });

  test("should write autorefs' and mkdocstrings' elements as their text and drop mkdocstrings' labels", () => {
    assert.equal(convert('<p>Use <autoref identifier="a.b">a.b</autoref><span class="doc-labels"><small>class</small></span>.</p><div class="doc-md-description"> <p>Described.</p> </div>'), 'Use a.b.\n\nDescribed.\n');
  });

  test('should escape a pipe in a table cell', () => {
    assert.equal(convert('<table><tr><th>a</th></tr><tr><td>x|y</td></tr></table>'), '| a    |\n| ---- |\n| x\\|y |\n');
  });

  test('should write what mdformat writes: - bullets, 1. for each item, * and **, tables padded to three without alignment', () => {
    const html = renderHtml('- a\n- b\n\nThen:\n\n1. c\n2. d\n\n*e* **f**\n\n| g | h |\n|---|--:|\n| 1 | 2 |\n', [ext('tables')]);
    assert.equal(convert(html), '- a\n- b\n\nThen:\n\n1. c\n1. d\n\n*e* **f**\n\n| g   | h   |\n| --- | --- |\n| 1   | 2   |\n');
  });
});

describe('llmsFiles', () => {
  const options = (extra: Partial<LlmsOptions> = {}): LlmsOptions => ({ sections: [{ title: 'Docs', inputs: [{ pattern: 'index.md', description: 'Start here' }, { pattern: 'api/*', description: '' }, { pattern: 'gone.md', description: '' }] }], baseUrl: 'https://x.org/', markdownDescription: 'All about it.', fullOutput: undefined, autoclean: true, ...extra });
  const pages: LlmsPage[] = [
    { src: 'index.md', dest: 'index.html', title: 'Home', html: '<p>Welcome.</p>' },
    { src: 'api/a.md', dest: 'api/a/index.html', title: 'A', html: '<p>About A.</p>' },
    { src: 'api/deep/b.md', dest: 'api/deep/b/index.html', title: 'B', html: '<p>About B.</p>' },
    { src: 'other.md', dest: 'other/index.html', title: 'Other', html: '<p>Not listed.</p>' },
  ];

  test("should write llms.txt with the site's name, descriptions and each section's pages, globs crossing folders as fnmatch's do", () => {
    const { files, problems } = llmsFiles({ options: options(), siteName: 'Guide', siteDescription: 'A guide.', pages });
    assert.equal(files[0]?.file, 'llms.txt');
    assert.equal(files[0]?.text, '# Guide\n\n> A guide.\n\nAll about it.\n\n## Docs\n\n- [Home](https://x.org/index.md): Start here\n- [A](https://x.org/api/a/index.md)\n- [B](https://x.org/api/deep/b/index.md)\n\n');
    assert.deepEqual(problems, ["llmstxt plugin: page URI 'gone.md' not found in the generated pages; skipping"]);
  });

  test('should write each listed page’s Markdown beside its HTML, and no other page’s', () => {
    const { files } = llmsFiles({ options: options(), siteName: 'Guide', siteDescription: undefined, pages });
    assert.deepEqual(files.map((file) => [file.file, file.text]), [[files[0]?.file, files[0]?.text], ['index.md', 'Welcome.\n'], ['api/a/index.md', 'About A.\n'], ['api/deep/b/index.md', 'About B.\n']]);
  });

  test('should write the full output with each section as a first-level heading over its pages’ Markdown', () => {
    const { files } = llmsFiles({ options: options({ fullOutput: 'llms-full.txt', markdownDescription: undefined }), siteName: 'Guide', siteDescription: undefined, pages });
    assert.deepEqual(files.at(-1), { file: 'llms-full.txt', text: '# Guide\n\n# Docs\n\nWelcome.\n\nAbout A.\n\nAbout B.\n' });
  });
});
