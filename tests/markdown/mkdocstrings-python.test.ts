/**
 * mkdocstrings' `:::` blocks drawn from Python source (src/markdown/extensions/mkdocstrings with
 * src/python), in mkdocstrings-python's material markup, over modules given in memory.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExtensionSpec, RenderResult } from '../../src/markdown/index.ts';
import { memoryCollection } from '../helpers/python-modules.ts';
import { ext, renderPage } from '../helpers/render.ts';

const MODULES: Record<string, string> = {
  'shop/__init__': '"""The shop."""\nfrom .cart import Cart\n__all__ = ["Cart"]\n',
  'shop.cart': [
    '"""Carts.',
    '',
    '!!! note',
    '    Admonitions work in docstrings.',
    '"""',
    'LIMIT: int = 10',
    '"""How many items, at most."""',
    '_SECRET = 1',
    '"""Private."""',
    'UNDOCUMENTED = 2',
    '',
    'class Cart(Base):',
    '    """A cart.',
    '',
    '    See [the guide](guide.md).',
    '    """',
    '',
    '    def add(self, item: str, count: int = 1, *, force: bool = False) -> bool:',
    '        """Add an item.',
    '',
    '        Args:',
    '            item: The *item*.',
    '            count: How many.',
    '',
    '        Returns:',
    '            Whether it fit.',
    '        """',
    '',
    '    @property',
    '    def size(self) -> int:',
    '        """Items in the cart."""',
    '',
    '    def _hidden(self):',
    '        """Private."""',
    '',
    'def checkout(cart, /):',
    '    """Pay.',
    '',
    '    ::: shop.cart.Cart',
    '    """',
    '',
  ].join('\n'),
};

function render(markdown: string, options: Record<string, unknown> = {}, extra: readonly ExtensionSpec[] = []): RenderResult {
  const extensions = [ext('admonition'), ext('toc', { permalink: true }), ...extra, ext('mkdocstrings', { handlers: { python: { options: { show_source: false, ...options } } } }), ext('autorefs')];
  const resolveLink = (href: string) => (href.endsWith('.md') ? `../${href.slice(0, -3)}/` : undefined);
  return renderPage(markdown, extensions, { projectDir: '/project', docsDir: '/project/docs', python: memoryCollection(MODULES), resolveLink, path: 'api.md' });
}

const ids = (result: RenderResult): string[] => {
  const out: string[] = [];
  const walk = (entries: RenderResult['toc']) => {
    for (const entry of entries) {
      out.push(`${String(entry.level)} ${entry.id} ${entry.name}`);
      walk(entry.children);
    }
  };
  walk(result.toc);
  return out;
};

describe('a module, with the default options', () => {
  const result = render('# API\n\n::: shop.cart\n');

  test('should draw the module without a heading, its ToC entry kept and the hidden heading gone', () => {
    assert.match(result.html, /<div class="doc doc-object doc-module"><div class="doc doc-contents first"><p>Carts\.<\/p>/);
    assert.doesNotMatch(result.html, /id="shop\.cart"/);
    assert.deepEqual(ids(result), ['1 api API', '2 shop.cart cart', '2 shop.cart.LIMIT LIMIT', '2 shop.cart.Cart Cart', '3 shop.cart.Cart.size size', '3 shop.cart.Cart.add add', '2 shop.cart.checkout checkout']);
  });

  test('should leave out private and undocumented members, and group attributes, classes and functions', () => {
    assert.doesNotMatch(result.html, /_SECRET|UNDOCUMENTED|_hidden/);
  });

  test("should render docstrings with the page's extensions, once", () => {
    assert.match(result.html, /<div class="admonition note">\n<p class="admonition-title">Note<\/p>\n<p>Admonitions work in docstrings\.<\/p>\n<\/div>/);
    assert.match(result.html, /See <a href="\.\.\/guide\/">the guide<\/a>\./);
  });

  test('should head each member with its path as id, its signature highlighted, labels and a permalink', () => {
    assert.match(result.html, /<h2 id="shop\.cart\.LIMIT" class="doc doc-heading"><code class="highlight"><span class="n">LIMIT<\/span> <span class="o">=<\/span> <span class="mi">10<\/span><\/code> <span class="doc doc-labels"><small class="doc doc-label doc-label-module-attribute"><code>module-attribute<\/code><\/small><\/span><a class="headerlink" href="#shop\.cart\.LIMIT" title="Permanent link">¶<\/a><\/h2>/);
    // self is left out, annotations are not shown (show_signature_annotations: false).
    assert.match(result.html, /<h3 id="shop\.cart\.Cart\.add" class="doc doc-heading"><code class="highlight"><span class="n">add<\/span><span class="p">\(<\/span><span class="n">item<\/span>/);
    assert.match(result.html, /<span class="n">count<\/span><span class="o">=<\/span><span class="mi">1<\/span><span class="p">,<\/span> <span class="o">\*<\/span><span class="p">,<\/span> <span class="n">force<\/span>/);
    assert.match(result.html, /<h2 id="shop\.cart\.Cart" class="doc doc-heading"><code>Cart<\/code><a class="headerlink"/);
    assert.match(result.html, /<p class="doc doc-class-bases">Bases: <code><autoref identifier="Base" optional="">Base<\/autoref><\/code><\/p>/);
  });

  test('should draw Args and Returns as the table templates do, types from the signature', () => {
    assert.match(result.html, /<p><span class="doc-section-title">Parameters:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Type<\/th><th>Description<\/th><th>Default<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code>item<\/code><\/td><td><code><autoref identifier="str" optional="">str<\/autoref><\/code><\/td><td><div class="doc-md-description"><p>The <em>item<\/em>\.<\/p><\/div><\/td><td><em>required<\/em><\/td><\/tr><tr class="doc-section-item"><td><code>count<\/code><\/td><td><code><autoref identifier="int" optional="">int<\/autoref><\/code><\/td><td><div class="doc-md-description"><p>How many\.<\/p><\/div><\/td><td><code>1<\/code><\/td><\/tr><\/tbody><\/table>/);
    assert.match(result.html, /<p><span class="doc-section-title">Returns:<\/span><\/p><table><thead><tr><th>Type<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><autoref identifier="bool" optional="">bool<\/autoref><\/code><\/td>/);
  });

  test('should leave self out of a method documented on its own, as its parent is still a class', () => {
    const method = render('::: shop.cart.Cart.add\n', { show_root_heading: true, separate_signature: true });
    assert.match(method.html, /<h2 id="shop\.cart\.Cart\.add" class="doc doc-heading">/);
    assert.match(method.html, /<span class="nf">add<\/span><span class="p">\(<\/span><span class="n">item<\/span>/);
    assert.doesNotMatch(method.html, /<span class="bp">self<\/span>|<span class="n">self<\/span>/);
  });

  test('should keep a ::: line inside a docstring as text', () => {
    assert.match(result.html, /<p>::: shop\.cart\.Cart<\/p>/);
  });

  test('should list the Python files read among the includes, and warn about nothing', () => {
    assert.deepEqual(result.includes, ['/project/src/shop/__init__.py', '/project/src/shop/cart.py']);
    assert.deepEqual(result.messages, []);
  });
});

describe('options', () => {
  test("should let the block's options win over the handler's", () => {
    const html = render('::: shop.cart.Cart\n    options:\n      show_root_heading: true\n      heading_level: 3\n', { show_root_heading: false, heading_level: 2 }).html;
    assert.match(html, /^<div class="doc doc-object doc-class"><h3 id="shop\.cart\.Cart" class="doc doc-heading"><code>shop\.cart\.Cart<\/code>/);
    assert.match(html, /<h4 id="shop\.cart\.Cart\.add"/);
  });

  test('should read options after a blank line too', () => {
    assert.match(render('::: shop.cart.Cart\n\n    options:\n      show_root_heading: true\n').html, /<h2 id="shop\.cart\.Cart"/);
  });

  test('should read options after a blank line with superfences and highlight too (a highlighted block by then)', () => {
    const html = render('::: shop.cart.Cart\n\n    options:\n      show_root_heading: true\n', {}, [ext('pymdownx.highlight'), ext('pymdownx.superfences')]).html;
    assert.match(html, /<h2 id="shop\.cart\.Cart"/);
    assert.doesNotMatch(html, /options:/);
  });

  test('should order members by source, or as a members list names them, and show undocumented ones on request', () => {
    const order = (result: RenderResult) => ids(result).map((line) => line.split(' ')[1]);
    assert.deepEqual(order(render('::: shop.cart\n', { members_order: 'source', group_by_category: false })), ['shop.cart', 'shop.cart.LIMIT', 'shop.cart.Cart', 'shop.cart.Cart.add', 'shop.cart.Cart.size', 'shop.cart.checkout']);
    // Grouped by category (the default), the list orders each group.
    assert.deepEqual(order(render('::: shop.cart\n    options:\n      members: [checkout, LIMIT]\n')), ['shop.cart', 'shop.cart.LIMIT', 'shop.cart.checkout']);
    assert.deepEqual(order(render('::: shop.cart\n    options:\n      members: [checkout, LIMIT]\n      group_by_category: false\n')), ['shop.cart', 'shop.cart.checkout', 'shop.cart.LIMIT']);
    assert.ok(order(render('::: shop.cart\n', { show_if_no_docstring: true })).includes('shop.cart.UNDOCUMENTED'));
    assert.ok(order(render('::: shop.cart\n', { filters: [] })).includes('shop.cart._SECRET'));
  });

  test('should show annotations, symbol types and a separate signature when asked', () => {
    const html = render('::: shop.cart.Cart.add\n', { show_root_heading: true, show_signature_annotations: true, show_symbol_type_heading: true, separate_signature: true }).html;
    // A method on its own is still a method (function.html: `"method" if function.parent.is_class`).
    assert.match(html, /<h2 id="shop\.cart\.Cart\.add" class="doc doc-heading" ?><code class="doc-symbol doc-symbol-heading doc-symbol-method"><\/code><span class="doc doc-object-name doc-function-name">shop\.cart\.Cart\.add<\/span>/);
    assert.match(html, /<span class="n">item<\/span><span class="p">:<\/span> <span class="nb">str<\/span>/);
    assert.match(html, /<span class="o">-&#x3E;<\/span> <span class="nb">bool<\/span>|<span class="o">-><\/span> <span class="nb">bool<\/span>/);
  });

  test("should draw sections as the templates' list style with docstring_section_style: list", () => {
    const html = render('::: shop.cart.Cart.add\n', { docstring_section_style: 'list' }).html;
    assert.match(html, /<p><span class="doc-section-title">Parameters:<\/span><\/p><ul><li class="doc-section-item field-body"><b><code>item<\/code><\/b> \(<code><autoref identifier="str" optional="">str<\/autoref><\/code>\) – <div class="doc-md-description"><p>The <em>item<\/em>\.<\/p><\/div><\/li><li class="doc-section-item field-body"><b><code>count<\/code><\/b> \(<code><autoref identifier="int" optional="">int<\/autoref><\/code>, default: <code>1<\/code>\) – <div class="doc-md-description"><p>How many\.<\/p><\/div><\/li><\/ul>/);
    // A returned value without a name: its type alone, then the dash.
    assert.match(html, /<p><span class="doc-section-title">Returns:<\/span><\/p><ul><li class="doc-section-item field-body"><code><autoref identifier="bool" optional="">bool<\/autoref><\/code> – <div class="doc-md-description"><p>Whether it fit\.<\/p><\/div><\/li><\/ul>/);
  });

  test("should draw sections as the templates' spacy style with docstring_section_style: spacy", () => {
    const html = render('::: shop.cart.Cart.add\n', { docstring_section_style: 'spacy' }).html;
    assert.match(html, /<table><thead><tr><th><span class="doc-section-title">PARAMETER<\/span><\/th><th><span>DESCRIPTION<\/span><\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code>item<\/code><\/td><td class="doc-param-details"><div class="doc-md-description"><p>The <em>item<\/em>\.<\/p><\/div><p><span class="doc-param-annotation"><b>TYPE:<\/b> <code><autoref identifier="str" optional="">str<\/autoref><\/code><\/span><\/p><\/td><\/tr><tr class="doc-section-item"><td><code>count<\/code><\/td><td class="doc-param-details"><div class="doc-md-description"><p>How many\.<\/p><\/div><p><span class="doc-param-annotation"><b>TYPE:<\/b> <code><autoref identifier="int" optional="">int<\/autoref><\/code><\/span> <span class="doc-param-default"><b>DEFAULT:<\/b> <code>1<\/code><\/span><\/p><\/td><\/tr><\/tbody><\/table>/);
    // A returned value without a name: its type in the first column, in a doc-returns-annotation span.
    assert.match(html, /<th><span class="doc-section-title">RETURNS<\/span><\/th><th><span>DESCRIPTION<\/span><\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><span class="doc-returns-annotation"><code><autoref identifier="bool" optional="">bool<\/autoref><\/code><\/span><\/td><td class="doc-returns-details"><div class="doc-md-description"><p>Whether it fit\.<\/p><\/div><\/td><\/tr>/);
    assert.doesNotMatch(html, /<p><span class="doc-section-title">/);
  });

  test('should draw the source of a documented object in a details.quote with line numbers', () => {
    const html = render('::: shop.cart.checkout\n', { show_source: true }).html;
    assert.match(html, /<details class="quote"><summary>Source code in <code>src\/shop\/cart\.py<\/code><\/summary><div class="highlight"><table class="highlighttable">/);
    assert.match(html, /<span class="normal">36<\/span>/);
  });

  test('should warn about an option it does not support, and keep going', () => {
    const result = render('::: shop.cart.Cart\n    options:\n      show_root_heading: yes please\n      made_up: 1\n');
    assert.deepEqual(result.messages.map((m) => `${String(m.line)} ${m.message}`), [
      "1 mkdocstrings: '::: shop.cart.Cart': option 'show_root_heading' should be true or false; its default is used",
      "1 mkdocstrings: '::: shop.cart.Cart': option 'made_up' is not supported here and is ignored",
    ]);
  });
});

describe('blocks that cannot be drawn', () => {
  test('should be a note with a warning at the block saying why', () => {
    const result = render('Intro.\n\n::: shop.nothing\n');
    assert.match(result.html, /<div class="admonition info mkdocstrings-skipped">\n<p class="admonition-title">API reference: <code>shop\.nothing<\/code><\/p>/);
    assert.deepEqual(result.messages.map((m) => `${String(m.line)}:${String(m.column)} ${m.message}`), ["3:1 mkdocstrings: '::: shop.nothing' could not be documented: 'shop' has no member 'nothing' that static analysis can see; it is shown as a note"]);
  });

  test('should be a note for another handler, and for options that are not YAML', () => {
    assert.match(render('::: some.thing\n    handler: crystal\n').messages[0]?.message ?? '', /uses the 'crystal' handler; only the Python handler is read here/);
    const result = render('::: shop.cart.Cart\n    options: [unclosed\n');
    assert.match(result.messages[0]?.message ?? '', /its options are not valid YAML/);
    assert.match(result.html, /<div class="doc doc-object doc-class">/);
  });

  test('should be a note with one warning per page when the renderer has no Python source', () => {
    const result = renderPage('::: shop.cart\n\n::: shop.other\n', [ext('mkdocstrings')], { projectDir: '/project', docsDir: '/project/docs' });
    assert.equal(result.messages.length, 1);
    assert.match(result.messages[0]?.message ?? '', /2 API reference blocks \('shop\.cart', 'shop\.other'\) shown as a note/);
  });
});

describe('classes and packages', () => {
  const INIT: Record<string, string> = { 'shop.point': 'class Point:\n    """A point."""\n    def __init__(self, x: int, y: int = 0):\n        """Make a point.\n\n        Args:\n            x: Across.\n            y: Down.\n        """\n        self.x = x\n' };

  test('should merge __init__ into the class when asked: its signature in the heading, its docstring in the body, no __init__ member', () => {
    Object.assign(MODULES, INIT);
    const html = render('::: shop.point.Point\n', { show_root_heading: true, merge_init_into_class: true }).html;
    assert.match(html, /<h2 id="shop\.point\.Point" class="doc doc-heading"><code class="highlight"><span class="n">shop<\/span><span class="o">\.<\/span><span class="n">point<\/span><span class="o">\.<\/span><span class="n">Point<\/span><span class="p">\(<\/span><span class="n">x<\/span><span class="p">,<\/span> <span class="n">y<\/span><span class="o">=<\/span><span class="mi">0<\/span><span class="p">\)<\/span><\/code>/);
    assert.match(html, /<p>A point\.<\/p><p>Make a point\.<\/p><p><span class="doc-section-title">Parameters:<\/span><\/p>/);
    assert.doesNotMatch(html, /id="shop\.point\.Point\.__init__"/);
  });

  test('should draw __init__ as a member with its docstring otherwise, dunders passing the default filters', () => {
    Object.assign(MODULES, INIT);
    assert.match(render('::: shop.point.Point\n').html, /<h2 id="shop\.point\.Point\.__init__" class="doc doc-heading"><code class="highlight"><span class="fm">__init__<\/span>|<h2 id="shop\.point\.Point\.__init__" class="doc doc-heading"><code class="highlight"><span class="n">__init__<\/span>/);
  });

  test("should draw a package's re-exports listed in __all__ under the package's path, and put a separate signature under the heading", () => {
    const result = render('::: shop\n', { separate_signature: true });
    assert.ok(ids(result).includes('2 shop.Cart Cart'), ids(result).join('\n'));
    assert.ok(ids(result).includes('3 shop.Cart.add add'));
    assert.match(result.html, /<h3 id="shop\.Cart\.add" class="doc doc-heading"><span class="doc doc-object-name doc-function-name">add<\/span><a class="headerlink"[^>]*>¶<\/a><\/h3><div class="doc-signature highlight"><pre><span><\/span><code><span class="nf">add<\/span><span class="p">\(<\/span><span class="n">item<\/span>/);
  });
});

describe('category headings', () => {
  test('should head each category of members, one level down, when show_category_heading is on', () => {
    const result = render('::: shop.cart\n', { show_category_heading: true });
    assert.deepEqual(ids(result).slice(0, 6), ['2 shop.cart cart', '2 shop.cart-attributes Attributes', '3 shop.cart.LIMIT LIMIT', '2 shop.cart-classes Classes', '3 shop.cart.Cart Cart', '4 shop.cart.Cart-attributes Attributes']);
  });

  test('should name the options and griffe extensions it does not draw, at the block', () => {
    const messages = render('::: shop.cart\n    options:\n      extensions: [griffe_pydantic, {griffe_warnings_deprecated: {}}]\n', {
      summary: 'yes',
      show_inheritance_diagram: true,
      backlinks: 'tree',
      parameter_headings: false,
      docstring_options: { ignore_init_summary: true, returns_named_value: false, warn_unknown_params: false, made_up: 1 },
      extensions: ['griffe_typingdoc'],
    }).messages.map((m) => m.message.replace("mkdocstrings: '::: shop.cart': ", ''));
    assert.deepEqual(messages, [
      "option 'summary' should be true, false or a mapping of attributes, functions, classes, modules to true or false; its default is used",
      "option 'show_inheritance_diagram' is not supported here: no Mermaid diagram of the bases is drawn",
      'option \'backlinks\' is not supported here: no backlinks ("Used by" lists) are drawn',
      "docstring option 'returns_named_value: false' is not supported here; docstrings are read as with its default (true)",
      "docstring option 'made_up' is not supported here and is ignored",
      "griffe extensions 'griffe_pydantic', 'griffe_warnings_deprecated' are not run here (only griffe's built-in dataclasses one and griffe_inherited_docstrings are): what they add or change in the API reference is missing",
    ]);
  });
});

describe('failures', () => {
  test('should keep a block that fails while being drawn as a note with a warning, and the rest of the page', () => {
    const python = { resolve: () => { throw new Error('boom'); }, resolveAlias: () => undefined, inheritedMembers: () => new Map(), ancestors: () => [], submodules: () => [], track: <T>(work: () => T) => ({ value: work(), files: [] }) };
    const result = renderPage('Before.\n\n::: shop.cart\n\nAfter.\n', [ext('mkdocstrings')], { projectDir: '/project', docsDir: '/project/docs', python });
    assert.match(result.html, /<p>Before\.<\/p>\n<div class="admonition info mkdocstrings-skipped">[^]*<p>After\.<\/p>/);
    assert.match(result.messages[0]?.message ?? '', /'::: shop\.cart' could not be documented: boom; it is shown as a note \(please report this\)/);
  });

  test('should draw a block inside an admonition too, as mkdocstrings reads nested blocks', () => {
    assert.match(render('!!! note\n\n    ::: shop.cart.LIMIT\n').html, /<div class="admonition note">\n<p class="admonition-title">Note<\/p>\n<div class="doc doc-object doc-attribute">/);
  });
});
