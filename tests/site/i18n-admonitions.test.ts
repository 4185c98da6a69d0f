/**
 * mkdocs-static-i18n's admonition_translations (src/site/i18n-admonitions.ts), line by line as
 * the plugin's on_page_markdown rewrites a page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translateAdmonitions } from '../../src/site/i18n-admonitions.ts';

const FR = { note: 'Remarque', warning: 'Attention', 'note inline': 'En ligne' };

describe('translateAdmonitions', () => {
  test('should title an untitled admonition of a translated type, and one with an empty title', () => {
    assert.equal(translateAdmonitions('Text\n\n!!! note\n    Body\n', FR, false), 'Text\n\n!!! note "Remarque"\n    Body');
    assert.equal(translateAdmonitions('!!! warning ""\n    Body', FR, false), '!!! warning "Attention"\n    Body');
    assert.equal(translateAdmonitions('!!!note', FR, false), '!!!note "Remarque"', 'the space after the marker is optional, and kept as written');
  });

  test('should leave a titled admonition, an untranslated type, an indented one and other lines alone', () => {
    assert.equal(translateAdmonitions('!!! note "Titre"\n!!! tip\n    !!! note\n!!! note inline end', FR, false), '!!! note "Titre"\n!!! tip\n    !!! note\n!!! note inline end');
  });

  test('should take the whole list of types as the key, as the plugin does', () => {
    assert.equal(translateAdmonitions('!!! note inline', FR, false), '!!! note inline "En ligne"');
  });

  test('should title details blocks only with pymdownx.details', () => {
    assert.equal(translateAdmonitions('??? note\n???+ warning', FR, true), '??? note "Remarque"\n???+ warning "Attention"');
    assert.equal(translateAdmonitions('??? note', FR, false), '??? note');
  });

  test('should rewrite lines in code blocks too, being line-based, and join the lines as Python splits them', () => {
    assert.equal(translateAdmonitions('```\n!!! note\n```\r\nEnd\r', FR, false), '```\n!!! note "Remarque"\n```\nEnd');
  });

  test('should leave the Markdown as it is when the language translates nothing', () => {
    assert.equal(translateAdmonitions('!!! note\r\n', {}, false), '!!! note\r\n');
  });
});
