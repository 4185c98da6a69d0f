/**
 * tests/fixtures/mkdocstrings-site built end to end with the CLI: `:::` blocks drawn from the
 * package under src/ (no Python runs), their headings in the theme's ToC, autorefs links to
 * them from another page, a block whose object cannot be found left as a note with a warning, and
 * a package page (submodules, summaries) and a class's inherited members from a stubbed module.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { between } from '../helpers/html-between.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { MKDOCSTRINGS_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

function read(file: string): string {
  return readFileSync(path.join(site.dir, file), 'utf8');
}

describe('building tests/fixtures/mkdocstrings-site', () => {
  before(async () => {
    site = await sharedSite(MKDOCSTRINGS_SITE);
  });

  test("should draw a module's members in mkdocstrings-python's markup, inside the page's content", () => {
    const html = read('api/index.html');
    assert.match(html, /<div class="doc doc-object doc-module"><div class="doc doc-contents first"><p>Say hello to people\.<\/p>/);
    assert.match(html, /<h2 id="greetings\.greeter\.Greeter" class="doc doc-heading"><code>Greeter<\/code> <span class="doc doc-labels"><small class="doc doc-label doc-label-dataclass"><code>dataclass<\/code><\/small><\/span><a class="headerlink" href="#greetings\.greeter\.Greeter" title="Permanent link">¶<\/a><\/h2>/);
    assert.match(html, /<h3 id="greetings\.greeter\.Greeter\.greet" class="doc doc-heading"><code class="highlight">/);
    assert.match(html, /<details class="note" open><summary>Note<\/summary><p>Shouting uses <strong>upper case<\/strong>\.<\/p><\/details>/);
    assert.match(html, /<details class="quote"><summary>Source code in <code>src\/greetings\/greeter\.py<\/code><\/summary>/);
    // Names in types and defaults: optional autorefs, links to the headings of the objects drawn, their text titled by their id otherwise.
    assert.match(html, /<tr class="doc-section-item"><td><code>punctuation<\/code><\/td><td><code><span title="str">str<\/span><\/code><\/td>/);
    assert.match(html, /Returns:<\/span><\/p><table><thead><tr><th>Type<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><a class="autorefs autorefs-internal" title="Greeter \(greetings\.greeter\.Greeter\)" href="#greetings\.greeter\.Greeter">Greeter<\/a><\/code><\/td><td><div class="doc-md-description"><p>One that greets everyone\.<\/p>/);
    // Private members have no heading (the class's source still shows `_helper`).
    assert.doesNotMatch(html, /id="[^"]*(_PRIVATE|_helper)"|mkdocstrings-skipped/);
  });

  test("should list the objects in the theme's table of contents, under the module's entry", () => {
    const toc = between(read('api/index.html'), 'md-sidebar--secondary', '</nav></div></div></div>');
    for (const id of ['greetings.greeter', 'greetings.greeter.DEFAULT_TIMEOUT', 'greetings.greeter.Greeter', 'greetings.greeter.Greeter.greet', 'greetings.greeter.farewell']) {
      assert.match(toc, new RegExp(`href="#${id.replaceAll('.', '\\.')}"`), id);
    }
  });

  test("should apply a block's options: the root heading with its full path, annotations in signatures", () => {
    const html = read('greeter/index.html');
    assert.match(html, /<h2 id="greetings\.Greeter" class="doc doc-heading"><code>greetings\.Greeter<\/code>/);
    assert.match(html, /<h3 id="greetings\.Greeter\.greet" class="doc doc-heading"><code class="highlight"><span class="n">greet<\/span><span class="p">\(<\/span><span class="n">punctuation<\/span><span class="p">:<\/span> <span class="nb">str<\/span>/);
  });

  test('should link autorefs references to the API headings', () => {
    const html = read('index.html');
    // autorefs leaves the title out when the text already holds the heading's.
    assert.match(html, /<a class="autorefs autorefs-internal" href="api\/#greetings\.greeter\.Greeter">the Greeter<\/a>/);
    assert.match(html, /<a class="autorefs autorefs-internal" href="api\/#greetings\.greeter\.Greeter\.greet"><code>greetings\.greeter\.Greeter\.greet<\/code><\/a>/);
    assert.match(html, /href="api\/#greetings\.greeter\.DEFAULT_TIMEOUT">the timeout<\/a>/);
  });

  test('should leave an object it cannot find as a note, with a warning at its line', () => {
    assert.match(read('missing/index.html'), /<div class="admonition info mkdocstrings-skipped">/);
    const output = site.stdout + site.stderr;
    assert.match(output, /docs\/missing\.md:3:1: warning: mkdocstrings: '::: greetings\.nothing_here' could not be documented: 'greetings' has no member 'nothing_here'/);
    assert.doesNotMatch(output, /autorefs: .*found no heading/);
  });

  test("should draw a package's submodules with show_submodules, and summaries linking to the members' headings", () => {
    const html = read('package/index.html');
    assert.match(html, /<p><span class="doc-section-title">Modules:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><a class="autorefs autorefs-internal" href="#greetings\.formal">formal<\/a><\/code><\/td>/);
    assert.match(html, /<div class="doc doc-object doc-module"><h2 id="greetings\.formal" class="doc doc-heading"><code>formal<\/code>/);
    assert.match(html, /<td><code><a class="autorefs autorefs-internal" href="#greetings\.formal\.FormalGreeter\.bow">bow<\/a><\/code><\/td>/);
  });

  test("should draw a class's inherited members under its path, its name with the inherited dataclass __init__, its own method typed by the stub file", () => {
    const html = read('formal/index.html');
    const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '');
    const heading = (id: string) => text(new RegExp(`<h[23] id="${id.replaceAll('.', '\\.')}"[^]*?</h[23]>`).exec(html)?.[0] ?? '');
    // The package re-exports it with `from .formal import *`, as its __all__ lists it.
    assert.equal(heading('greetings.FormalGreeter'), 'greetings.FormalGreeter(name: str, loud: bool = False) dataclass¶');
    assert.equal(heading('greetings.FormalGreeter.greet'), 'greet(punctuation: str = "!", *, times: int = 1) -> str¶');
    assert.equal(heading('greetings.FormalGreeter.bow'), 'bow(depth: int) -> None¶');
  });

  test('should name the griffe extension it does not run once, at the plugin in mkdocs.yml', () => {
    const output = site.stdout + site.stderr;
    const warnings = output.match(/mkdocs\.yml:\d+:\d+: warning: mkdocstrings plugin: 'handlers: python: options: extensions': griffe extension 'griffe_pydantic' is not run here/g) ?? [];
    assert.equal(warnings.length, 1);
    assert.doesNotMatch(output, /'::: [^']+': griffe extension/);
  });
});
