/**
 * mkdocstrings' `:::` blocks: which members are drawn (inherited members, submodules), summaries,
 * generated dataclass `__init__`s, symbols in the ToC, docstring options and `unwrap_annotated`,
 * in mkdocstrings-python's material markup, over modules given in memory.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import { memoryCollection } from '../helpers/python-modules.ts';
import { ext, renderPage } from '../helpers/render.ts';

const MODULES: Record<string, string> = {
  'wild/__init__': '"""Wild."""\nfrom ._impl import *\nfrom ._impl import imported\n',
  'wild._impl': 'def go():\n    """Go."""\ndef imported():\n    """Imported by name."""\ndef _hidden():\n    """Hidden."""\n',
  ordered: '__all__ = ["second", "first"]\ndef third():\n    """T."""\ndef first():\n    """F."""\ndef second():\n    """S."""\n',
  'zoo/__init__': '"""The zoo."""\n',
  'zoo.animals': [
    '"""Animals."""',
    'class Animal:',
    '    """An animal.',
    '',
    '    More about animals.',
    '',
    '    Methods:',
    '        speak: Make a sound.',
    '    """',
    '    legs: int = 4',
    '    """How many legs."""',
    '    def speak(self):',
    '        """Speak."""',
    '    def _digest(self):',
    '        """Private."""',
    '    def __init__(self, name: str):',
    '        """Make one.',
    '',
    '        Args:',
    '            name: Its name.',
    '        """',
  ].join('\n'),
  'zoo.pets': 'from .animals import Animal\nclass Cat(Animal):\n    """A cat."""\n    def purr(self):\n        """Purr."""\nclass Kitten(Cat):\n    def speak(self):\n        return "mew"\n',
  'zoo.feeding': 'from typing import overload\n@overload\ndef feed(food: str) -> None: ...\n@overload\ndef feed(food: int, times: int = 1) -> None: ...\ndef feed(food, times=1):\n    """Feed."""\n',
  'zoo._keepers': '"""Private module."""\n',
  'zoo.empty': 'X = 1\n',
  'zoo.typed': [
    'from dataclasses import dataclass',
    'from typing import Annotated',
    '@dataclass',
    'class Point:',
    '    """A point."""',
    '    x: int',
    '    y: int = 0',
    'def clamp(value: Annotated[int, Gt(0)], limit: "Annotated[list[int], Len(2)] | None" = None) -> Annotated[int, Gt(0)]:',
    '    """Clamp.',
    '',
    '    Examples:',
    '        >>> clamp(3)  # doctest: +SKIP',
    '        3',
    '    """',
  ].join('\n'),
};

function render(markdown: string, options: Record<string, unknown> = {}): RenderResult {
  const extensions = [ext('toc', { permalink: true }), ext('mkdocstrings', { handlers: { python: { options: { show_source: false, ...options } } } }), ext('autorefs')];
  return renderPage(markdown, extensions, { projectDir: '/project', docsDir: '/project/docs', python: memoryCollection(MODULES), path: 'api.md' });
}

const ids = (result: RenderResult): string[] => {
  const out: string[] = [];
  const walk = (entries: RenderResult['toc']) => {
    for (const entry of entries) {
      out.push(entry.id);
      walk(entry.children);
    }
  };
  walk(result.toc);
  return out;
};

describe('inherited_members', () => {
  test('should draw no inherited member by default', () => {
    assert.deepEqual(ids(render('::: zoo.pets.Cat\n')), ['zoo.pets.Cat', 'zoo.pets.Cat.purr']);
  });

  test("should draw every inherited member under the class's path with true, through the filters, its source the base's", () => {
    const result = render('::: zoo.pets.Cat\n', { inherited_members: true, show_source: true });
    assert.deepEqual(ids(result), ['zoo.pets.Cat', 'zoo.pets.Cat.legs', 'zoo.pets.Cat.__init__', 'zoo.pets.Cat.purr', 'zoo.pets.Cat.speak']);
    assert.match(result.html, /<h2 id="zoo\.pets\.Cat\.speak" class="doc doc-heading"><code class="highlight"><span class="n">speak<\/span><span class="p">\(\)<\/span><\/code><a class="headerlink"/);
    assert.match(result.html, /<p>Speak\.<\/p><details class="quote"><summary>Source code in <code>src\/zoo\/animals\.py<\/code><\/summary>/);
    assert.match(result.html, /<h2 id="zoo\.pets\.Cat\.legs" class="doc doc-heading"><code class="highlight"><span class="n">legs<\/span> <span class="o">=<\/span> <span class="mi">4<\/span><\/code> <span class="doc doc-labels"><small class="doc doc-label doc-label-class-attribute">/);
  });

  test('should draw the listed inherited members only, whatever the filters say, and put them last in source order', () => {
    const result = render('::: zoo.pets.Cat\n', { inherited_members: ['speak', '_digest'], members_order: 'source' });
    assert.deepEqual(ids(result), ['zoo.pets.Cat', 'zoo.pets.Cat.purr', 'zoo.pets.Cat.speak', 'zoo.pets.Cat._digest']);
  });

  test('should draw only inherited members with members: false', () => {
    assert.deepEqual(ids(render('::: zoo.pets.Cat\n    options:\n      members: false\n', { inherited_members: ['speak'] })), ['zoo.pets.Cat', 'zoo.pets.Cat.speak']);
  });

  test("should name a class with its inherited __init__'s signature under merge_init_into_class, merging its docstring only when it is selected", () => {
    const html = render('::: zoo.pets.Cat\n', { show_root_heading: true, merge_init_into_class: true }).html;
    assert.match(html, /<h2 id="zoo\.pets\.Cat" class="doc doc-heading"><code class="highlight"><span class="n">zoo<\/span><span class="o">\.<\/span><span class="n">pets<\/span><span class="o">\.<\/span><span class="n">Cat<\/span><span class="p">\(<\/span><span class="n">name<\/span><span class="p">\)<\/span><\/code>/);
    assert.doesNotMatch(html, /Make one/);
    assert.match(render('::: zoo.pets.Cat\n', { merge_init_into_class: true, inherited_members: ['__init__'] }).html, /<p>A cat\.<\/p><p>Make one\.<\/p>/);
  });
});

describe('members_order', () => {
  test("should order by __all__, names it does not list last, and fall back to the next order for a module without one", () => {
    assert.deepEqual(ids(render('::: ordered\n', { members_order: '__all__' })), ['ordered', 'ordered.second', 'ordered.first', 'ordered.third']);
    assert.deepEqual(ids(render('::: zoo.animals.Animal\n', { members_order: ['__all__', 'source'] })), ['zoo.animals.Animal', 'zoo.animals.Animal.legs', 'zoo.animals.Animal.speak', 'zoo.animals.Animal.__init__']);
  });
});

describe('wildcard imports', () => {
  test('should draw what a wildcard import binds in a module without __all__ (griffe does not count it as imported), not a name imported by name', () => {
    assert.deepEqual(ids(render('::: wild\n')), ['wild', 'wild.go']);
  });
});

describe('griffe extensions', () => {
  test("should give a member without a docstring its nearest ancestor's with griffe_inherited_docstrings, and none without it", () => {
    const result = render('::: zoo.pets.Kitten\n', { extensions: ['griffe_inherited_docstrings'] });
    assert.deepEqual(ids(result), ['zoo.pets.Kitten', 'zoo.pets.Kitten.speak']);
    assert.match(result.html, /<h2 id="zoo\.pets\.Kitten\.speak" class="doc doc-heading">[^]*?<\/h2><div class="doc doc-contents"><p>Speak\.<\/p>/);
    assert.deepEqual(result.messages, []);
    assert.deepEqual(ids(render('::: zoo.pets.Kitten\n')), ['zoo.pets.Kitten']);
  });
});

describe('show_submodules', () => {
  test("should not draw a package's submodules by default", () => {
    assert.deepEqual(ids(render('::: zoo\n')), ['zoo']);
  });

  test('should draw public, documented submodules after the other members, alphabetically, their members a level down', () => {
    const result = render('::: zoo\n', { show_submodules: true, members_order: 'source' });
    // zoo._keepers is private, zoo.empty has no docstring; zoo.pets' imported Animal is not public.
    assert.deepEqual(ids(result), ['zoo', 'zoo.animals', 'zoo.animals.Animal', 'zoo.animals.Animal.legs', 'zoo.animals.Animal.speak', 'zoo.animals.Animal.__init__', 'zoo.feeding', 'zoo.feeding.feed', 'zoo.pets', 'zoo.pets.Cat', 'zoo.pets.Cat.purr', 'zoo.typed', 'zoo.typed.Point', 'zoo.typed.clamp']);
    assert.match(result.html, /<div class="doc doc-object doc-module"><h2 id="zoo\.animals" class="doc doc-heading"><code>animals<\/code><a class="headerlink" href="#zoo\.animals" title="Permanent link">¶<\/a><\/h2><div class="doc doc-contents"><p>Animals\.<\/p>/);
    assert.match(result.html, /<h3 id="zoo\.animals\.Animal" class="doc doc-heading">/);
  });

  test('should head the submodules Modules with show_category_heading', () => {
    assert.ok(ids(render('::: zoo\n', { show_submodules: true, show_category_heading: true })).includes('zoo-modules'));
  });
});

describe('summary', () => {
  test("should list a module's classes and functions above its members, linked to their headings, with their docstrings' first lines", () => {
    const html = render('::: zoo.typed\n', { summary: true }).html;
    assert.match(
      html,
      /<div class="doc doc-contents first"><p><span class="doc-section-title">Classes:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><autoref identifier="zoo\.typed\.Point">Point<\/autoref><\/code><\/td><td><div class="doc-md-description"><p>A point\.<\/p><\/div><\/td><\/tr><\/tbody><\/table><p><span class="doc-section-title">Functions:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><autoref identifier="zoo\.typed\.clamp">clamp<\/autoref><\/code><\/td><td><div class="doc-md-description"><p>Clamp\.<\/p><\/div><\/td><\/tr><\/tbody><\/table><div class="doc doc-children">/,
    );
  });

  test("should title a class's functions Methods and give attributes their type, in the order modules, classes, functions, attributes", () => {
    const html = render('::: zoo.animals.Animal\n', { summary: true }).html;
    // The docstring's own Methods section, titled as for a class, then the summary's.
    assert.match(html, /<p>More about animals\.<\/p><p><span class="doc-section-title">Methods:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code>speak<\/code><\/td><td><div class="doc-md-description"><p>Make a sound\.<\/p><\/div><\/td><\/tr><\/tbody><\/table><p><span class="doc-section-title">Methods:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><autoref identifier="zoo\.animals\.Animal\.__init__">__init__<\/autoref><\/code><\/td>/);
    assert.match(html, /<\/table><p><span class="doc-section-title">Attributes:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Type<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><autoref identifier="zoo\.animals\.Animal\.legs">legs<\/autoref><\/code><\/td><td><code><autoref identifier="int" optional="">int<\/autoref><\/code><\/td><td><div class="doc-md-description"><p>How many legs\.<\/p><\/div><\/td><\/tr><\/tbody><\/table>/);
  });

  test('should draw only the summaries a mapping names, and list submodules unlinked when they are not drawn', () => {
    const html = render('::: zoo\n', { summary: { modules: true } }).html;
    assert.match(html, /<p><span class="doc-section-title">Modules:<\/span><\/p><table><thead><tr><th>Name<\/th><th>Description<\/th><\/tr><\/thead><tbody><tr class="doc-section-item"><td><code><span title="zoo\.animals">animals<\/span><\/code><\/td><td><div class="doc-md-description"><p>Animals\.<\/p><\/div><\/td><\/tr>/);
    assert.doesNotMatch(html, /_keepers|Classes:/);
    assert.doesNotMatch(render('::: zoo.typed\n', { summary: { attributes: true } }).html, /Attributes:|Classes:|Functions:/);
  });

  test('should draw no summary by default', () => {
    assert.doesNotMatch(render('::: zoo.typed\n').html, /doc-section-title">Classes/);
  });
});

describe('dataclasses, symbols, docstring options, annotations', () => {
  test("should give a dataclass the generated __init__'s signature with merge_init_into_class", () => {
    const html = render('::: zoo.typed.Point\n', { show_root_heading: true, show_root_full_path: false, merge_init_into_class: true }).html;
    assert.match(html, /<h2 id="zoo\.typed\.Point" class="doc doc-heading"><code class="highlight"><span class="n">Point<\/span><span class="p">\(<\/span><span class="n">x<\/span><span class="p">,<\/span> <span class="n">y<\/span><span class="o">=<\/span><span class="mi">0<\/span><span class="p">\)<\/span><\/code> <span class="doc doc-labels"><small class="doc doc-label doc-label-dataclass">/);
  });

  test('should draw a function\'s @overload signatures under its heading with show_overloads (the default), with annotations, and none when off', () => {
    const html = render('::: zoo.feeding.feed\n', { show_root_heading: true, show_root_full_path: false }).html;
    assert.match(
      html,
      /<\/h2><div class="doc-overloads"><div class="doc-signature highlight"><pre><span><\/span><code><span class="nf">feed<\/span><span class="p">\(<\/span><span class="n">food<\/span><span class="p">:<\/span> <span class="nb">str<\/span><span class="p">\)<\/span> <span class="o">-(?:>|&#x3E;)<\/span> <span class="kc">None<\/span>\n<\/code><\/pre><\/div><div class="doc-signature highlight"><pre><span><\/span><code><span class="nf">feed<\/span><span class="p">\(<\/span><span class="n">food<\/span><span class="p">:<\/span> <span class="nb">int<\/span><span class="p">,<\/span> <span class="n">times<\/span><span class="p">:<\/span> <span class="nb">int<\/span> <span class="o">=<\/span> <span class="mi">1<\/span><span class="p">\)/,
    );
    assert.doesNotMatch(render('::: zoo.feeding.feed\n', { show_root_heading: true, show_overloads: false }).html, /doc-overloads/);
  });

  test("should put each object's symbol before its name in the ToC with show_symbol_type_toc, and only there", () => {
    const result = render('::: zoo.animals\n', { show_symbol_type_toc: true });
    const entries = new Map<string, string | undefined>();
    const walk = (list: RenderResult['toc']) => {
      for (const entry of list) {
        entries.set(entry.id, entry.html);
        walk(entry.children);
      }
    };
    walk(result.toc);
    assert.equal(entries.get('zoo.animals'), '<code class="doc-symbol doc-symbol-toc doc-symbol-module"></code>&nbsp;animals');
    assert.equal(entries.get('zoo.animals.Animal'), '<code class="doc-symbol doc-symbol-toc doc-symbol-class"></code>&nbsp;Animal');
    assert.equal(entries.get('zoo.animals.Animal.speak'), '<code class="doc-symbol doc-symbol-toc doc-symbol-method"></code>&nbsp;speak');
    assert.equal(entries.get('zoo.animals.Animal.legs'), '<code class="doc-symbol doc-symbol-toc doc-symbol-attribute"></code>&nbsp;legs');
    assert.doesNotMatch(result.html, /doc-symbol|data-mkdocstrings/);
    assert.equal(render('::: zoo.animals\n').toc[0]?.html, undefined);
  });

  test("should leave out an __init__ docstring's summary line with ignore_init_summary", () => {
    const html = render('::: zoo.animals.Animal\n', { merge_init_into_class: true, docstring_options: { ignore_init_summary: true } }).html;
    assert.match(html, /<\/table><p><span class="doc-section-title">Parameters:<\/span><\/p>/);
    assert.doesNotMatch(html, /Make one/);
  });

  test('should keep doctest flags with trim_doctest_flags: false, and trim them by default', () => {
    assert.doesNotMatch(render('::: zoo.typed.clamp\n').html, /doctest/);
    assert.match(render('::: zoo.typed.clamp\n', { docstring_options: { trim_doctest_flags: false } }).html, /<span class="c1"># doctest: \+SKIP<\/span>/);
  });

  test('should show Annotated types as their first argument with unwrap_annotated, and as written without', () => {
    const text = (html: string) => html.replace(/<[^>]+>/g, '');
    const heading = (html: string) => /<h2 id="zoo\.typed\.clamp"[^]*?<\/h2>/.exec(html)?.[0] ?? '';
    const options = { show_root_heading: true, show_root_full_path: false, show_signature_annotations: true };
    assert.equal(text(heading(render('::: zoo.typed.clamp\n', { ...options, unwrap_annotated: true }).html)), 'clamp(value: int, limit: list[int] | None = None) -> int¶');
    assert.match(text(heading(render('::: zoo.typed.clamp\n', options).html)), /^clamp\(value: Annotated\[int, Gt\(0\)\], limit/);
  });
});
