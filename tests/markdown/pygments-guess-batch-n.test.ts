/**
 * guess_lexer with batch N's analysers (Raku, Python 2, NumPy, Mojo, GDScript, the PHP and
 * Django/Jinja template lexers); each expected alias is what Pygments 2.20.0's guess_lexer gives
 * over the same lexer classes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/markdown/extensions/superfences/pygments/guess.ts';

const known = (): boolean => true;

describe('Pygments guess_lexer over batch N lexers', () => {
  test('`use v6;` or a rakudo shebang is Raku for sure, a `my $x` declaration stays Perl (0.9 over 0.8)', () => {
    assert.equal(guessLanguage('use v6;\nsay 1;', known), 'perl6');
    assert.equal(guessLanguage('#!/usr/bin/env rakudo\nsay 1', known), 'perl6');
    assert.equal(guessLanguage('my $x = 1;\nprint $x;\n', known), 'perl');
  });

  test('a class on the first code line, with a `my` declaration anywhere, is Raku, Pod blocks left out', () => {
    assert.equal(guessLanguage('=begin pod\nx\n=end pod\nclass A {}\nmy $x = 1;\n', known), 'perl6');
    // only the first code line may be the class: after `my $x` it is Perl's 0.9 again
    assert.equal(guessLanguage('my $x = 1;\nclass A {}\n', known), 'perl');
  });

  test('a python2 shebang is Python 2; an import of numpy is NumPy, ahead of Python', () => {
    assert.equal(guessLanguage('#!/usr/bin/python2\nprint 1\n', known), 'python2');
    assert.equal(guessLanguage('import numpy as np\n', known), 'numpy');
    assert.equal(guessLanguage('import os\n', known), 'python');
  });

  test('a mojo shebang is Mojo; Godot callbacks are GDScript', () => {
    assert.equal(guessLanguage('#!/usr/bin/env mojo\nfn main(): pass\n', known), 'mojo');
    assert.equal(guessLanguage('extends Node\nfunc _ready():\n  pass', known), 'gdscript');
  });

  test('a `<?` tag is JavaScript+PHP (PhpLexer\'s score, earlier name); a doctype makes it HTML+PHP, an XML prolog XML+PHP', () => {
    assert.equal(guessLanguage('<?php echo 1; ?>', known), 'javascript+php');
    assert.equal(guessLanguage('<!DOCTYPE html>\n<?php x ?>', known), 'html+php');
    assert.equal(guessLanguage("<?xml version='1.0'?><a><?php ?></a>", known), 'xml+php');
  });

  test("dbt's ref and source calls are SQL+Jinja; Django blocks around XML are XML+Django", () => {
    assert.equal(guessLanguage("select * from {{ ref('a') }} join {{ source('a', 'b') }}", known), 'sql+jinja');
    assert.equal(guessLanguage('{% block x %}<a>y</a>{% endblock %}', known), 'xml+django');
  });
});
