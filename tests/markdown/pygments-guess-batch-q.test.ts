/**
 * guess_lexer with batch Q's analysers (Rexx, QBasic, Forth, Brainfuck, Smali, TASM, Groff, POV-Ray,
 * scdoc, Stan, BUGS, JAGS, Singularity, VCL, SuperCollider, SWIG); each expected alias is what
 * Pygments 2.20.0's guess_lexer gives over the same lexer classes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/markdown/extensions/superfences/pygments/guess.ts';

const known = (): boolean => true;

describe('Pygments guess_lexer over batch Q lexers', () => {
  test('a `/* REXX */` header is Rexx for sure; another leading comment is Rexx by its statements', () => {
    assert.equal(guessLanguage("/* REXX */\nsay 'hi'\n", known), 'rexx');
    assert.equal(guessLanguage('/* count */\nparse arg n\ndo while n > 0\n  n = n - 1\nend\n', known), 'rexx');
  });

  test('a `$DYNAMIC` metacommand is QBasic; a one-line colon definition is Forth', () => {
    assert.equal(guessLanguage("' $DYNAMIC\nDIM a(10)\n", known), 'qbasic');
    assert.equal(guessLanguage('\n: square dup * ;\n', known), 'forth');
  });

  test('Brainfuck needs a quarter of 256 characters in `+-` or `<>`, or a `[-]`: a short program is not enough', () => {
    assert.equal(guessLanguage('++++++++[>++++<-]>.', known), 'text');
    assert.equal(guessLanguage('x [-] y', known), 'brainfuck');
  });

  test('a `.class` line with a Dalvik instruction is Smali; `PROC` at the very start is TASM', () => {
    // A bare `.class` line scores 0.5 for Jasmin (batch T) and Smali alike, and Jasmin sorts first.
    assert.equal(guessLanguage('.class public LHello;\n.super Ljava/lang/Object;\n', known), 'jasmin');
    assert.equal(guessLanguage('.class public LHello;\n.super Ljava/lang/Object;\n.method public static main()V\n    invoke-static {}, LHello;->run()V\n.end method\n', known), 'smali');
    assert.equal(guessLanguage('PROC near\n', known), 'tasm');
  });

  test('`.TH`, a `.\\"` comment or a two-letter request first is Groff', () => {
    assert.equal(guessLanguage('.TH LS 1\n.SH NAME\n', known), 'groff');
    assert.equal(guessLanguage('.\\" comment\n', known), 'groff');
    assert.equal(guessLanguage('.SH NAME\n', known), 'groff');
  });

  test('a camera and a light source are POV-Ray; a `name(1)` first line is scdoc', () => {
    assert.equal(guessLanguage('#version 3.7;\ncamera { }\nlight_source { }\n', known), 'pov');
    assert.equal(guessLanguage('hello(1)\n\n*hello* _name_\n', known), 'scdoc');
  });

  test('a `parameters {` block is Stan; a `model {` is BUGS, with a `data {` block JAGS', () => {
    assert.equal(guessLanguage('parameters {\n  real mu;\n}\n', known), 'stan');
    assert.equal(guessLanguage('model {\n  y ~ dnorm(0, 1)\n}\n', known), 'bugs');
    assert.equal(guessLanguage('data {\n}\nmodel {\n}\n', known), 'jags');
  });

  test('`vcl 4.0;` first or after a comment is VCL; `SinOsc` is SuperCollider', () => {
    assert.equal(guessLanguage('vcl 4.0;\nbackend b { }\n', known), 'vcl');
    assert.equal(guessLanguage('# c\nvcl 4.0;\n', known), 'vcl');
    assert.equal(guessLanguage('SinOsc.ar(440).play;\n', known), 'supercollider');
  });

  test('a `%directive` at a line start is SWIG (0.98 when SWIG knows it), even a Singularity `%post` section', () => {
    assert.equal(guessLanguage('%module example\n', known), 'swig');
    assert.equal(guessLanguage('%foo bar\n', known), 'swig');
    assert.equal(guessLanguage('Bootstrap: docker\n%post\n  echo\n', known), 'swig');
  });
});
