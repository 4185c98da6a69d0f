/**
 * GitHub alert syntaxes as admonitions: markdown-callouts' `github-callouts`
 * (extensions/github-callouts/) and `markdown_gfm_admonition` (extensions/gfm-admonition/), for
 * what the fixtures do not show (fixtures/github-callouts/, fixtures/gfm-admonition/).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderNormalized } from '../helpers/render.ts';

const github = (source: string) => renderNormalized(source, [ext('github-callouts')]);
const gfm = (source: string) => renderNormalized(source, [ext('markdown_gfm_admonition')]);

describe('github-callouts', () => {
  test('should make an admonition titled with the type, caution as danger', () => {
    assert.match(github('> [!CAUTION]\n> Body\n'), /^<div class="admonition danger"><p class="admonition-title">Caution<\/p><p>Body<\/p><\/div>$/);
  });
  test('should accept spaces after the marker, and any case', () => {
    assert.match(github('> [!wArNiNg]   \n> Body\n'), /class="admonition warning"><p class="admonition-title">Warning/);
  });
  test('should not make an admonition of a marker alone, or with text after it', () => {
    assert.match(github('> [!NOTE]\n'), /^<blockquote>/);
    assert.match(github('> [!NOTE] Title\n> Body\n'), /^<blockquote>/);
  });
  test('should not make an admonition inside a quote, nor inside an alert', () => {
    assert.doesNotMatch(github('> > [!NOTE]\n> > Body\n'), /admonition/);
    assert.equal((github('> [!NOTE]\n> > [!TIP]\n> > b\n').match(/admonition-title/g) ?? []).length, 1);
  });
  test('should not be enabled by pymdownx.quotes alone', () => {
    assert.match(renderNormalized('> [!NOTE]\n> Body\n', [ext('pymdownx.quotes')]), /^<blockquote>/);
  });
  test('should be known under its module name too', () => {
    assert.match(renderNormalized('> [!TIP]\n> Body\n', [ext('markdown_callouts.github_callouts')]), /admonition tip/);
  });
});

describe('markdown_gfm_admonition', () => {
  test('should keep caution as its class and make a title-only admonition of a marker alone', () => {
    assert.match(gfm('> [!CAUTION]\n'), /^<div class="admonition caution"><p class="admonition-title">Caution<\/p><\/div>$/);
  });
  test('should not take a marker followed by one space, or by text', () => {
    assert.match(gfm('> [!NOTE] \n> Body\n'), /^<blockquote>/);
    assert.match(gfm('> [!NOTE] Title\n> Body\n'), /^<blockquote>/);
  });
  test('should turn a nested quote into an admonition and keep the outer quote', () => {
    assert.match(gfm('> outer\n>\n> > [!TIP]\n> > inner\n'), /^<blockquote><p>outer<\/p><div class="admonition tip">/);
  });
  test('should be known under its entry point name too', () => {
    assert.match(renderNormalized('> [!TIP]\n> Body\n', [ext('gfm_admonition')]), /admonition tip/);
  });
});
