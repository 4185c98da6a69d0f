/**
 * `:::name` container directives as aliases of `!!!` and `???` (a deliberate extension:
 * Python-Markdown renders them as text, so these are unit tests, not reference fixtures).
 * Each alias must render exactly as the admonition or details it stands for, whose own
 * output the fixtures check against the reference.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExtensionSpec } from '../../src/markdown/index.ts';
import { renderNormalized } from '../helpers/render.ts';

const both: ExtensionSpec[] = [{ name: 'admonition', options: {} }, { name: 'pymdownx.details', options: {} }, { name: 'pymdownx.tabbed', options: { alternate_style: true } }];
const render = (value: string, extensions: ExtensionSpec[] = both): string => renderNormalized(value, extensions, { projectDir: '/' });

describe('container directive aliases', () => {
  const same: Array<[string, string, string]> = [
    ['a typed admonition', ':::note\nBody *here*.\n\n- a\n- b\n:::\n', '!!! note\n    Body *here*.\n\n    - a\n    - b\n'],
    ['a title from the label', ':::tip[Custom *title*]\nText\n:::\n', '!!! tip "Custom *title*"\n    Text\n'],
    ['no title for an empty label', ':::warning[]\nText\n:::\n', '!!! warning ""\n    Text\n'],
    ['extra classes from attributes', ':::Info{.inline .end}\nText\n:::\n', '!!! info inline end\n    Text\n'],
    ['open details with classes', ':::details[Sum]{.note open}\nHidden\n:::\n', '???+ note "Sum"\n    Hidden\n'],
    ['details titled by their class', ':::details{.example}\nHidden\n:::\n', '??? example\n    Hidden\n'],
    ['nesting with longer fences', '::::note\n:::details[In]\nx\n:::\n::::\n', '!!! note\n    ??? "In"\n        x\n'],
    ['an admonition nested in the indented syntax', '!!! note\n    :::tip\n    x\n    :::\n', '!!! note\n    !!! tip\n        x\n'],
    ['a container in a list item', '- item\n\n    :::note\n    x\n    :::\n', '- item\n\n    !!! note\n        x\n'],
    ['a container in a tab', '=== "A"\n    :::note\n    x\n    :::\n', '=== "A"\n    !!! note\n        x\n'],
    ['a container without a blank line before', 'Para\n:::note\nx\n:::\n', 'Para\n!!! note\n    x\n'],
    ['an unclosed container up to the end of the file', ':::note\nx\n\ny', '!!! note\n    x\n\n    y'],
  ];
  for (const [what, directive, indented] of same) {
    test(`should render ${what} as the indented syntax does`, () => {
      assert.equal(render(directive), render(indented));
    });
  }
  test('should summarize plain `:::details` as "Details"', () => {
    assert.equal(render(':::details\nx\n:::\n'), '<details><summary>Details</summary><p>x</p></details>');
  });
});

describe('directive syntax we do not handle', () => {
  test('should not turn times, words with colons or text directives into anything', () => {
    assert.equal(render('At 10:30 see re:Invent, a:b and :name[x]{y}.\n'), '<p>At 10:30 see re:Invent, a:b and :name[x]{y}.</p>');
  });
  test('should not take a link away from a word with a colon', () => {
    // (A first line `word:...` would be MkDocs' MultiMarkdown meta, hence the paragraph before.)
    assert.equal(render('Text.\n\nsee:this[link](https://example.com)\n'), '<p>Text.</p><p>see:this<a href="https://example.com">link</a></p>');
  });
  test('should not turn a leaf directive into anything', () => {
    assert.equal(render('::leaf[Label]{key=value}\n'), '<p>::leaf[Label]{key=value}</p>');
  });
  test('should not parse `:::note` when admonition is not enabled', () => {
    assert.equal(render(':::note\nText\n:::\n', [{ name: 'pymdownx.details', options: {} }]), '<p>:::note Text :::</p>');
  });
  test('should not parse `:::details` when neither extension is enabled, and make it an admonition without details', () => {
    assert.equal(render(':::details\nText\n:::\n', []), '<p>:::details Text :::</p>');
    assert.match(render(':::details\nText\n:::\n', [{ name: 'admonition', options: {} }]), /class="admonition details"/);
  });
  test('should not process directives inside fenced code', () => {
    assert.equal(render('```\n:::note\nx\n:::\n```\n'), render('```\n!!! note\n```\n').replace('!!! note', ':::note\nx\n:::'));
  });
});
