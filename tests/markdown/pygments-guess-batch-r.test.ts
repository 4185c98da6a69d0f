/**
 * guess_lexer with batch R's analysers (the template families, Lasso, Ragel, JSP, SSP, Tea, ASPX);
 * each expected alias is what Pygments 2.20.0's guess_lexer gives over the same lexer classes
 * (and, for these texts, over all of its lexers too, except where a test says so).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/markdown/extensions/superfences/pygments/guess.ts';

const known = (): boolean => true;

describe('Pygments guess_lexer over batch R lexers', () => {
  test('`$evoque` is certain, and HTML+Evoque sorts first', () => {
    assert.equal(guessLanguage('$evoque{header.html}\n<p>${x}</p>\n', known), 'html+evoque');
  });

  test('a Ragel file is guessed by its `@LANG:` host; `@LANG: c++` is Ragel in C, whose class sorts first', () => {
    assert.equal(guessLanguage('# @LANG: ruby\n%%{ machine y; }%%\n', known), 'ragel-ruby');
    assert.equal(guessLanguage('%%{\n  machine x;\n}%%\n// @LANG: c++\n', known), 'ragel-c');
  });

  test('a Mason `</%doc>` block is certain; with `%init` Logos (batch T), certain too, sorts first', () => {
    assert.equal(guessLanguage('<%doc>\nA component\n</%doc>\n', known), 'mason');
    assert.equal(guessLanguage('<%init>\nmy $x = 1;\n</%init>\n<% $x %>\n', known), 'logos');
  });

  test('`<?lasso`, `local(` and a lasso9 shebang are Lasso; a `padding:` property around brackets is CSS+Lasso', () => {
    assert.equal(guessLanguage('<?lasso local(x = 1) ?>\n', known), 'lasso');
    assert.equal(guessLanguage('#!/usr/bin/lasso9\nlocal(x = 1)\n', known), 'lasso');
    assert.equal(guessLanguage('a { padding: [$x]; }\n', known), 'css+lasso');
  });

  test('Velocity macros, `#if` and `#foreach` blocks add up', () => {
    assert.equal(guessLanguage('#macro(foo $x)\n$x\n#end\n#if($a)b#end\n#foreach($i in $l)$i#end\n', known), 'velocity');
  });

  test('`val name:` is a Scalate Server Page; `py:` attributes and `${}` in XML are Genshi, in a doctyped HTML page HTML+Genshi', () => {
    assert.equal(guessLanguage('<%@ val user: User %>\n<p><%= user.name %></p>\n', known), 'ssp');
    assert.equal(guessLanguage('<div py:if="x">${y}</div>\n', known), 'genshi');
    assert.equal(guessLanguage('<!DOCTYPE html>\n<p>${user.name}</p>\n', known), 'html+genshi');
  });

  test('a VB script language is aspx-vb; `<% %>` in XML stays XML+Ruby (ERB scores higher than JSP, Tea and aspx-cs)', () => {
    assert.equal(guessLanguage('<script runat=server language="vb">\nDim x\n', known), 'aspx-vb');
    assert.equal(guessLanguage('<html><body><%= x %></body></html>\n', known), 'xml+ruby');
    assert.equal(guessLanguage('<%@ Page Language="C#" %>\n<p>hi</p>\n', known), 'xml+ruby');
  });
});
