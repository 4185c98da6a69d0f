/**
 * Names in annotations drawn as mkdocstrings-python's `expression.html` draws them: optional
 * `<autoref>` markers to their canonical paths in docstring types, defaults and class bases,
 * written as `annotations_path` says (src/markdown/extensions/mkdocstrings/render/expression.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import { memoryCollection } from '../helpers/python-modules.ts';
import { ext, renderPage } from '../helpers/render.ts';

const MODULES: Record<string, string> = {
  'pkg/__init__': '',
  'pkg.models': 'class User:\n    """A user."""\n',
  'pkg.api': [
    'from dataclasses import field',
    'from typing import Literal, Optional',
    'from . import models',
    'from .models import User',
    'DEFAULT = 5',
    'CURRENT: User = User()',
    '"""The current user."""',
    '',
    'class Client(models.User):',
    '    """A client."""',
    '',
    '    def fetch(self, who: User, backup: Optional["models.User"] = None, mode: Literal["a"] = "a", retries: int = DEFAULT) -> "Client":',
    '        """Fetch.',
    '',
    '        Args:',
    '            who: Whom.',
    '            backup: Another.',
    '            mode: How.',
    '            retries: How often.',
    '',
    '        Returns:',
    '            Itself.',
    '',
    '        Raises:',
    '            ValueError: Never.',
    '        """',
    '',
    'def configure(size=field(default=DEFAULT)):',
    '    """Configure.',
    '',
    '    Args:',
    '        size: The size.',
    '    """',
    '',
    'def legacy(items, user):',
    '    """Old style.',
    '',
    '    Args:',
    '        items (list of str): Items.',
    '        user (models.User): A user.',
    '    """',
  ].join('\n'),
};

function render(markdown: string, options: Record<string, unknown> = {}): RenderResult {
  const extensions = [ext('toc'), ext('mkdocstrings', { handlers: { python: { options: { show_source: false, ...options } } } }), ext('autorefs')];
  return renderPage(markdown, extensions, { projectDir: '/project', docsDir: '/project/docs', python: memoryCollection(MODULES), path: 'api.md' });
}

/** The cells of the table row of `name` in a Parameters table. */
function row(html: string, name: string): string[] {
  const match = new RegExp(`<tr class="doc-section-item"><td><code>${name}</code></td>(.*?)</tr>`).exec(html);
  assert.ok(match, `no row for ${name}`);
  return [...(match[1] ?? '').matchAll(/<td>(.*?)<\/td>/g)].map((cell) => cell[1] ?? '');
}

const ref = (identifier: string, title: string) => `<autoref identifier="${identifier}" optional=""${title === identifier ? '' : ' hover=""'}>${title}</autoref>`;

describe('names in docstring types and defaults, annotations_path: brief (the default)', () => {
  const html = render('::: pkg.api.Client.fetch\n').html;

  test('should reference an imported name by the path it imports, titled by its last name', () => {
    assert.equal(row(html, 'who')[0], `<code>${ref('pkg.models.User', 'User')}</code>`);
    // A chain is drawn as its last name; a string annotation's names too, without the quotes.
    assert.equal(row(html, 'backup')[0], `<code>${ref('typing.Optional', 'Optional')}[${ref('pkg.models.User', 'User')}]</code>`);
  });

  test('should reference a builtin or unknown name as written, and keep Literal strings and constants as text', () => {
    assert.equal(row(html, 'retries')[0], `<code>${ref('int', 'int')}</code>`);
    assert.equal(row(html, 'mode')[0], `<code>${ref('typing.Literal', 'Literal')}["a"]</code>`);
    assert.equal(row(html, 'mode')[2], '<code>"a"</code>');
    assert.equal(row(html, 'backup')[2], '<code>None</code>');
  });

  test("should reference a default's names in the function's scope", () => {
    assert.equal(row(html, 'retries')[2], `<code>${ref('pkg.api.DEFAULT', 'DEFAULT')}</code>`);
  });

  test('should reference the Returns and Raises types, the enclosing class by its path', () => {
    assert.match(html, new RegExp(`Returns:</span></p><table><thead><tr><th>Type</th><th>Description</th></tr></thead><tbody><tr class="doc-section-item"><td><code>${escape(ref('pkg.api.Client', 'Client'))}</code></td>`));
    assert.match(html, new RegExp(`Raises:</span></p><table><thead><tr><th>Type</th><th>Description</th></tr></thead><tbody><tr class="doc-section-item"><td><code>${escape(ref('ValueError', 'ValueError'))}</code></td>`));
  });
});

describe('annotations_path', () => {
  test('source: each name of a chain as written, each to its own path', () => {
    const html = render('::: pkg.api.Client.fetch\n', { annotations_path: 'source' }).html;
    assert.equal(row(html, 'backup')[0], `<code>${ref('typing.Optional', 'Optional')}[${ref('pkg.models', 'models')}.${ref('pkg.models.User', 'User')}]</code>`);
    assert.equal(row(html, 'who')[0], `<code>${ref('pkg.models.User', 'User')}</code>`);
  });

  test('full: the whole path, each part referencing the path so far', () => {
    const html = render('::: pkg.api.Client.fetch\n', { annotations_path: 'full' }).html;
    assert.equal(row(html, 'who')[0], `<code>${ref('pkg', 'pkg')}.${ref('pkg.models', 'models')}.${ref('pkg.models.User', 'User')}</code>`);
    assert.equal(row(html, 'backup')[0], `<code>${ref('typing', 'typing')}.${ref('typing.Optional', 'Optional')}[${ref('pkg', 'pkg')}.${ref('pkg.models', 'models')}.${ref('pkg.models.User', 'User')}]</code>`);
  });

  test('should warn of a value it does not know and keep brief', () => {
    const result = render('::: pkg.api.Client.fetch\n', { annotations_path: 'long' });
    assert.deepEqual(
      result.messages.map((m) => m.message),
      ["mkdocstrings: '::: pkg.api.Client.fetch': option 'annotations_path' should be 'brief', 'source' or 'full'; its default is used"],
    );
    assert.equal(row(result.html, 'who')[0], `<code>${ref('pkg.models.User', 'User')}</code>`);
  });
});

test("should reference a class's bases, resolved in its scope", () => {
  assert.match(render('::: pkg.api.Client\n').html, new RegExp(`<p class="doc doc-class-bases">Bases: <code>${escape(ref('pkg.models.User', 'User'))}</code></p>`));
});

test("should read a docstring's written types as expressions when they are, as text when not", () => {
  const html = render('::: pkg.api.legacy\n').html;
  assert.equal(row(html, 'items')[0], '<code>list of str</code>');
  assert.equal(row(html, 'user')[0], `<code>${ref('pkg.models.User', 'User')}</code>`);
});

describe('signature_crossrefs', () => {
  const signatures = (html: string) => html.match(/<div class="doc-signature highlight">[^]*?<\/pre><\/div>/g) ?? [];
  const options = { separate_signature: true, show_signature_annotations: true, show_root_heading: true };

  test("should stash the annotations' names through highlighting, each back in its token's span, with separate_signature", () => {
    const [signature = ''] = signatures(render('::: pkg.api.Client.fetch\n', { ...options, signature_crossrefs: true }).html);
    assert.match(signature, new RegExp(`<span class="n">who</span><span class="p">:</span> <span class="n">${escape(ref('pkg.models.User', 'User'))}</span>`));
    // Pygments read the stashed key, a plain name, where it would have read the builtin `int` (nb); defaults stay text.
    assert.match(signature, new RegExp(`<span class="n">retries</span><span class="p">:</span> <span class="n">${escape(ref('int', 'int'))}</span> <span class="o">=</span> <span class="n">DEFAULT</span>`));
    assert.match(signature, new RegExp(`<span class="o">-></span> <span class="n">${escape(ref('pkg.api.Client', 'Client'))}</span>`));
    assert.doesNotMatch(signature, /_mkdocstrings\d/);
  });

  test("should cross-reference an attribute's annotation and value", () => {
    const [signature = ''] = signatures(render('::: pkg.api.CURRENT\n', { ...options, signature_crossrefs: true, show_root_heading: true }).html);
    assert.match(signature, new RegExp(`<span class="n">CURRENT</span><span class="p">:</span> <span class="n">${escape(ref('pkg.models.User', 'User'))}</span> <span class="o">=</span> <span class="n">${escape(ref('pkg.models.User', 'User'))}</span><span class="p">\\(\\)</span>`));
  });

  test("should reference a call's keyword argument as that parameter of what is called, in docstrings too", () => {
    const call = (keyword: string) => `<code>${ref('dataclasses.field', 'field')}(${keyword}=${ref('pkg.api.DEFAULT', 'DEFAULT')})</code>`;
    assert.equal(row(render('::: pkg.api.configure\n').html, 'size')[2], call('default'));
    assert.equal(row(render('::: pkg.api.configure\n', { signature_crossrefs: true }).html, 'size')[2], call(ref('dataclasses.field(default)', 'default')));
  });

  test('should leave signatures as text without it, and headings always', () => {
    const plain = signatures(render('::: pkg.api.Client.fetch\n', options).html);
    assert.equal(plain.length, 1);
    assert.doesNotMatch(plain[0] ?? '', /<autoref/);
    const html = render('::: pkg.api.Client.fetch\n', { show_signature_annotations: true, signature_crossrefs: true, show_root_heading: true }).html;
    assert.match(html, /<h2 id="pkg\.api\.Client\.fetch"/);
    assert.doesNotMatch(/<h2[^]*?<\/h2>/.exec(html)?.[0] ?? '', /<autoref/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
