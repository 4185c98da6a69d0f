/**
 * guess_lexer with batch S's analysers (ASCII armor, JCL, Logtalk, REBOL, IDL, Pawn, Scilab,
 * OpenEdge, Nemerle, Modula-2, notmuch); each expected alias is what Pygments 2.20.0's guess_lexer gives for the
 * same text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/markdown/extensions/superfences/pygments/guess.ts';

const known = (): boolean => true;

describe('Pygments guess_lexer over batch S lexers', () => {
  test('an armor header first is ASCII armor; a `//name JOB` first line is JCL', () => {
    assert.equal(guessLanguage('-----BEGIN PGP MESSAGE-----\nabc\n-----END PGP MESSAGE-----\n', known), 'asc');
    assert.equal(guessLanguage("//MYJOB   JOB (ACCT),'NAME'\n//STEP1 EXEC PGM=X\n", known), 'jcl');
  });

  test('an entity directive is Logtalk for sure, and so (0.9) is any `:- directive` line', () => {
    assert.equal(guessLanguage(':- object(hello).\n:- end_object.\n', known), 'logtalk');
    assert.equal(guessLanguage(':- dynamic foo/1.\nfoo(1).\n', known), 'logtalk');
  });

  test('a `REBOL [` header is REBOL, first or further down', () => {
    assert.equal(guessLanguage('REBOL [Title: "x"]\nprint 1\n', known), 'rebol');
    assert.equal(guessLanguage('x: 1\nREBOL [Title: "x"]\n', known), 'rebol');
  });

  test('`endelse` is IDL, `tagof` Pawn, a leading `//` comment Scilab', () => {
    assert.equal(guessLanguage('pro demo\n  if x then y endelse\nend\n', known), 'idl');
    assert.equal(guessLanguage('x = tagof(y);\n', known), 'pawn');
    assert.equal(guessLanguage('// scilab\nx = 1;\n', known), 'scilab');
  });

  test('`END.` and `ELSE DO:` are OpenEdge ABL; `@if` is Nemerle', () => {
    assert.equal(guessLanguage('DO:\n  x = 1.\nEND.\nELSE DO:\nEND PROCEDURE.\n', known), 'openedge');
    assert.equal(guessLanguage('@if (x) y;\n', known), 'nemerle');
  });

  test('a form feed and `message{` first is notmuch output', () => {
    assert.equal(guessLanguage('\fmessage{ id:a@b depth:0\n', known), 'notmuch');
  });

  test('Pascal-like text with PROCEDURE is Modula-2', () => {
    assert.equal(guessLanguage('(* c *)\nPROCEDURE P;\nBEGIN x := 1 END P;\n', known), 'modula2');
  });
});
